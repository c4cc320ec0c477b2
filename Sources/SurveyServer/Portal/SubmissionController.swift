import Foundation
import Hummingbird
import HummingbirdAuth
import NIOCore
import SurveyReports
import SurveyCore
import SurveyStore

/// The review page, attestation and submission, and the receipts with their printable copies.
struct SubmissionController {
    let pages: PortalPages
    var service: ResponseService { pages.service }

    func addRoutes(to group: RouterGroup<PortalRequestContext>) {
        group.get("review", use: review)
        group.post("submit", use: submit)
        // The review page's form posts here, so the address after a refused submission is still the review page
        // (switching language there once asked for GET /portal/submit, a 404).
        group.post("review", use: submit)
        group.get("submit") { _, _ in PortalPages.redirect("/portal/review") }
        group.get("receipts/:id", use: receipt)
        group.get("receipts/:id/print", use: printable)
        group.get("receipts/:id/content.json", use: content)
    }

    @Sendable func review(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await reviewPage(request, context: context, submitError: nil, status: .ok, officer: (name: "", title: ""), confirmed: true)
    }

    func reviewPage(_ request: Request, context: PortalRequestContext, submitError: String?, status: HTTPResponse.Status,
                    officer: (name: String, title: String), confirmed: Bool) async throws -> Response {
        let caller = try context.requireCaller()
        let loaded = try await service.survey()
        let institution = try service.institution(caller)
        let draft = try await service.draft(caller, survey: loaded.survey)
        let csrf = context.sessions.session?.csrfToken ?? ""
        // Validation and rendering of the whole response are CPU work: off the cooperative pool, as section pages.
        return try await BlockingWork.run { () throws -> Response in
            try reviewHTML(request, csrf: csrf, caller: caller, loaded: loaded, institution: institution, draft: draft, submitError: submitError,
                           status: status, officer: officer, confirmed: confirmed)
        }
    }

    private func reviewHTML(_ request: Request, csrf: String, caller: Caller, loaded: LoadedSurvey, institution: InstitutionRecord, draft: Draft,
                            submitError: String?, status: HTTPResponse.Status, officer: (name: String, title: String),
                            confirmed: Bool) throws -> Response {
        let language = PortalLanguage.of(request)
        let outcome = service.evaluate(caller, survey: loaded, answers: draft.answers, evidence: draft.evidence, mode: .submission)
        let errors = SectionController.inQuestionOrder(outcome.problems.filter { $0.severity == .error }, survey: loaded.survey)
        let open = try service.isOpen(loaded.survey, for: caller)
        var page = pages.base(request, csrf: csrf, title: UIText.text("review", language), institutionName: pages.name(institution, language))
        page["sections"] = pages.sectionList(loaded.survey, form: outcome.form, language: language, current: nil)
        page["onReview"] = true
        page["open"] = open
        page["reviewSections"] = AnswerList(survey: loaded.survey, form: outcome.form, answers: draft.answers, evidence: draft.evidence,
                                            problems: errors, language: language, editable: open).sections()
        let attachments = AssessedAttachments(survey: loaded.survey, rubric: loaded.rubric, form: outcome.form, evidence: draft.evidence,
                                              language: language)
        let attachmentEntries = attachments.entries()
        page["assessedAttachments"] = attachmentEntries
        page["hasAssessedAttachments"] = !attachmentEntries.isEmpty
        for (key, text) in attachments.texts() { page[key] = text }
        let numbers = QuestionNumbers(loaded.survey)
        page["hasProblems"] = !errors.isEmpty
        page["hasMoreProblems"] = errors.count > PortalError.listedProblems
        page["moreProblems"] = max(0, errors.count - PortalError.listedProblems)
        page["problemLinks"] = errors.prefix(PortalError.listedProblems).map { problem -> [String: String] in
            let section = problem.itemID.flatMap { loaded.survey.slot($0) }.map { loaded.survey.sections[$0.section].id }
            let href = section.map { "/portal/sections/\($0)\(Self.pageQuery(problem.path))#item-\(SectionController.domID(problem.path))" } ?? "#main"
            let label = problem.itemID.map { numbers.label($0) } ?? ""
            return ["href": href, "text": label.isEmpty ? problem.message.text(language) : "\(label): \(problem.message.text(language))"]
        }
        page["canSubmit"] = open && errors.isEmpty && draft.revision > 0
        page["submissionID"] = UUID().uuidString.lowercased()
        page["revision"] = draft.revision
        page["officerName"] = officer.name
        page["officerTitle"] = officer.title
        if let submitError {
            page["submitError"] = submitError
            page["nameMissing"] = officer.name.isEmpty
            page["titleMissing"] = officer.title.isEmpty
            page["confirmMissing"] = !confirmed
        }
        return pages.html("review", page, status: status)
    }

