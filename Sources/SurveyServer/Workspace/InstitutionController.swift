import Foundation
import Hummingbird
import SurveyCore
import SurveyReports
import SurveyServices
import SurveyStore

/// One institution (`/institutions/{id}`): roster facts, the score card with every measure explained, answers by
/// section with last year's beside them, evidence downloads, the review history; and the analysts' forms —
/// verify, override, confirm the verdict, extend the deadline — each audited with the account's name.
struct InstitutionController {
    let pages: WorkspacePages

    func addRoutes(to group: RouterGroup<WorkspaceRequestContext>) {
        group.get("institutions/:institution", use: show)
        group.get("institutions/:institution/evidence/:sha256", use: evidence)
        group.post("institutions/:institution/verify", use: verify)
        group.post("institutions/:institution/override", use: override)
        group.post("institutions/:institution/confirm", use: confirm)
        group.post("institutions/:institution/extend", use: extend)
    }

    private func load(_ request: Request, context: WorkspaceRequestContext) async throws(PortalError) -> InstitutionCase {
        let (catalog, survey) = try await pages.survey(request)
        let id = context.parameters.get("institution") ?? ""
        let store = pages.store
        let loaded = try await StoreWork.run { () throws(StoreError) in
            try InstitutionCase.load(store: store, catalog: catalog, surveyID: survey.survey.id, institution: id)
        }
        guard let loaded else {
            throw PortalError.notFound(Message(en: "There is no institution '\(id)' on the roster.", ja: "機関「\(id)」は名簿にありません。"))
        }
        return loaded
    }

    @Sendable func show(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let language = PortalLanguage.of(request)
        let item = try await load(request, context: context)
        let institution = item.institution
        let surveyID = item.version.survey.id
        let store = pages.store
        let assignment = try await StoreWork.run { () throws(StoreError) in try store.reviewAssignments(survey: surveyID, institution: institution.id) }[institution.id]
        var page = pages.base(request, context: context, title: WorkspacePages.name(institution, language))
        page["id"] = institution.id
        page["name"] = WorkspacePages.name(institution, language)
        page["category"] = InstitutionCategory(rawValue: institution.category)?.label.text(language) ?? institution.category
        page["status"] = (item.submission == nil ? WorkspaceText.text("noSubmission", language)
            : WorkspaceText.text("submitted", language) + " " + PortalTime.text(item.submission?.submittedAt ?? "", language))
        page["contact"] = institution.contact
        if let until = item.deadlineExtension?.until { page["extendedUntil"] = WorkspacePages.shownDate(until, language) }
        if let assignee = assignment?.assignee { page["assignee"] = assignee }
        if let done = assignment?.doneAt { page["doneAt"] = WorkspacePages.shownTime(done) }
        let rubric = item.version.rubric
        page["measureOptions"] = rubric.domains.flatMap(\.measures).map { ["value": $0.id, "label": $0.title.text(language)] }
        page["levelOptions"] = EvidenceLevel.allCases.map { ["value": $0.rawValue, "label": "\($0.rawValue) — \($0.meaning.text(language))", "selected": $0 == .e2] }
        page["statusOptions"] = MeasureStatus.allCases.map { ["value": $0.rawValue, "label": $0.label.text(language)] }
        if let card = item.card, let form = item.form {
            page["card"] = cardFields(card, form: form, item: item, language: language)
            page["needsConfirmation"] = card.restsOnOneAnswer
            page["letterDue"] = ImprovementRequest(card: card, rubric: rubric) != nil
            let letter = try await StoreWork.run { () throws(StoreError) in try store.letter(survey: surveyID, institution: institution.id) }
            if let letter { page["issuedLetter"] = "\(letter.number) (\(WorkspacePages.shownDate(letter.issuedOn, language)))" }
        }
        if let form = item.form, let response = item.response {
            page["sections"] = AnswerList(survey: item.version.survey, form: form, answers: response.answers, evidence: response.evidence,
                                          problems: [], language: language, editable: false, previous: item.previous).sections()
            let numbers = QuestionNumbers(item.version.survey)
            let files = response.evidence.sorted { $0.key < $1.key }.flatMap { question, list in
                list.map { file -> [String: Any] in
                    ["sha256": file.sha256, "name": file.name, "question": numbers.label(question),
                     "size": file.size.map { ByteCountFormatter.string(fromByteCount: Int64($0), countStyle: .file) } ?? ""]
                }
            }
            page["files"] = files
            page["hasFiles"] = !files.isEmpty
        } else {
            page["files"] = [[String: Any]]()
        }
        let history = historyRows(item, language: language)
        page["history"] = history
        page["hasHistory"] = !history.isEmpty
        return pages.html("institution", page)
    }

