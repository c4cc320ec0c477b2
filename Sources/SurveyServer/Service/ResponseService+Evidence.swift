public import Foundation
public import SurveyCore
import SurveyStore

extension ResponseService {
    /// Media types accepted by evidence items that do not list their own.
    static let defaultAccepted = [MediaSniffer.pdf, MediaSniffer.png, MediaSniffer.jpeg, MediaSniffer.docx, MediaSniffer.xlsx]

    /// The media types an evidence item accepts.
    public static func accepted(by item: Item) -> [String] {
        item.accept.isEmpty ? defaultAccepted : item.accept
    }

    /// Stores an uploaded file and attaches it to evidence item `itemID` of the caller's draft. The media type is
    /// sniffed from the bytes, never taken from the client, and must be one the item accepts.
    public func attach(_ data: Data, name rawName: String, item itemID: String, caller: Caller) async throws(PortalError) -> AttachedFile {
        let loaded = try await survey()
        guard let item = loaded.survey.item(itemID), item.type == .evidence else {
            throw PortalError.notFound(Message(en: "No evidence item '\(itemID)' in this survey.", ja: "証憑項目「\(itemID)」はこの調査にありません。"))
        }
        try requireOpen(loaded.survey, for: caller)
        guard !data.isEmpty else {
            throw PortalError.badRequest(Message(en: "The file is empty.", ja: "ファイルが空です。"))
        }
        let accepted = Self.accepted(by: item)
        let sniffed = MediaSniffer.mediaType(of: data, acceptingText: accepted.contains(MediaSniffer.csv))
        guard let mediaType = sniffed, accepted.contains(mediaType) else {
            throw PortalError.unsupportedMediaType(found: sniffed, accepted: accepted)
        }
        let name = Self.cleanFileName(rawName, mediaType: mediaType)
        let actor = Actor(caller.auditName, at: clock.now())
        let store = store
        let surveyID = loaded.survey.id
        let (stored, revision) = try await offload { () throws(StoreError) in
            let stored = try store.storeEvidence(data, mediaType: mediaType, by: actor)
            let file = ResponseFile.EvidenceFile(sha256: stored.sha256, name: name, size: data.count, mediaType: mediaType)
            return (stored, try store.attachEvidence(file, item: itemID, institution: caller.institution, survey: surveyID, by: actor))
        }
        return AttachedFile(item: itemID, sha256: stored.sha256, size: data.count, mediaType: mediaType, name: name, revision: revision)
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

    /// A file name safe to store and show: the last path component, without control characters, at most 200
    /// characters; "file" plus an extension when nothing is left.
    static func cleanFileName(_ raw: String, mediaType: String) -> String {
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(String.UnicodeScalarView(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
            .trimmingCharacters(in: .whitespaces)
        if cleaned.isEmpty || cleaned == "." || cleaned == ".." { return "file.\(MediaSniffer.fileExtension(mediaType))" }
        return String(cleaned.prefix(200))
    }
}
