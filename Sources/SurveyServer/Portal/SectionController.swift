import Foundation
import Hummingbird
import HummingbirdAuth
import SurveyCore
import SurveyStore

/// The overview and the section pages: showing answers with server-side relevance and problems, and saving
/// a section's answers and files over the revision the page was loaded at.
struct SectionController {
    let pages: PortalPages
    var service: ResponseService { pages.service }

    func addRoutes(to group: RouterGroup<PortalRequestContext>) {
        group.get("/", use: overview)
        group.get("sections/:section", use: show)
        group.post("sections/:section", use: save)
        group.post("sections/:section/relevance", use: relevance)
        group.get("files/:sha256", use: download)
    }

    @Sendable func overview(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let language = PortalLanguage.of(request)
        let loaded = try await service.survey()
        let institution = try service.institution(caller)
        let draft = try await service.draft(caller, survey: loaded.survey)
        let receipts = try service.receipts(caller, survey: loaded.survey.id)
        let csrf = context.sessions.session?.csrfToken ?? ""
        // Evaluating the whole draft is CPU work: off the cooperative pool, as the section and review pages.
        return try await BlockingWork.run { () throws -> Response in
            let outcome = service.evaluate(caller, survey: loaded, answers: draft.answers, evidence: draft.evidence, mode: .draft)
            let status = ResponseService.status(draft: draft, latest: receipts.first)
            var page = pages.base(request, csrf: csrf, title: UIText.text("dashboard", language), institutionName: pages.name(institution, language))
            page["surveyTitle"] = loaded.survey.title.text(language)
            page["hasDescription"] = loaded.survey.description != nil
            page["description"] = loaded.survey.description?.text(language) ?? ""
            page["open"] = try service.isOpen(loaded.survey, for: caller)
            page["statusText"] = language == .ja ? status.label.ja : status.label.en
            page["deadline"] = try service.deadline(loaded.survey, for: caller).description
            page["revision"] = draft.revision
            page["sections"] = pages.sectionList(loaded.survey, form: outcome.form, language: language, current: nil)
            page["hasReceipts"] = !receipts.isEmpty
            page["receipts"] = receipts.map(PortalPages.receiptFields)
            return pages.html("dashboard", page)
        }
    }

    @Sendable func show(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let loaded = try await service.survey()
        let (index, section) = try findSection(loaded.survey, context)
        let draft = try await service.draft(caller, survey: loaded.survey)
        let previous = try await service.previousAnswers(caller, survey: loaded.survey)
        let saved = request.uri.queryParameters.get("saved") != nil
        let rowPage = Int(request.uri.queryParameters.get("page") ?? "") ?? 1
        // Validating and rendering a long section is CPU work: it runs off the cooperative pool, so other
        // clients' requests (and /healthz) are not queued behind it.
        return try await BlockingWork.run { () throws -> Response in
            let outcome = service.evaluate(caller, survey: loaded, answers: draft.answers, evidence: draft.evidence, mode: .draft)
            var state = SectionPageState(answers: draft.answers, evidence: draft.evidence, revision: draft.revision, problems: outcome.problems)
            state.saved = saved
            state.rowPage = rowPage
            state.previous = previous
            return try sectionPage(request, context: context, caller: caller, loaded: loaded, index: index, section: section,
                                   form: outcome.form, state: state, status: .ok)
        }
    }

