import Hummingbird
import HummingbirdAuth

/// Admits `/portal` requests whose session belongs to a logged-in institution whose key still works;
/// anyone else is sent to the login page.
struct SessionAuthMiddleware: RouterMiddleware {
    typealias Context = PortalRequestContext
    let gate: InvitationGate

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let session = context.sessions.session, let institution = session.institution, let hash = session.tokenSha256 else {
            return PortalPages.redirect("/login")
        }
        let caller = Caller(institution: institution, tokenSha256: hash)
        guard gate.isStillValid(caller) else {
            context.sessions.clearSession()
            return PortalPages.redirect("/login?ended=1")
        }
        var context = context
        context.caller = caller
        return try await next(request, context)
    }
}
