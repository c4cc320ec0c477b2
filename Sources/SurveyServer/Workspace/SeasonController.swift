import Foundation
import Hummingbird
import SurveyCore
import SurveyReports
import SurveyServices
import SurveyStore

/// The season at a glance (`/`), the institution list with its filters (`/institutions`), and the review queue
/// (`/queue`) with its assign and done forms.
struct SeasonController {
    let pages: WorkspacePages

    func addRoutes(to group: RouterGroup<WorkspaceRequestContext>) {
        group.get("/", use: dashboard)
        group.get("institutions", use: institutions)
        group.get("queue", use: queue)
        group.post("queue/:institution/assign", use: assign)
        group.post("queue/:institution/done") { request, context in try await mark(request, context: context, done: true) }
        group.post("queue/:institution/reopen") { request, context in try await mark(request, context: context, done: false) }
    }

    private func overview(_ request: Request) async throws(PortalError) -> SeasonOverview {
        let (catalog, survey) = try await pages.survey(request)
        let store = pages.store
        return try await StoreWork.run { () throws(StoreError) in try SeasonOverview.load(store: store, catalog: catalog, surveyID: survey.survey.id) }
    }

    @Sendable func dashboard(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let language = PortalLanguage.of(request)
        let season = try await overview(request)
        let definition = season.survey.survey
        var page = pages.base(request, context: context, title: WorkspaceText.text("dashboard", language))
        page["surveyTitle"] = definition.title.text(language)
        page["deadline"] = WorkspacePages.shownDate(definition.deadline, language)
        let left = definition.deadline.daysSinceEpoch - pages.today.daysSinceEpoch
        if left >= 0 { page["daysLeft"] = left } else { page["passed"] = true }
        let submitted = season.rows.filter { $0.progress == .submitted }.count
        page["submitted"] = submitted
        page["rosterCount"] = season.rows.count
        page["rate"] = Self.rate(submitted, of: season.rows.count)
        func progress(_ rows: [SeasonOverview.Row]) -> [String: Any] {
            let count = { (progress: SeasonOverview.Progress) in rows.filter { $0.progress == progress }.count }
            return ["roster": rows.count, "notInvited": count(.notInvited), "invited": count(.invited), "started": count(.started),
                    "submitted": count(.submitted), "rate": Self.rate(count(.submitted), of: rows.count)]
        }
        page["categories"] = InstitutionCategory.allCases.map { category -> [String: Any] in
            progress(season.rows.filter { $0.category == category }).merging(["id": category.rawValue, "label": category.label.text(language)]) { $1 }
        }
        page["totals"] = progress(season.rows)
        page["verdicts"] = Verdict.allCases.map { verdict -> [String: Any] in
            ["id": verdict.rawValue, "label": verdict.label.text(language), "count": season.rows.filter { $0.card?.verdict == verdict }.count]
        }
        page["marginOne"] = season.rows.filter(\.marginOne).count
        page["queueOpen"] = QueueEntry.entries(season, showDone: false).filter { !$0.reasons.isEmpty }.count
        let store = pages.store
        let surveyID = definition.id
        let requests = try await StoreWork.run { () throws(StoreError) in try store.requests(survey: surveyID) }
        page["repliesWaiting"] = requests.filter { $0.status == .replied }.count
        let waiting = season.rows.filter { $0.progress != .submitted }
        page["nonResponderCount"] = waiting.count
        page["hasNonResponders"] = !waiting.isEmpty
        page["more"] = waiting.count > 30
        page["nonResponders"] = waiting.prefix(30).map { row -> [String: Any] in
            ["id": row.institution.id, "name": WorkspacePages.name(row.institution, language), "state": row.progress.label.text(language),
             "lastSave": WorkspacePages.shownTime(row.lastDraftSave)]
        }
        return pages.html("dashboard", page)
    }

    /// "42.5%" with one decimal, or "—" for an empty group.
    static func rate(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "—" : Figures.oneDecimal(Double(part) * 100 / Double(whole)) + "%"
    }

