import Foundation
import Hummingbird
import SurveyCore
import SurveyStore

/// Account management for administrators (`/accounts`): list, add (the one-time set-up link is shown once),
/// disable, reset. Every change is audited with the administrator's name; a disabled or reset account's sessions
/// end at once.
struct AccountsController {
    let pages: WorkspacePages

    func addRoutes(to group: RouterGroup<WorkspaceRequestContext>) {
        group.get("accounts", use: list)
        group.post("accounts", use: add)
        group.post("accounts/:name/disable", use: disable)
        group.post("accounts/:name/reset", use: reset)
    }

    /// The set-up link for `token` on this workspace, from the request's own host.
    static func setupLink(_ request: Request, configuration: ServerConfiguration, token: String) -> String {
        let scheme = configuration.secureCookies ? "https" : "http"
        let host = request.head.authority ?? "\(configuration.analystHost):\(configuration.analystPort)"
        return "\(scheme)://\(host)/setup?token=\(token)"
    }

    private func page(_ request: Request, context: WorkspaceRequestContext, setupLink: String? = nil, error: String? = nil,
                      status: HTTPResponse.Status = .ok) async throws -> Response {
        let language = PortalLanguage.of(request)
        let store = pages.store
        let accounts = try await StoreWork.run { () throws(StoreError) in try store.analysts() }
        var page = pages.base(request, context: context, title: WorkspaceText.text("accounts", language))
        page["rows"] = accounts.map { account -> [String: Any] in
            let state = account.disabled ? "disabled" : account.hasPassword ? "active" : "awaitingSetup"
            return ["name": account.name, "role": account.role.label.text(language), "state": WorkspaceText.text(state, language),
                    "disabled": account.disabled]
        }
        page["roleOptions"] = AnalystRole.allCases.map { ["value": $0.rawValue, "label": $0.label.text(language)] }
        if let setupLink { page["setupLink"] = setupLink }
        if let error { page["error"] = error }
        return pages.html("accounts", page, status: status)
    }

    @Sendable func list(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        _ = try context.require(.admin)
        return try await page(request, context: context)
    }

    @Sendable func add(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let admin = try context.require(.admin)
        let form = try await WorkspaceForms.read(request, context: context, configuration: pages.configuration)
        let name = (form.value("name") ?? "").trimmingCharacters(in: .whitespaces)
        guard let role = AnalystRole(rawValue: form.value("role") ?? "") else {
            throw PortalError.badRequest(Message(en: "Choose a role: admin, analyst or viewer.", ja: "権限（管理者・分析担当・閲覧者）を選んでください。"))
        }
        let token = AnalystPassword.newSetupToken()
        let (store, now) = (pages.store, pages.clock.now())
        do {
            try await BlockingWork.run { () throws(StoreError) in
                try store.addAnalyst(name: name, role: role, setupToken: token, expiresAt: now.addingTimeInterval(AnalystPassword.setupLifetime),
                                     passwordHash: nil, by: Actor(admin.name, at: now))
            }
        } catch {
            return try await page(request, context: context, error: error.message.text(PortalLanguage.of(request)), status: .unprocessableContent)
        }
        return try await page(request, context: context, setupLink: Self.setupLink(request, configuration: pages.configuration, token: token))
    }

    @Sendable func disable(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let admin = try context.require(.admin)
        _ = try await WorkspaceForms.read(request, context: context, configuration: pages.configuration)
        let name = context.parameters.get("name") ?? ""
        let (store, now) = (pages.store, pages.clock.now())
        try await StoreWork.run { () throws(StoreError) in _ = try store.disableAnalyst(name: name, by: Actor(admin.name, at: now)) }
        return PortalPages.redirect("/accounts?saved=1")
    }

    @Sendable func reset(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let admin = try context.require(.admin)
        _ = try await WorkspaceForms.read(request, context: context, configuration: pages.configuration)
        let name = context.parameters.get("name") ?? ""
        let token = AnalystPassword.newSetupToken()
        let (store, now) = (pages.store, pages.clock.now())
        try await StoreWork.run { () throws(StoreError) in
            try store.resetAnalyst(name: name, setupToken: token, expiresAt: now.addingTimeInterval(AnalystPassword.setupLifetime), passwordHash: nil,
                                   by: Actor(admin.name, at: now))
        }
        return try await page(request, context: context, setupLink: Self.setupLink(request, configuration: pages.configuration, token: token))
    }
}
