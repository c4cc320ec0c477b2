import Foundation
import HTTPTypes
import Hummingbird
import SurveyCore
import SurveyStore

/// The JSON API under `/api/v1` (DESIGN §5.6), for an institution's own systems; every route goes through
/// `ResponseService`, exactly as the portal's pages do.
struct APIController {
    let service: ResponseService
    let configuration: ServerConfiguration

    func addRoutes(to group: RouterGroup<PortalRequestContext>) {
        group.get("me", use: me)
        group.get("survey", use: survey)
        group.get("response", use: response)
        group.put("response", use: saveResponse)
        group.post("submissions", use: submit)
        group.get("submissions", use: submissions)
        group.get("submissions/:id", use: submission)
        group.post("evidence/:item", use: upload)
        group.get("files/:sha256", use: download)
        group.get("requests", use: requests)
        group.post("requests/:id/reply", use: reply)
        group.post("requests/:id/evidence", use: replyEvidence)
    }

    @Sendable func me(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let loaded = try await service.survey()
        let institution = try service.institution(caller)
        let draft = try await service.draft(caller, survey: loaded.survey)
        let receipts = try service.receipts(caller, survey: loaded.survey.id)
        return APIJSON.response(.object([
            "institution": .string(institution.id),
            "name": .object(["ja": .string(institution.nameJa), "en": .string(institution.nameEn)]),
            "category": .string(institution.category),
            "survey": .string(loaded.survey.id),
            "survey_version": .string(loaded.survey.version),
            "deadline": .string(try service.deadline(loaded.survey, for: caller).description),
            "open": .bool(try service.isOpen(loaded.survey, for: caller)),
            "status": .string(ResponseService.status(draft: draft, latest: receipts.first).rawValue),
            "revision": .number(Double(draft.revision)),
            "latest_submission": receipts.first.map(APIJSON.receipt) ?? .null,
        ]))
    }

    @Sendable func survey(_ request: Request, context: PortalRequestContext) async throws -> Response {
        _ = try context.requireCaller()
        return APIJSON.response(SurveyJSON.encode(try await service.survey().survey))
    }

    @Sendable func response(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let loaded = try await service.survey()
        let draft = try await service.draft(caller, survey: loaded.survey)
        let problems = service.evaluate(caller, survey: loaded, answers: draft.answers, evidence: draft.evidence, mode: .submission).problems
        var fields: [String: JSONValue] = [
            "revision": .number(Double(draft.revision)),
            "status": .string(try service.status(caller, survey: loaded.survey.id, draft: draft).rawValue),
            "answers": .object(draft.answers),
            "evidence": APIJSON.evidence(draft.evidence),
        ]
        // Last year's answers, by this year's item ids (DESIGN §5.10).
        if let previous = loaded.survey.previous, let carried = try await service.previousAnswers(caller, survey: loaded.survey) {
            fields["previous"] = .object(["survey": .string(previous.surveyID), "answers": .object(carried.answers),
                                          "evidence": APIJSON.evidence(carried.evidence)])
        }
        return APIJSON.response(APIJSON.withProblems(problems, fields))
    }

    @Sendable func saveResponse(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let fields = try await jsonObject(request)
        guard case let .number(number)? = fields["base_revision"], let base = Int(exactly: number), base >= 0 else {
            throw PortalError.badRequest(Message(en: "base_revision (the revision you loaded, 0 for none) is required as a whole number.",
                                                 ja: "base_revision（読み込んだ版。未保存なら 0）を整数で指定してください。"))
        }
        guard case let .object(answers)? = fields["answers"] else {
            throw PortalError.badRequest(Message(en: "answers must be an object of item id to answer.", ja: "answers は項目IDと回答のオブジェクトで指定してください。"))
        }
        var evidence: [String: [ResponseFile.EvidenceFile]]?
        if let value = fields["evidence"] {
            let parsed = ResponseFile.parse(.object(["survey": .string("-"), "institution": .string(caller.institution),
                                                     "answers": .object([:]), "evidence": value]))
            guard parsed.problems.isEmpty, let response = parsed.response else { throw PortalError.invalidAnswers(parsed.problems) }
            evidence = response.evidence
        }
        try refuseUnknown(fields, known: ["base_revision", "answers", "evidence"])
        let result = try await service.save(caller, answers: answers, evidence: evidence, baseRevision: base)
        return APIJSON.response(APIJSON.withProblems(result.problems, ["revision": .number(Double(result.revision))]))
    }

