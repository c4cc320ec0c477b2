import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import SurveyCore
import Logging

/// Login with an invitation token, logout, and the language switch. A login always starts a new session id
/// (the pre-login session is deleted), so a session id planted before login is worthless after it.
struct LoginController {
    let pages: PortalPages
    let gate: InvitationGate
    let sessionStorage: SessionStorage<PortalSession>
    let configuration: ServerConfiguration

    /// Short-lived session that only carries the login form's CSRF token.
    static let loginFormLifetime: Duration = .seconds(3600)

    func addRoutes(to group: RouterGroup<PortalRequestContext>) {
        group.get("/") { _, _ in PortalPages.redirect("/portal") }
        group.get("login", use: loginForm)
        group.post("login", use: login)
        group.post("logout", use: logout)
        group.get("language/:language", use: language)
    }

    @Sendable func loginForm(_ request: Request, context: PortalRequestContext) async throws -> Response {
        if let session = context.sessions.session, let institution = session.institution, let hash = session.tokenSha256,
           gate.isStillValid(Caller(institution: institution, tokenSha256: hash)) {
            return PortalPages.redirect("/portal")
        }
        if context.sessions.session == nil {
            context.sessions.createSession(PortalSession(csrfToken: Self.randomToken()), expiresIn: Self.loginFormLifetime)
        }
        let language = PortalLanguage.of(request)
        var page = pages.base(request, context: context, title: UIText.text("loginTitle", language))
        // The invitation letter's link carries the token; it fills the field and is never logged or redirected.
        page["token"] = request.uri.queryParameters.get("token") ?? ""
        if request.uri.queryParameters.get("bye") != nil { page["notice"] = UIText.text("loggedOut", language) }
        if request.uri.queryParameters.get("ended") != nil { page["notice"] = UIText.text("sessionEnded", language) }
        return pages.html("login", page)
    }

    @Sendable func login(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let form = try await PostedForm.read(request, limit: 16 * 1024)
        try CSRFCheck.verify(form, request: request, context: context)
        let client = ClientAddress.of(request, context: context, trustForwardedFor: configuration.trustForwardedFor)
        let language = PortalLanguage.of(request)
        let caller: Caller
        do {
            caller = try await gate.admit(token: form.value("token") ?? "", client: client)
        } catch {
            var page = pages.base(request, context: context, title: UIText.text("loginTitle", language))
            page["error"] = error.status == .tooManyRequests ? error.message.text(language) : UIText.text("loginFailed", language)
            var response = pages.html("login", page, status: error.status)
            if case let .throttled(seconds) = error { response.headers[.retryAfter] = String(seconds) }
            return response
        }
        _ = try? await sessionStorage.delete(request: request)
        context.sessions.createSession(PortalSession(institution: caller.institution, tokenSha256: caller.tokenSha256,
                                                     csrfToken: Self.randomToken()), expiresIn: configuration.sessionLifetime)
        context.logger.info("login", metadata: ["institution": .string(caller.institution), "key": .string(caller.keyLabel)])
        return PortalPages.redirect("/portal")
    }

    @Sendable func logout(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let form = try await PostedForm.read(request, limit: 16 * 1024)
        try CSRFCheck.verify(form, request: request, context: context)
        context.sessions.clearSession()
        return PortalPages.redirect("/login?bye=1")
    }

    /// Sets the language cookie and returns to the page the switch was on (only paths on this site).
    @Sendable func language(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let chosen = Language(rawValue: context.parameters.get("language") ?? "") ?? .ja
        let back = request.uri.queryParameters.get("back") ?? "/portal"
        let safe = back.hasPrefix("/") && !back.hasPrefix("//") && !back.contains("\\") && !back.contains("://") ? back : "/portal"
        var response = PortalPages.redirect(safe)
        // A preference, not a secret; written out directly (the value is one of two fixed words).
        let cookie = "\(PortalLanguage.cookieName)=\(chosen.rawValue); Max-Age=31536000; Path=/; HttpOnly; SameSite=Lax"
            + (configuration.secureCookies ? "; Secure" : "")
        response.headers[values: .setCookie].append(cookie)
        return response
    }

    /// 256 random bits, URL-safe base64, for CSRF tokens.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
