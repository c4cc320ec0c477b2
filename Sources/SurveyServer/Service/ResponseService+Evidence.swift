public import Foundation
public import SurveyCore
import SurveyStore

extension ResponseService {
    /// Media types accepted by evidence items that do not list their own.
    static let defaultAccepted = [MediaSniffer.pdf, MediaSniffer.docx, MediaSniffer.xlsx, MediaSniffer.png, MediaSniffer.jpeg]

    /// The media types an evidence item accepts.
    public static func accepted(by item: Item) -> [String] {
        item.accept.isEmpty ? defaultAccepted : item.accept
    }

    /// Stores an upload received into `upload` and attaches it to evidence item `itemID` of the caller's draft.
    /// The media type is sniffed from the bytes (never taken from the client) and must be one the item accepts;
    /// Office files must stay within their expanded size and part count; the item's and the institution's quotas
    /// must have room. The incoming file is stored or removed, whatever happens.
    public func attach(_ upload: SpooledUpload, name rawName: String, item itemID: String, caller: Caller,
                       quotas: EvidenceQuotas) async throws(PortalError) -> AttachedFile {
        defer { upload.discard() }
        let loaded = try await survey()
        guard let item = loaded.survey.item(itemID), item.type == .evidence else {
            throw PortalError.notFound(Message(en: "No evidence item '\(itemID)' in this survey.", ja: "証憑項目「\(itemID)」はこの調査にありません。"))
        }
        try requireOpen(loaded.survey, for: caller)
        guard upload.size > 0 else {
            throw PortalError.badRequest(Message(en: "The file is empty.", ja: "ファイルが空です。"))
        }
        let accepted = Self.accepted(by: item)
        let mediaType = try await offloadChecks { () throws(PortalError) in
            try EvidenceInspection.mediaType(of: upload, accepted: accepted, quotas: quotas)
        }
        let surveyID = loaded.survey.id
        let store = store
        let draft = try await draft(caller, survey: loaded.survey)
        try EvidenceInspection.checkQuotas(upload, item: itemID, attached: draft.evidence[itemID] ?? [], quotas: quotas,
                                           usage: { () throws(StoreError) in
                                               try (store.hasUploaded(upload.sha256, institution: caller.institution, survey: surveyID),
                                                    store.evidenceUsage(institution: caller.institution, survey: surveyID))
                                           })
        let name = Self.cleanFileName(rawName, mediaType: mediaType)
        let actor = Actor(caller.auditName, at: clock.now())
        let (stored, revision) = try await offload { () throws(StoreError) in
            let stored = try store.storeUploadedEvidence(at: upload.url, sha256: upload.sha256, size: upload.size, mediaType: mediaType,
                                                         institution: caller.institution, survey: surveyID, by: actor)
            let file = ResponseFile.EvidenceFile(sha256: stored.sha256, name: name, size: upload.size, mediaType: mediaType)
            return (stored, try store.attachEvidence(file, item: itemID, institution: caller.institution, survey: surveyID, by: actor))
        }
        return AttachedFile(item: itemID, sha256: stored.sha256, size: upload.size, mediaType: mediaType, name: name, revision: revision)
    }

    /// Runs CPU-heavy checks (expanding an Office file) off the cooperative pool.
    private func offloadChecks<T: Sendable>(_ body: @escaping @Sendable () throws(PortalError) -> T) async throws(PortalError) -> T {
        try await BlockingWork.run(body)
    }

    /// The bytes and reference of an evidence file the caller attached; any other file answers not found.
    public func evidenceFile(_ sha256: String, caller: Caller) async throws(PortalError) -> (file: ResponseFile.EvidenceFile, data: Data) {
        let loaded = try await survey()
        let notFound = PortalError.notFound(Message(en: "No such file.", ja: "該当するファイルはありません。"))
        let sha = sha256.lowercased()
        guard sha.count == 64, sha.allSatisfy(\.isHexDigit) else { throw notFound }
        guard let file = try step({ () throws(StoreError) in try store.heldEvidence(sha, institution: caller.institution, survey: loaded.survey.id) }),
              let data = try step({ () throws(StoreError) in try store.evidence(sha) }) else { throw notFound }
        return (file, data)
    }

    /// A file name safe to store and show: the last path component, without control or format characters
    /// (U+202E turned `‮gpj.exe` into what reads as `exe.jpg`), at most 200 characters, and always ending in the
    /// extension of the type sniffed from the bytes (a PDF named `poly.html` is stored as `poly.pdf`).
    static func cleanFileName(_ raw: String, mediaType: String) -> String {
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let visible = String(String.UnicodeScalarView(last.unicodeScalars.filter {
            $0.properties.generalCategory != .control && $0.properties.generalCategory != .format
                && $0.properties.generalCategory != .lineSeparator && $0.properties.generalCategory != .paragraphSeparator
        }))
        var base = visible.trimmingCharacters(in: .whitespaces)
        if let dot = base.lastIndex(of: "."), base.distance(from: dot, to: base.endIndex) <= 11 { base = String(base[..<dot]) }
        base = String(base.trimmingCharacters(in: CharacterSet(charactersIn: ". ").union(.whitespaces)).prefix(200))
        return "\(base.isEmpty ? "file" : base).\(MediaSniffer.fileExtension(mediaType))"
    }
}