    @Sendable func submit(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let fields = try await jsonObject(request)
        try refuseUnknown(fields, known: ["submission_id", "attested_by", "revision"])
        guard case let .string(id)? = fields["submission_id"] else {
            throw PortalError.badRequest(Message(en: "submission_id (a UUID you generate) is required.", ja: "submission_id（UUID）を指定してください。"))
        }
        guard case let .string(attestedBy)? = fields["attested_by"] else {
            throw PortalError.badRequest(Message(en: "attested_by (the attesting officer's name and title) is required.",
                                                 ja: "attested_by（確認した責任者の氏名・役職）を指定してください。"))
        }
        var expected: Int?
        if let value = fields["revision"], value != .null {
            guard case let .number(number) = value, let revision = Int(exactly: number) else {
                throw PortalError.badRequest(Message(en: "revision must be a whole number.", ja: "revision は整数で指定してください。"))
            }
            expected = revision
        }
        let (receipt, created) = try await service.submit(caller, submissionID: id, attestedBy: attestedBy, expectedRevision: expected, source: .api)
        var headers = HTTPFields()
        headers[.location] = "/api/v1/submissions/\(receipt.submissionID)"
        if !created { headers[.idempotentReplayed] = "true" }
        return APIJSON.response(APIJSON.receipt(receipt), status: .created, headers: headers)
    }

    @Sendable func submissions(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let loaded = try await service.survey()
        return APIJSON.response(.array(try service.receipts(caller, survey: loaded.survey.id).map(APIJSON.receipt)))
    }

    @Sendable func submission(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let id = context.parameters.get("id") ?? ""
        return APIJSON.response(APIJSON.receipt(try service.receipt(id, caller: caller)))
    }

    @Sendable func upload(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let item = context.parameters.get("item") ?? ""
        let upload = try await SpooledUpload.receive(request, limit: configuration.maxUploadBytes, store: service.store)
        let name = request.uri.queryParameters.get("name") ?? ContentDisposition.fileName(request.headers[.contentDisposition]) ?? ""
        let file = try await service.attach(upload, name: name, item: item, caller: caller, quotas: configuration.quotas)
        return APIJSON.response(APIJSON.attached(file), status: .created)
    }

    @Sendable func download(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let (file, data) = try await service.evidenceFile(context.parameters.get("sha256") ?? "", caller: caller)
        return EvidenceDownload.response(file: file, data: data)
    }

    /// Fields of a request body that the endpoint does not define are refused, not ignored: a misspelt
    /// `revison` would otherwise be silently dropped.
    func refuseUnknown(_ fields: [String: JSONValue], known: Set<String>) throws(PortalError) {
        let unknownKeys = Set(fields.keys).subtracting(known)
        guard unknownKeys.isEmpty else {
            throw PortalError.invalidAnswers(unknownKeys.sorted().map {
                ResponseProblem(path: $0, code: .unknownKey, Message(en: "unknown field '\($0)'", ja: "不明なフィールド「\($0)」です"))
            })
        }
    }

    /// The body as a JSON object, within the size limit: `application/json` only (415 otherwise), and an object
    /// naming a key twice is refused with 422 rather than read as "last wins".
    func jsonObject(_ request: Request) async throws -> [String: JSONValue] {
        let mediaType = (request.headers[.contentType] ?? "").split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        } ?? ""
        guard mediaType == "application/json" else {
            throw PortalError.unsupportedMediaType(found: mediaType.isEmpty ? nil : mediaType, accepted: ["application/json"])
        }
        let data = try await BodyReader.read(request, limit: configuration.maxBodyBytes)
        let value: JSONValue
        do {
            value = try JSONValue.decode(data)
        } catch {
            if let key = error.duplicateKey {
                throw PortalError.invalidAnswers([ResponseProblem(path: key, code: .duplicateKey, error.message)])
            }
            throw PortalError.badRequest(error.message)
        }
        guard case let .object(fields) = value else {
            throw PortalError.badRequest(Message(en: "The body must be a JSON object.", ja: "本文は JSON オブジェクトで送ってください。"))
        }
        return fields
    }
}

extension PortalRequestContext {
    /// The authenticated caller, or 401.
    func requireCaller() throws(PortalError) -> Caller {
        guard let caller else { throw PortalError.unauthorized }
        return caller
    }
}
