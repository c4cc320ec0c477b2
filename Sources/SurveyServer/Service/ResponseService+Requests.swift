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
            let held = try step { () throws(StoreError) in try store.heldEvidence(sha256, institution: caller.institution, survey: request.survey) }
            guard held != nil else {
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

    static let noSuchRequest = PortalError.notFound(Message(en: "No such open improvement request.", ja: "該当する改善依頼はありません。"))
}
