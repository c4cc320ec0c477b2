import Foundation
import HTTPTypes
import Hummingbird
import SurveyCore
import SurveyServices
import SurveyStore

/// `GET /api/v1/requests` and `POST /api/v1/requests/{id}/reply` (DESIGN §5.9).
extension APIController {
    @Sendable func requests(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        return APIJSON.response(.array(try service.requests(caller).map { $0.json() }))
    }

    @Sendable func reply(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        guard let id = context.parameters.get("id").flatMap(Int64.init) else { throw ResponseService.noSuchRequest }
        let fields = try await jsonObject(request)
        try refuseUnknown(fields, known: ["action", "planned_by", "contest", "evidence"])
        guard case let .string(action)? = fields["action"], !action.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw PortalError.badRequest(Message(en: "action (what your institution has done or will do) is required.",
                                                 ja: "action（実施済み又は予定の対応）を記入してください。"))
        }
        var plannedBy: CivilDate?
        if let value = fields["planned_by"], value != .null {
            guard case let .string(text) = value, let day = CivilDate(iso: text) else {
                throw PortalError.badRequest(Message(en: "planned_by must be a date written YYYY-MM-DD.", ja: "planned_by は YYYY-MM-DD で指定してください。"))
            }
            plannedBy = day
        }
        var contest: String?
        if let value = fields["contest"], value != .null {
            guard case let .object(object) = value, case let .string(reason)? = object["reason"],
                  !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw PortalError.badRequest(Message(en: "contest must be {\"reason\": \"…\"} with the reason the finding is wrong.",
                                                     ja: "contest は {\"reason\": \"…\"}（判定に異議がある理由）で指定してください。"))
            }
            contest = reason
        }
        var evidence: [String] = []
        if let value = fields["evidence"], value != .null {
            guard case let .array(values) = value else {
                throw PortalError.badRequest(Message(en: "evidence must be a list of sha256 values of files you uploaded.",
                                                     ja: "evidence はアップロード済みファイルの sha256 の配列で指定してください。"))
            }
            evidence = try values.map { value throws(PortalError) -> String in
                guard case let .string(sha) = value else {
                    throw PortalError.badRequest(Message(en: "evidence must list sha256 strings.", ja: "evidence には sha256 の文字列を並べてください。"))
                }
                return sha.lowercased()
            }
        }
        let updated = try service.reply(caller, request: id, reply: RequestReply(action: action, plannedBy: plannedBy, contest: contest, evidence: evidence))
        return APIJSON.response(updated.json(), status: .created)
    }

    /// `POST /api/v1/requests/{id}/evidence?name=…` (body = the file) → 201 with `sha256`, `size`, `media_type`, `name`.
    @Sendable func replyEvidence(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        guard let id = context.parameters.get("id").flatMap(Int64.init) else { throw ResponseService.noSuchRequest }
        let upload = try await SpooledUpload.receive(request, limit: configuration.maxUploadBytes, store: service.store)
        let name = request.uri.queryParameters.get("name") ?? ContentDisposition.fileName(request.headers[.contentDisposition]) ?? ""
        let file = try await service.storeReplyEvidence(upload, name: name, request: id, caller: caller, quotas: configuration.quotas)
        return APIJSON.response(.object(["sha256": .string(file.sha256), "size": .number(Double(file.size ?? 0)),
                                         "media_type": .string(file.mediaType ?? ""), "name": .string(file.name)]), status: .created)
    }

}