    /// `?page=N` for a problem inside entry N of a long repeat (entries are shown a page at a time), else nothing.
    static func pageQuery(_ path: String) -> String {
        guard let open = path.firstIndex(of: "["), let close = path.firstIndex(of: "]"), open < close,
              let instance = Int(path[path.index(after: open)..<close]) else { return "" }
        let page = ItemViewBuilder.page(showing: instance)
        return page > 1 ? "?page=\(page)" : ""
    }

    @Sendable func submit(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let form = try await PostedForm.read(request, limit: 64 * 1024)
        try CSRFCheck.verify(form, request: request, context: context, secure: pages.configuration.secureCookies)
        let language = PortalLanguage.of(request)
        let name = (form.value("officer_name") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let title = (form.value("officer_title") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, !title.isEmpty, form.value("confirm") == "yes" else {
            let message = Message(en: "Give the attesting officer's name and title, and tick the confirmation.",
                                  ja: "確認した責任者の氏名と役職を記入し、確認欄にチェックを入れてください。")
            return try await reviewPage(request, context: context, submitError: message.text(language), status: .unprocessableContent,
                                        officer: (name, title), confirmed: form.value("confirm") == "yes")
        }
        do {
            let (receipt, _) = try await service.submit(caller, submissionID: form.value("submission_id") ?? "", attestedBy: Self.attestation(name: name, title: title),
                                                        expectedRevision: Int(form.value("revision") ?? ""), source: .portal)
            return PortalPages.redirect("/portal/receipts/\(receipt.submissionID)?new=1")
        } catch {
            switch error {
            case .staleRevision, .incomplete, .submissionConflict, .badRequest:
                return try await reviewPage(request, context: context, submitError: error.message.text(language), status: error.status,
                                            officer: (name, title), confirmed: true)
            default:
                throw error
            }
        }
    }

    /// "山田 花子、研究推進部長" with the Japanese comma when either part is written in Japanese, else "Hanako Sato, Director".
    static func attestation(name: String, title: String) -> String {
        let japanese = (name + title).unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
        return japanese ? "\(name)、\(title)" : "\(name), \(title)"
    }

    @Sendable func receipt(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let language = PortalLanguage.of(request)
        let loaded = try await service.survey()
        let receipt = try service.receipt(context.parameters.get("id") ?? "", caller: caller)
        let institution = try service.institution(caller)
        var page = pages.base(request, context: context, title: UIText.text("receiptTitle", language), institutionName: pages.name(institution, language))
        page["receipt"] = PortalPages.receiptFields(receipt, language: language)
        page["revisionText"] = receipt.revision.map(String.init) ?? "—"
        page["justSubmitted"] = request.uri.queryParameters.get("new") != nil
        page["open"] = try service.isOpen(loaded.survey, for: caller)
        return pages.html("receipt", page)
    }

    @Sendable func printable(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let language = PortalLanguage.of(request)
        let loaded = try await service.survey()
        let content = try service.submittedContent(context.parameters.get("id") ?? "", caller: caller)
        let institution = try service.institution(caller)
        let outcome = service.evaluate(caller, survey: loaded, answers: content.answers, evidence: content.evidence, mode: .draft)
        var page = pages.base(request, context: context, title: UIText.text("print", language), institutionName: pages.name(institution, language))
        page["surveyTitle"] = loaded.survey.title.text(language)
        page["receipt"] = PortalPages.receiptFields(content.receipt, language: language)
        page["reviewSections"] = AnswerList(survey: loaded.survey, form: outcome.form, answers: content.answers, evidence: content.evidence,
                                            problems: [], language: language, editable: false).sections()
        return pages.html("print", page)
    }

    @Sendable func content(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let content = try service.submittedContent(context.parameters.get("id") ?? "", caller: caller)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.contentDisposition] = ContentDisposition.attachment("submission-\(content.receipt.submissionID).json")
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: content.text)))
    }
}
