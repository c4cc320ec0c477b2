import Foundation
import Hummingbird
import SurveyCore
import SurveyReports
import SurveyStore

/// `/portal/requests`: the institution's improvement requests, and its replies (the same service as the API).
struct RequestsController {
    let pages: PortalPages

    func addRoutes(to group: RouterGroup<PortalRequestContext>) {
        group.get("requests", use: list)
        group.post("requests/:id/reply", use: reply)
    }

    @Sendable func list(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await page(request, context: context, replied: request.uri.queryParameters.get("replied") != nil, error: nil, status: .ok)
    }

    @Sendable func reply(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let posted = try await PostedForm.read(request, limit: pages.configuration.maxBodyBytes)
        try CSRFCheck.verify(posted, request: request, context: context, secure: pages.configuration.secureCookies)
        guard let id = context.parameters.get("id").flatMap(Int64.init) else { throw ResponseService.noSuchRequest }
        let language = PortalLanguage.of(request)
        let action = (posted.value("action") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let planned = (posted.value("planned_by") ?? "").trimmingCharacters(in: .whitespaces)
        let contest = (posted.value("contest") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !action.isEmpty else {
            return try await page(request, context: context, replied: false, error: UIText.text("requestActionMissing", language), status: .unprocessableContent)
        }
        let plannedBy = CivilDate(iso: planned)
        if !planned.isEmpty, plannedBy == nil {
            return try await page(request, context: context, replied: false, error: UIText.text("requestDateInvalid", language), status: .unprocessableContent)
        }
        _ = try pages.service.reply(caller, request: id, reply: RequestReply(action: action, plannedBy: plannedBy,
                                                                               contest: contest.isEmpty ? nil : contest, evidence: []))
        return PortalPages.redirect("/portal/requests?replied=1#request-\(id)")
    }

    private func page(_ request: Request, context: PortalRequestContext, replied: Bool, error: String?,
                      status: HTTPResponse.Status) async throws -> Response {
        let caller = try context.requireCaller()
        let language = PortalLanguage.of(request)
        let institution = try pages.service.institution(caller)
        let catalog = try await pages.service.catalog()
        let requests = try pages.service.requests(caller)
        let today = pages.service.today
        var page = pages.base(request, context: context, title: UIText.text("requestsTitle", language), institutionName: pages.name(institution, language))
        page["replied"] = replied
        page["hasError"] = error != nil
        page["error"] = error ?? ""
        page["hasRequests"] = !requests.isEmpty
        page["requests"] = requests.map { item -> [String: Any] in
            let measure = catalog.latestBySurvey[item.survey]?.rubric.measures.first { $0.id == item.measure }
            let statusKey = item.isOverdue(on: today) ? "requestOverdue" : "request_\(item.status.rawValue)"
            return [
                "id": String(item.id), "title": measure?.title.text(language) ?? item.measure, "critical": item.critical,
                "letter": item.letterNumber, "statusText": UIText.text(statusKey, language),
                "due": language == .ja ? LetterDate.text(item.due, .ja) : item.due.description,
                "recommendation": measure?.recommendation.text(language) ?? "", "basis": measure?.basis.text(language) ?? "",
                "hasNote": item.lastNote != nil, "note": item.lastNote ?? "",
                "hasReply": item.lastReply != nil, "replyAction": item.lastReply?.action ?? "",
                "hasContest": item.lastReply?.contest != nil, "replyContest": item.lastReply?.contest ?? "",
                "canReply": item.status != .closed,
            ]
        }
        return pages.html("requests", page, status: status)
    }
}
