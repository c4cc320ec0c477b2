import Foundation
public import SurveyCore
public import SurveyStore

extension ResponseService {
    /// The caller's improvement requests, of every survey, by id (DESIGN §5.9).
    public func requests(_ caller: Caller) throws(PortalError) -> [ImprovementRequestRecord] {
        try step { () throws(StoreError) in try store.requests(survey: nil, institution: caller.institution) }
    }

    /// Records the caller's reply to one of its requests. Another institution's request, a closed one or a missing
    /// one is not found; evidence must be files the caller uploaded (by SHA-256). Replies are taken after the survey's
    /// deadline: they belong to the season after submission.
    public func reply(_ caller: Caller, request id: Int64, reply: RequestReply) throws(PortalError) -> ImprovementRequestRecord {
        guard let request = try step({ () throws(StoreError) in try store.request(id) }), request.institution == caller.institution,
              request.status != .closed else { throw Self.noSuchRequest }
        for (index, sha256) in reply.evidence.enumerated() {
            let held = try step { () throws(StoreError) -> Bool in
                if try store.heldEvidence(sha256, institution: caller.institution, survey: request.survey) != nil { return true }
                return try store.hasUploaded(sha256, institution: caller.institution, survey: request.survey)
            }
            guard held else {
                throw PortalError.invalidAnswers([ResponseProblem(path: "evidence[\(index)]", code: .unknownFile, Message(
                    en: "no file with sha256 \(sha256) was uploaded by your institution; upload it to /api/v1/evidence/{item} first",
                    ja: "sha256 \(sha256) のファイルは貴機関からアップロードされていません。先に /api/v1/evidence/{item} へアップロードしてください"))])
            }
        }
        do {
            return try store.replyToRequest(id, institution: caller.institution, reply: reply, by: Actor(caller.auditName, at: clock.now()))
        } catch {
            if case .noSuchRequest = error { throw Self.noSuchRequest }
            throw PortalError.from(error)
        }
    }

    /// Stores a file the caller sends with a reply to one of its requests (`POST /api/v1/requests/{id}/evidence`),
    /// under the same rules as any evidence — type sniffed from the bytes (the default accepted types), Office files'
    /// expanded size, the institution's quota — but attached to no draft, so it can be sent after the survey's
    /// deadline. Returns the file's reference, to list in the reply's `evidence`.
    public func storeReplyEvidence(_ upload: SpooledUpload, name rawName: String, request id: Int64, caller: Caller,
                                   quotas: EvidenceQuotas) async throws(PortalError) -> ResponseFile.EvidenceFile {
        defer { upload.discard() }
        guard let request = try step({ () throws(StoreError) in try store.request(id) }), request.institution == caller.institution,
              request.status != .closed else { throw Self.noSuchRequest }
        guard upload.size > 0 else { throw PortalError.badRequest(Message(en: "The file is empty.", ja: "ファイルが空です。")) }
        let mediaType = try await BlockingWork.run { () throws(PortalError) in
            try EvidenceInspection.mediaType(of: upload, accepted: Self.defaultAccepted, quotas: quotas)
        }
        let files = store
        try EvidenceInspection.checkQuotas(upload, item: "request-\(id)", attached: [], quotas: quotas, usage: { () throws(StoreError) in
            try (files.hasUploaded(upload.sha256, institution: caller.institution, survey: request.survey),
                 files.evidenceUsage(institution: caller.institution, survey: request.survey))
        })
        let actor = Actor(caller.auditName, at: clock.now())
        let stored = try await offload { () throws(StoreError) in
            try files.storeUploadedEvidence(at: upload.url, sha256: upload.sha256, size: upload.size, mediaType: mediaType,
                                            institution: caller.institution, survey: request.survey, by: actor)
        }
        return ResponseFile.EvidenceFile(sha256: stored.sha256, name: Self.cleanFileName(rawName, mediaType: mediaType), size: upload.size,
                                         mediaType: mediaType)
    }

    static let noSuchRequest = PortalError.notFound(Message(en: "No such open improvement request.", ja: "該当する改善依頼はありません。"))
}
