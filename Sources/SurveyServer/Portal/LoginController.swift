import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import SurveyCore
import Logging

/// Login with an invitation token, logout, and the language switch. Sessions exist only from login: the login
/// form carries a signed stateless CSRF token, so an anonymous visit stores nothing, and a login always starts a
/// new session id (any earlier one is deleted), so a session id planted before login is worthless after it.
struct LoginController {
    let pages: PortalPages
    let gate: InvitationGate
    let sessionStorage: SessionStorage<PortalSession>
    let configuration: ServerConfiguration
    let formTokens: LoginFormToken

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
        let language = PortalLanguage.of(request)
        var page = pages.base(request, context: context, title: UIText.text("loginTitle", language))
        page["csrf"] = formTokens.issue(at: gate.clock.now())
        // The invitation letter's link carries the token; it fills the field and is never logged or redirected.
        page["token"] = request.uri.queryParameters.get("token") ?? ""
        if request.uri.queryParameters.get("bye") != nil { page["notice"] = UIText.text("loggedOut", language) }
        if request.uri.queryParameters.get("ended") != nil { page["notice"] = UIText.text("sessionEnded", language) }
        return pages.html("login", page)
    }

    @Sendable func login(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let form = try await PostedForm.read(request, limit: 16 * 1024)
        try CSRFCheck.verifyLogin(form, request: request, signer: formTokens, now: gate.clock.now(), secure: configuration.secureCookies)
        let client = ClientAddress.of(request, context: context, trustedProxies: configuration.trustedProxies)
        let language = PortalLanguage.of(request)
        let caller: Caller
        do {
            caller = try await gate.admit(token: form.value("token") ?? "", client: client)
        } catch {
            var page = pages.base(request, context: context, title: UIText.text("loginTitle", language))
            page["csrf"] = formTokens.issue(at: gate.clock.now())
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
        try CSRFCheck.verify(form, request: request, context: context, secure: configuration.secureCookies)
        context.sessions.clearSession()
        return PortalPages.redirect("/login?bye=1")
    }

    /// Sets the language cookie and returns to the page the switch was on (only our own pages).
    @Sendable func language(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let chosen = Language(rawValue: context.parameters.get("language") ?? "") ?? .ja
        return PortalLanguage.switched(to: chosen, returningTo: Self.returnPath(request.uri.queryParameters.get("back") ?? ""),
                                       secure: configuration.secureCookies, strict: false)
    }

    /// Where the language switch may send the browser back to: after decoding and removing control and format
    /// characters (a tab or a bidi mark made `/\t/evil.example` a link to another host), a path of plain characters
    /// starting with a single `/` under one of our pages; anything else goes to the portal's start.
    static func returnPath(_ raw: String) -> String {
        let fallback = "/portal"
        guard let path = safePath(raw) else { return fallback }
        let ours = path == "/login" || path == "/portal" || path.hasPrefix("/portal/")
        return ours ? path : fallback
    }

    /// The path part of `raw` when it is a plain local path (the rule above), else nil.
    static func safePath(_ raw: String) -> String? {
        let cleaned = String(String.UnicodeScalarView(raw.unicodeScalars.filter {
            $0.properties.generalCategory != .control && $0.properties.generalCategory != .format
        }))
        let path = String(cleaned.prefix { $0 != "?" && $0 != "#" })
        let plain = path.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "/-_.".unicodeScalars.contains($0)) }
        guard plain, path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("/../"), !path.hasSuffix("/..") else { return nil }
        return path
    }

    /// 256 random bits, URL-safe base64, for CSRF tokens.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
