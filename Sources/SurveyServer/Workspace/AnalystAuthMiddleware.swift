import Hummingbird
import HummingbirdAuth
import SurveyCore

/// Admits workspace requests whose session belongs to an enabled account, reading the account's role afresh on
/// every request; anyone else is sent to the login page (a GET) or answered 401 (anything else).
struct AnalystAuthMiddleware: RouterMiddleware {
    typealias Context = WorkspaceRequestContext
    let gate: AnalystGate

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let session = context.sessions.session else {
            // A cookie without a live session: it ended (idle, expired, the account disabled), so say so.
            let ended = request.cookies["chosa_analyst"] != nil || request.cookies["__Host-chosa_analyst"] != nil
            if request.method == .get || request.method == .head { return PortalPages.redirect(ended ? "/login?ended=1" : "/login") }
            throw PortalError.unauthorized
        }
        guard let role = try await gate.currentRole(session.name) else {
            context.sessions.clearSession()
            if request.method == .get || request.method == .head { return PortalPages.redirect("/login?ended=1") }
            throw PortalError.unauthorized
        }
        var context = context
        context.analyst = SignedInAnalyst(name: session.name, role: role, csrfToken: session.csrfToken)
        return try await next(request, context)
    }
}

/// Turns errors into the workspace's own error page (not the portal's), in the analyst's language, keeping the
/// status and `Retry-After`.
struct WorkspaceErrorMiddleware: RouterMiddleware {
    typealias Context = WorkspaceRequestContext
    let pages: WorkspacePages

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as PortalError {
            var response = page(request, context: context, status: error.status, message: error.message.text(PortalLanguage.of(request)))
            if case let .throttled(seconds) = error { response.headers[.retryAfter] = String(seconds) }
            return response
        } catch let error as HTTPError where error.status == .notFound {
            return page(request, context: context, status: .notFound, message: WorkspaceText.text("notFound", PortalLanguage.of(request)))
        }
    }

    private func page(_ request: Request, context: Context, status: HTTPResponse.Status, message: String) -> Response {
        let language = PortalLanguage.of(request)
        let heading = status == .notFound ? WorkspaceText.text("notFound", language) : "\(WorkspaceText.text("error", language)) \(status.code)"
        var page = pages.base(request, context: context, title: heading)
        page["heading"] = heading
        page["message"] = message
        return pages.html("error", page, status: status)
    }
}