    @Sendable func save(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let loaded = try await service.survey()
        let (index, section) = try findSection(loaded.survey, context)
        let posted = try await PostedForm.read(request, limit: pages.configuration.maxUploadBytes + pages.configuration.maxBodyBytes,
                                               spoolingIn: service.store)
        try CSRFCheck.verify(posted, request: request, context: context, secure: pages.configuration.secureCookies)
        let language = PortalLanguage.of(request)
        let base = Int(posted.value("base_revision") ?? "") ?? 0
        let draft = try await service.draft(caller, survey: loaded.survey)
        var (answers, formProblems) = SectionAnswers(survey: loaded.survey, section: section, language: language).apply(posted, to: draft.answers)
        var evidence = draft.evidence
        let action = posted.value("action") ?? "save"
        var evidenceChanged = false
        SectionActions.apply(action, answers: &answers, evidence: &evidence, evidenceChanged: &evidenceChanged)
        var state = SectionPageState(answers: answers, evidence: evidence, revision: base, problems: [])
        state.rowPage = Int(posted.value("page") ?? "") ?? 1
        do {
            guard formProblems.isEmpty else {
                let outcome = service.evaluate(caller, survey: loaded, answers: answers, evidence: evidence, mode: .draft)
                let paths = Set(formProblems.map(\.path))
                formProblems += outcome.problems.filter { !paths.contains($0.path) }
                throw PortalError.invalidAnswers(formProblems)
            }
            var result = try await service.save(caller, answers: answers, evidence: evidenceChanged ? evidence : nil, baseRevision: base)
            for file in posted.files where file.field.hasPrefix("file:") && !file.data.isEmpty {
                let upload = try SpooledUpload.write(file.data, store: service.store)
                result.revision = try await service.attach(upload, name: file.fileName, item: String(file.field.dropFirst(5)), caller: caller,
                                                           quotas: pages.configuration.quotas).revision
            }
            let next = action == "next" && index + 1 < loaded.survey.sections.count ? loaded.survey.sections[index + 1].id : section.id
            let parts = action.split(separator: ":").map(String.init)
            let anchor = parts.count > 1 && (parts[0] == "add" || parts[0] == "remove") ? "#item-q-\(parts[1])" : ""
            var rowPage = state.rowPage
            if parts.count == 2, parts[0] == "page", let wanted = Int(parts[1]) { rowPage = wanted }
            if parts.count == 2, parts[0] == "add", case let .array(rows)? = answers[parts[1]] { rowPage = ItemViewBuilder.page(showing: rows.count - 1) }
            let pageQuery = next == section.id && rowPage > 1 ? "&page=\(rowPage)" : ""
            return PortalPages.redirect("/portal/sections/\(next)?saved=\(result.revision)\(pageQuery)\(anchor)")
        } catch let error as PortalError {
            switch error {
            case let .invalidAnswers(problems), let .incomplete(problems):
                state.problems = problems
            case let .staleRevision(current, changes):
                state.revision = current
                state.conflict = changes
            case .unsupportedMediaType, .tooLarge, .badRequest, .rejectedFile, .quotaExceeded:
                state.problems = [ResponseProblem(path: "", code: .requestRefused, error.message)]
            default:
                throw error
            }
            state.previous = try await service.previousAnswers(caller, survey: loaded.survey)
            let (shown, shownAnswers, shownEvidence) = (state, answers, evidence)
            return try await BlockingWork.run { () throws -> Response in
                let form = service.evaluate(caller, survey: loaded, answers: shownAnswers, evidence: shownEvidence, mode: .draft).form
                return try sectionPage(request, context: context, caller: caller, loaded: loaded, index: index, section: section,
                                       form: form, state: shown, status: error.status)
            }
        }
    }

    /// Which items of the section are not asked given the posted (unsaved) answers; the script hides them.
    @Sendable func relevance(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let loaded = try await service.survey()
        let (_, section) = try findSection(loaded.survey, context)
        let posted = try await PostedForm.read(request, limit: pages.configuration.maxBodyBytes)
        try CSRFCheck.verify(posted, request: request, context: context, secure: pages.configuration.secureCookies)
        let draft = try await service.draft(caller, survey: loaded.survey)
        let answers = SectionAnswers(survey: loaded.survey, section: section, language: .en).apply(posted, to: draft.answers).answers
        let form = service.evaluate(caller, survey: loaded, answers: answers, evidence: draft.evidence, mode: .draft).form
        var builder = ItemViewBuilder(survey: loaded.survey, form: form, answers: answers, evidence: draft.evidence, problems: [],
                                      language: .en, readOnly: false)
        builder.rowPage = Int(posted.value("page") ?? "") ?? 1
        var hidden: [String] = []
        func collect(_ view: ItemView) {
            if view.hidden { hidden.append(view.domID) }
            view.children.forEach(collect)
            view.rows.forEach { $0.cells.forEach(collect) }
        }
        section.items.map { builder.build($0) }.forEach(collect)
        return APIJSON.response(.object(["hidden": .array(hidden.map(JSONValue.string))]))
    }

    @Sendable func download(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let (file, data) = try await service.evidenceFile(context.parameters.get("sha256") ?? "", caller: caller)
        return EvidenceDownload.response(file: file, data: data)
    }

    private func findSection(_ survey: SurveyDefinition, _ context: PortalRequestContext) throws(PortalError) -> (Int, Section) {
        let id = context.parameters.get("section") ?? ""
        guard let index = survey.sections.firstIndex(where: { $0.id == id }) else {
            throw PortalError.notFound(Message(en: "No such section.", ja: "該当するセクションはありません。"))
        }
        return (index, survey.sections[index])
    }
}
