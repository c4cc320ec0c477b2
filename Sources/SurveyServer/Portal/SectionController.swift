import Foundation
import Hummingbird
import HummingbirdAuth
import SurveyCore
import SurveyReports
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
            page["deadline"] = LetterDate.text(try service.deadline(loaded.survey, for: caller), language)
            page["overallProgress"] = PortalPages.overallProgress(loaded.survey, form: outcome.form, language: language)
            page["revision"] = draft.revision
            page["sections"] = pages.sectionList(loaded.survey, form: outcome.form, language: language, current: nil)
            page["hasReceipts"] = !receipts.isEmpty
            page["receipts"] = receipts.map { PortalPages.receiptFields($0, language: language) }
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
        let configuration = pages.configuration
        let posted: PostedForm
        switch await Self.read(request, limit: configuration.maxFormBytes, store: service.store) {
        case let .success(form):
            posted = form
        case let .failure(error):
            guard case .tooLarge = error else { throw error }
            // Beyond even the generous total nothing can be read; the section is shown again with what is saved.
            return try await refusedForm(request, context: context, caller: caller, loaded: loaded, index: index, section: section, error: error)
        }
        try CSRFCheck.verify(posted, request: request, context: context, secure: configuration.secureCookies)
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
                // Rules are checked as if the unreadable inputs were blank, so a question that refers to one is not
                // blamed for it (a non-number in Q1.2 once marked Q1.3's "no more than Q1.2" as wrong).
                let readable = SectionAnswers.removing(formProblems.map(\.path), from: answers)
                let outcome = service.evaluate(caller, survey: loaded, answers: readable, evidence: evidence, mode: .draft)
                let paths = Set(formProblems.map(\.path))
                let unreadable = Set(formProblems.compactMap(\.itemID))
                formProblems += outcome.problems.filter { problem in
                    !paths.contains(problem.path) && !Self.checksUnreadable(problem, unreadable: unreadable, survey: loaded.survey)
                }
                throw PortalError.invalidAnswers(formProblems)
            }
            var result = try await service.save(caller, answers: answers, evidence: evidenceChanged ? evidence : nil, baseRevision: base)
            // The answers are saved now. A file that is refused (wrong type, too large, over quota) is reported at its
            // input on a page that carries the new revision, so the clerk's next save is not taken for a conflict.
            var refusals: [(item: String, error: PortalError)] = []
            for file in posted.files where file.field.hasPrefix("file:") && !file.data.isEmpty {
                let item = String(file.field.dropFirst(5))
                switch await attach(file, item: item, caller: caller) {
                case let .success(revision): result.revision = revision
                case let .failure(error) where error.refusesOnlyTheFile: refusals.append((item, error))
                case let .failure(error): throw error
                }
            }
            guard refusals.isEmpty else {
                let current = try await service.draft(caller, survey: loaded.survey)
                state = SectionPageState(answers: current.answers, evidence: current.evidence, revision: current.revision, problems: [])
                state.saved = true
                state.rowPage = Int(posted.value("page") ?? "") ?? 1
                state.problems = refusals.map {
                    ResponseProblem(path: "evidence.\($0.item)", itemID: $0.item, code: .requestRefused, $0.error.message)
                }
                throw refusals[0].error
            }
            if action == "review" { return PortalPages.redirect("/portal/review") }
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
            case .unsupportedMediaType, .fileTooLarge, .tooLarge, .badRequest, .rejectedFile, .quotaExceeded:
                if state.problems.isEmpty { state.problems = [ResponseProblem(path: "", code: .requestRefused, error.message)] }
            case .unauthorized, .throttled, .notFound, .closed, .notYetOpen, .submissionConflict, .forbidden, .noSurvey, .storage:
                throw error
            }
            state.previous = try await service.previousAnswers(caller, survey: loaded.survey)
            let (shown, shownAnswers, shownEvidence) = (state, state.answers, state.evidence)
            return try await BlockingWork.run { () throws -> Response in
                let form = service.evaluate(caller, survey: loaded, answers: shownAnswers, evidence: shownEvidence, mode: .draft).form
                return try sectionPage(request, context: context, caller: caller, loaded: loaded, index: index, section: section,
                                       form: form, state: shown, status: error.status)
            }
        }
    }

    /// True for a constraint problem whose rule reads one of the `unreadable` items: the fault is that item's.
    static func checksUnreadable(_ problem: ResponseProblem, unreadable: Set<String>, survey: SurveyDefinition) -> Bool {
        guard problem.code == .constraint, let constraint = problem.itemID.flatMap({ survey.item($0) })?.constraint else { return false }
        return constraint.node.references.contains { unreadable.contains($0.name) }
    }

    /// The posted form, or why it could not be read.
    private static func read(_ request: Request, limit: Int, store: SurveyStore) async -> Result<PostedForm, PortalError> {
        do throws(PortalError) {
            return .success(try await PostedForm.read(request, limit: limit, spoolingIn: store))
        } catch {
            return .failure(error)
        }
    }

    /// Stores one posted file for evidence item `item`: the draft's revision after it, or why it was refused.
    private func attach(_ file: PostedForm.File, item: String, caller: Caller) async -> Result<Int, PortalError> {
        let configuration = pages.configuration
        guard file.data.count <= configuration.maxUploadBytes else {
            return .failure(.fileTooLarge(size: file.data.count, limit: configuration.maxUploadBytes))
        }
        do throws(PortalError) {
            let upload = try SpooledUpload.write(file.data, store: service.store)
            return .success(try await service.attach(upload, name: file.fileName, item: item, caller: caller, quotas: configuration.quotas).revision)
        } catch {
            return .failure(error)
        }
    }

    /// The section with the saved draft and `error` at the top, for a form too large to read at all.
    private func refusedForm(_ request: Request, context: PortalRequestContext, caller: Caller, loaded: LoadedSurvey, index: Int,
                             section: Section, error: PortalError) async throws -> Response {
        let draft = try await service.draft(caller, survey: loaded.survey)
        let previous = try await service.previousAnswers(caller, survey: loaded.survey)
        return try await BlockingWork.run { () throws -> Response in
            let form = service.evaluate(caller, survey: loaded, answers: draft.answers, evidence: draft.evidence, mode: .draft).form
            var state = SectionPageState(answers: draft.answers, evidence: draft.evidence, revision: draft.revision,
                                         problems: [ResponseProblem(path: "", code: .requestRefused, error.message)])
            state.previous = previous
            return try sectionPage(request, context: context, caller: caller, loaded: loaded, index: index, section: section,
                                   form: form, state: state, status: error.status)
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