    @Sendable func institutions(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let language = PortalLanguage.of(request)
        let season = try await overview(request)
        let filter = InstitutionFilter(request)
        let rows = filter.sorted(season.rows.filter(filter.matches), language)
        var page = pages.base(request, context: context, title: WorkspaceText.text("institutions", language))
        page.merge(filter.fields(language), uniquingKeysWith: { _, new in new })
        page["count"] = rows.count
        page["rows"] = rows.map { row -> [String: Any] in
            var fields: [String: Any] = [
                "id": row.institution.id, "name": WorkspacePages.name(row.institution, language),
                "category": row.category?.label.text(language) ?? row.institution.category, "status": row.progress.label.text(language),
                "review": InstitutionFilter.reviewState(row).label(language),
            ]
            if let card = row.card {
                fields["laxity"] = Figures.oneDecimal(card.laxity)
                fields["verdict"] = card.verdict.label.text(language)
                fields["verdictID"] = card.verdict.rawValue
                fields["margin"] = [card.marginDown, card.marginUp].compactMap { $0 }.min().map { $0 >= 3 ? "3+" : String($0) } ?? "—"
            }
            return fields
        }
        return pages.html("institutions", page)
    }

    @Sendable func queue(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let language = PortalLanguage.of(request)
        let season = try await overview(request)
        let showDone = request.uri.queryParameters.get("done") == "1"
        let mine = request.uri.queryParameters.get("mine") == "1"
        let me = context.analyst?.name
        let store = pages.store
        let analysts = try await StoreWork.run { () throws(StoreError) in try store.analysts() }.filter { !$0.disabled && $0.role >= .analyst }
        let entries = QueueEntry.entries(season, showDone: showDone).filter { !mine || $0.row.assignment?.assignee == me }
        var page = pages.base(request, context: context, title: WorkspaceText.text("queue", language))
        page["showDone"] = showDone
        page["mine"] = mine
        page["count"] = entries.count
        page["rows"] = entries.map { entry -> [String: Any] in
            let row = entry.row
            let assignee = row.assignment?.assignee
            var fields: [String: Any] = [
                "id": row.institution.id, "name": WorkspacePages.name(row.institution, language),
                "reasons": (entry.reasons.isEmpty ? [QueueEntry.Reason.routine] : entry.reasons).map { ["text": $0.label(language), "alert": $0 != .routine] },
                "verdict": row.card?.verdict.label.text(language) ?? "", "verdictID": row.card?.verdict.rawValue ?? "",
                "isDone": row.assignment?.doneAt != nil, "doneAt": WorkspacePages.shownTime(row.assignment?.doneAt),
                "analysts": [["value": "", "label": WorkspaceText.text("unassigned", language), "selected": assignee == nil]]
                    + analysts.map { ["value": $0.name, "label": $0.name, "selected": $0.name == assignee] },
            ]
            if let assignee { fields["assignee"] = assignee }
            return fields
        }
        return pages.html("queue", page)
    }

    @Sendable func assign(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let analyst = try context.require(.analyst)
        let form = try await WorkspaceForms.read(request, context: context, configuration: pages.configuration)
        let institution = context.parameters.get("institution") ?? ""
        let assignee = (form.value("assignee") ?? "").trimmingCharacters(in: .whitespaces)
        let (store, now) = (pages.store, pages.clock.now())
        let (_, survey) = try await pages.survey(request)
        try await StoreWork.run { () throws(StoreError) in
            if !assignee.isEmpty, try store.analystCredential(name: assignee) == nil { throw StoreError.unknownAnalyst(assignee) }
            try store.assignReview(survey: survey.survey.id, institution: institution, to: assignee.isEmpty ? nil : assignee, by: Actor(analyst.name, at: now))
        }
        return WorkspacePages.saved(request, "/queue")
    }

    func mark(_ request: Request, context: WorkspaceRequestContext, done: Bool) async throws -> Response {
        let analyst = try context.require(.analyst)
        _ = try await WorkspaceForms.read(request, context: context, configuration: pages.configuration)
        let institution = context.parameters.get("institution") ?? ""
        let (store, now) = (pages.store, pages.clock.now())
        let (_, survey) = try await pages.survey(request)
        try await StoreWork.run { () throws(StoreError) in
            try store.markReview(survey: survey.survey.id, institution: institution, done: done, by: Actor(analyst.name, at: now))
        }
        return WorkspacePages.saved(request, "/queue")
    }
}

/// Reading a workspace form: the body within a small limit, and its CSRF token and origin checked.
enum WorkspaceForms {
    static func read(_ request: Request, context: WorkspaceRequestContext, configuration: ServerConfiguration) async throws(PortalError) -> PostedForm {
        let form = try await PostedForm.read(request, limit: 64 * 1024)
        try CSRFCheck.verify(form, request: request, expected: context.analyst?.csrfToken, secure: configuration.secureCookies)
        return form
    }
}
