import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import Logging
import SurveyCore
import SurveyStore

/// The workspace's login, logout, first-password set-up and language switch. As in the portal, a session exists
/// only from login (the forms before it carry a signed stateless CSRF token) and every login starts a new
/// session id. Passwords are never logged; the log names the account and the client.
struct WorkspaceLoginController {
    let pages: WorkspacePages
    let gate: AnalystGate
    let sessionStorage: SessionStorage<AnalystSession>
    let formTokens: LoginFormToken

    var configuration: ServerConfiguration { pages.configuration }

    func addRoutes(to group: RouterGroup<WorkspaceRequestContext>) {
        group.get("login", use: loginForm)
        group.post("login", use: login)
        group.post("logout", use: logout)
        group.get("setup", use: setupForm)
        group.post("setup", use: setup)
        group.get("language/:language", use: language)
    }

    @Sendable func loginForm(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        if let session = context.sessions.session, try await gate.currentRole(session.name) != nil { return PortalPages.redirect("/") }
        let language = PortalLanguage.of(request)
        var page = pages.base(request, context: context, title: WorkspaceText.text("loginTitle", language))
        page["csrf"] = formTokens.issue(at: gate.clock.now())
        let notices = ["bye": "loggedOut", "ended": "sessionEnded", "set": "passwordSet"]
        for (parameter, key) in notices where request.uri.queryParameters.get(parameter) != nil {
            page["notice"] = WorkspaceText.text(key, language)
        }
        return pages.html("login", page)
    }

    @Sendable func login(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let form = try await PostedForm.read(request, limit: 16 * 1024)
        try CSRFCheck.verifyLogin(form, request: request, signer: formTokens, now: gate.clock.now(), secure: configuration.secureCookies)
        let client = ClientAddress.resolve(peer: context.peerAddress ?? "unknown", forwardedFor: request.headers[values: .xForwardedFor],
                                           trustedProxies: configuration.trustedProxies)
        let language = PortalLanguage.of(request)
        let name = (form.value("username") ?? "").trimmingCharacters(in: .whitespaces)
        do {
            _ = try await gate.admit(name: name, password: form.value("password") ?? "", client: client)
        } catch {
            context.logger.notice("analyst login refused", metadata: ["account": .string(String(name.prefix(64))), "client": .string(client)])
            var page = pages.base(request, context: context, title: WorkspaceText.text("loginTitle", language))
            page["csrf"] = formTokens.issue(at: gate.clock.now())
            page["username"] = String(name.prefix(64))
            page["error"] = error.status == .tooManyRequests ? error.message.text(language) : WorkspaceText.text("loginFailed", language)
            var response = pages.html("login", page, status: error.status)
            if case let .throttled(seconds) = error { response.headers[.retryAfter] = String(seconds) }
            return response
        }
        _ = try? await sessionStorage.delete(request: request)
        context.sessions.createSession(AnalystSession(name: name, csrfToken: LoginController.randomToken()),
                                       expiresIn: configuration.analystSessionLifetime)
        context.logger.info("analyst login", metadata: ["account": .string(name), "client": .string(client)])
        return PortalPages.redirect("/")
    }

    @Sendable func logout(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let form = try await PostedForm.read(request, limit: 16 * 1024)
        try CSRFCheck.verify(form, request: request, expected: context.sessions.session?.csrfToken, secure: configuration.secureCookies)
        context.sessions.clearSession()
        return PortalPages.redirect("/login?bye=1")
    }

    @Sendable func setupForm(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let token = request.uri.queryParameters.get("token") ?? ""
        return try await setupPage(request, context: context, token: token, error: nil)
    }

    @Sendable func setup(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let form = try await PostedForm.read(request, limit: 16 * 1024)
        try CSRFCheck.verifyLogin(form, request: request, signer: formTokens, now: gate.clock.now(), secure: configuration.secureCookies)
        let token = form.value("token") ?? ""
        let password = form.value("password") ?? ""
        let language = PortalLanguage.of(request)
        if let problem = AnalystPassword.problem(password) {
            return try await setupPage(request, context: context, token: token, error: problem.text(language))
        }
        guard password == form.value("repeat") else {
            return try await setupPage(request, context: context, token: token, error: WorkspaceText.text("mismatch", language))
        }
        let hash = await BlockingWork.run { () -> String in AnalystPassword.hash(password) }
        let (store, now) = (pages.store, gate.clock.now())
        guard let name = try await StoreWork.run({ () throws(StoreError) in try store.completeAnalystSetup(token: token, passwordHash: hash, now: now) }) else {
            return try await setupPage(request, context: context, token: token, error: nil)
        }
        context.logger.info("analyst password set", metadata: ["account": .string(name)])
        return PortalPages.redirect("/login?set=1")
    }

    private func setupPage(_ request: Request, context: WorkspaceRequestContext, token: String, error: String?) async throws -> Response {
        let language = PortalLanguage.of(request)
        let (store, now) = (pages.store, gate.clock.now())
        let account = try await StoreWork.run { () throws(StoreError) in try store.analystSetupAccount(token: token, now: now) }
        var page = pages.base(request, context: context, title: WorkspaceText.text("setupTitle", language))
        page["csrf"] = formTokens.issue(at: now)
        page["invalid"] = account == nil
        page["account"] = account ?? ""
        page["token"] = account == nil ? "" : token
        if let error { page["error"] = error }
        return pages.html("setup", page, status: account == nil ? .notFound : error == nil ? .ok : .unprocessableContent)
    }

    /// Sets the language cookie and returns to the workspace page the switch was on.
    @Sendable func language(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let chosen = Language(rawValue: context.parameters.get("language") ?? "") ?? .ja
        return PortalLanguage.switched(to: chosen, returningTo: Self.returnPath(request.uri.queryParameters.get("back") ?? ""),
                                       secure: configuration.secureCookies, strict: true)
    }

    /// The portal's rule for a safe return path, with the workspace's pages as the allowed places.
    static func returnPath(_ raw: String) -> String {
        let path = LoginController.safePath(raw) ?? "/"
        let ours = path == "/" || path == "/login" || WorkspacePages.menu.contains { path == $0.path || path.hasPrefix($0.path + "/") }
        return ours ? path : "/"
    }
}