    private func cardFields(_ card: ScoreCard, form: FormState, item: InstitutionCase, language: Language) -> [String: Any] {
        let explainer = ScoreExplanation(survey: item.version.survey, rubric: item.version.rubric, language: language)
        let measures = item.version.rubric.domains.flatMap { domain in
            domain.measures.compactMap { measure -> [String: Any]? in
                guard let result = card.measure(measure.id) else { return nil }
                return ["id": measure.id, "title": measure.title.text(language), "domain": domain.title.text(language), "critical": measure.critical,
                        "status": result.status.label.text(language), "evidence": result.evidence.rawValue,
                        "lines": explainer.explain(measure, result, form: form).dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }]
            }
        }
        let titles = Dictionary(item.version.rubric.domains.flatMap(\.measures).map { ($0.id, $0.title.text(language)) }, uniquingKeysWith: { first, _ in first })
        var fields: [String: Any] = [
            "laxity": Figures.oneDecimal(card.laxity), "verdict": card.verdict.label.text(language), "verdictID": card.verdict.rawValue,
            "confidence": card.confidence.label.text(language), "measures": measures,
            "margin": explainer.marginLine(card).trimmingCharacters(in: .whitespaces),
        ]
        if !card.criticalUnmet.isEmpty {
            fields["criticalUnmet"] = card.criticalUnmet.map { titles[$0] ?? $0 }.joined(separator: language == .ja ? "、" : ", ")
        }
        if let confirmation = item.confirmation, confirmation.cardSha256 == CanonicalJSON.sha256(CanonicalJSON.string(card)) {
            fields["confirmedBy"] = "\(confirmation.analyst) (\(WorkspacePages.shownTime(confirmation.recordedAt))): \(confirmation.note)"
        }
        return fields
    }

    private func historyRows(_ item: InstitutionCase, language: Language) -> [[String: Any]] {
        let titles = Dictionary(item.version.rubric.domains.flatMap(\.measures).map { ($0.id, $0.title.text(language)) }, uniquingKeysWith: { first, _ in first })
        let verifications = item.history.verifications.map { row -> (String, [String: Any]) in
            (row.recordedAt, ["at": WorkspacePages.shownTime(row.recordedAt), "who": row.analyst, "measure": titles[row.measureId] ?? row.measureId,
                              "what": "\(WorkspaceText.text("verifyButton", language)): \(row.level) — \(row.note)"])
        }
        let overrides = item.history.overrides.map { row -> (String, [String: Any]) in
            let change = [row.status.flatMap(MeasureStatus.init(rawValue:))?.label.text(language), row.evidence].compactMap { $0 }
            let what = change.isEmpty ? WorkspaceText.text("asComputed", language) : change.joined(separator: " / ")
            return (row.recordedAt, ["at": WorkspacePages.shownTime(row.recordedAt), "who": row.analyst, "measure": titles[row.measureId] ?? row.measureId,
                                     "what": "\(WorkspaceText.text("overrideTitle", language)): \(what) — \(row.reason)"])
        }
        return (verifications + overrides).sorted { $0.0 > $1.0 }.map(\.1)
    }

    @Sendable func evidence(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let item = try await load(request, context: context)
        let sha = context.parameters.get("sha256") ?? ""
        // Only files of this institution's submission are served: an id from elsewhere is simply not found.
        guard let file = item.response?.evidence.values.flatMap({ $0 }).first(where: { $0.sha256 == sha }) else {
            throw PortalError.notFound(Message(en: "This institution submitted no such file.", ja: "この機関が提出したファイルではありません。"))
        }
        let store = pages.store
        guard let data = try await StoreWork.run({ () throws(StoreError) in try store.evidence(sha) }) else {
            throw PortalError.notFound(Message(en: "The file is missing from the evidence store.", ja: "ファイルが保管場所にありません。"))
        }
        return EvidenceDownload.response(file: file, data: data)
    }

    /// Role, CSRF, then the institution's case: nothing is read or written for a forbidden or forged post.
    private func prepare(_ request: Request, context: WorkspaceRequestContext) async throws(PortalError)
        -> (analyst: SignedInAnalyst, form: PostedForm, item: InstitutionCase) {
        let analyst = try context.require(.analyst)
        let form = try await WorkspaceForms.read(request, context: context, configuration: pages.configuration)
        return (analyst, form, try await load(request, context: context))
    }

    private func done(_ request: Request, _ item: InstitutionCase, anchor: String) -> Response {
        WorkspacePages.saved(request, "/institutions/\(item.institution.id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "")", anchor: anchor)
    }

    @Sendable func verify(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let (analyst, form, item) = try await prepare(request, context: context)
        guard let level = EvidenceLevel(rawValue: form.value("level") ?? "") else {
            throw PortalError.badRequest(Message(en: "Choose an evidence level, E0 to E3.", ja: "根拠の水準（E0〜E3）を選んでください。"))
        }
        let (store, now, measure, note) = (pages.store, pages.clock.now(), form.value("measure") ?? "", form.value("note") ?? "")
        try await StoreWork.run { () throws(StoreError) in
            _ = try store.verify(institution: item.institution.id, measure: measure, level: level, note: note, version: item.version,
                                 by: Actor(analyst.name, at: now))
        }
        return done(request, item, anchor: "score")
    }

    @Sendable func override(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let (analyst, form, item) = try await prepare(request, context: context)
        let statusText = form.value("status") ?? ""
        let evidenceText = form.value("evidence") ?? ""
        let status = MeasureStatus(rawValue: statusText)
        let evidence = EvidenceLevel(rawValue: evidenceText)
        guard statusText.isEmpty || status != nil, evidenceText.isEmpty || evidence != nil else {
            throw PortalError.badRequest(Message(en: "Choose a status and evidence level from the lists.", ja: "状態と根拠の水準は一覧から選んでください。"))
        }
        let (store, now, measure, reason) = (pages.store, pages.clock.now(), form.value("measure") ?? "", form.value("reason") ?? "")
        try await StoreWork.run { () throws(StoreError) in
            try store.override(institution: item.institution.id, measure: measure, status: status, evidence: evidence, reason: reason,
                               version: item.version, by: Actor(analyst.name, at: now))
        }
        return done(request, item, anchor: "score")
    }

    @Sendable func confirm(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let (analyst, form, item) = try await prepare(request, context: context)
        guard let card = item.card, let submission = item.submission else {
            throw PortalError.badRequest(Message(en: "There is no submission to confirm.", ja: "確認する提出がありません。"))
        }
        let (store, now, note) = (pages.store, pages.clock.now(), form.value("note") ?? "")
        try await StoreWork.run { () throws(StoreError) in
            try store.confirmVerdict(institution: item.institution.id, survey: item.version.survey.id, submissionID: submission.submissionId,
                                     card: card, note: note, by: Actor(analyst.name, at: now))
        }
        return done(request, item, anchor: "score")
    }

    @Sendable func extend(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let (analyst, form, item) = try await prepare(request, context: context)
        guard let until = CivilDate(iso: form.value("until") ?? "") else {
            throw PortalError.badRequest(Message(en: "Give the new last day as YYYY-MM-DD.", ja: "延長後の期限を YYYY-MM-DD の形式で入力してください。"))
        }
        let (store, now, reason) = (pages.store, pages.clock.now(), form.value("reason") ?? "")
        try await StoreWork.run { () throws(StoreError) in
            try store.extend(institution: item.institution.id, survey: item.version, until: until, reason: reason, by: Actor(analyst.name, at: now))
        }
        return done(request, item, anchor: "main")
    }
}
