import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SurveyCore
import SurveyServer
import SurveyStore
import Testing

/// Who gets into the analyst workspace: separate listeners, accounts, passwords, sessions and throttling.
@Suite struct WorkspaceAccessTests {
    @Test func neitherListenerServesTheOthersRoutes() async throws {
        let harness = try Harness.workspace()
        try await harness.workspaceApp().test(.router) { client in
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
            for path in ["/portal", "/portal/review", "/api/v1/me", "/api/v1/response", "/static/portal.css"] {
                var headers = HTTPFields()
                headers[.authorization] = "Bearer \(harness.token("NU-001"))"
                #expect(try await client.execute(uri: path, method: .get, headers: headers).status == .notFound, "\(path)")
            }
            // An invitation token is not a workspace login, and a portal session cookie is no workspace session.
            var browser = Browser(client)
            let page = try await browser.get("/login")
            let refused = try await browser.postURLEncoded("/login", [("_csrf", Browser.hidden("_csrf", in: page.text)), ("username", "NU-001"),
                                                                       ("password", harness.token("NU-001"))])
            #expect(refused.status == .unauthorized)
            var portalCookie = Browser(client)
            portalCookie.cookies["chosa_session"] = "some-portal-session"
            #expect(try await portalCookie.get("/").headers[.location] == "/login")
            portalCookie.cookies["chosa_analyst"] = "some-portal-session"
            #expect(try await portalCookie.get("/").headers[.location] == "/login?ended=1")
        }
        try await harness.app().test(.router) { client in
            for path in ["/institutions", "/queue", "/accounts", "/audit", "/setup", "/static/workspace.css"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .notFound, "\(path)")
            }
        }
    }

    @Test func loginSetsAStrictCookieAndLogoutEndsTheSession() async throws {
        let harness = try Harness.workspace()
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.get("/").headers[.location] == "/login")
            let wrong = try await browser.logInAnalyst("ana", password: "not the password at all")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("aria-invalid=\"true\""))
            let login = try await browser.logInAnalyst("ana")
            #expect(login.status == .seeOther)
            let cookie = try #require(login.headers[values: .setCookie].first { $0.hasPrefix("chosa_analyst=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            let home = try await browser.get("/")
            #expect(home.status == .ok)
            #expect(home.text.contains("ana"))
            let session = try #require(browser.cookies["chosa_analyst"])
            let logout = try await browser.postURLEncoded("/logout", [("_csrf", Browser.hidden("_csrf", in: home.text))])
            #expect(logout.headers[.location] == "/login?bye=1")
            var replay = Browser(client)
            replay.cookies["chosa_analyst"] = session
            #expect(try await replay.get("/").headers[.location] == "/login?ended=1")
        }
    }

    @Test func secureCookiesUseTheHostPrefix() async throws {
        let harness = try Harness.workspace(configuration: ServerConfiguration(port: 0, secureCookies: true))
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            let login = try await browser.logInAnalyst("vic")
            let cookie = try #require(login.headers[values: .setCookie].first)
            #expect(cookie.hasPrefix("__Host-chosa_analyst=") && cookie.contains("Secure") && cookie.contains("SameSite=Strict"))
        }
    }

    @Test func passwordsAreStoredAsBcryptAndSessionsSurviveARestart() async throws {
        let harness = try Harness.workspace()
        let session = try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            try await browser.logInAnalyst("admin")
            return try #require(browser.cookies["chosa_analyst"])
        }
        // A new application over the same database: the session still opens the workspace.
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            browser.cookies["chosa_analyst"] = session
            let accounts = try await browser.get("/accounts")
            #expect(accounts.status == .ok)
        }
        let credential = try #require(try harness.store.analystCredential(name: "admin"))
        #expect(credential.passwordHash?.hasPrefix("$2") == true)
        #expect(credential.passwordHash?.contains(Harness.analystPassword) == false)
        #expect(try harness.store.sessionCount(kind: SurveyStore.analystSessionKind) == 1)
    }

    @Test func failuresAreThrottledPerAccountAndPerClientWithoutLockingOutOthers() async throws {
        // Router tests have no peer address ("unknown"); trusting it as a proxy lets X-Forwarded-For name the clients.
        let harness = try Harness.workspace(configuration: ServerConfiguration(port: 0, trustedProxies: ["unknown"]))
        try await harness.workspaceApp().test(.router) { client in
            var attacker = Browser(client)
            attacker.forwardedFor = "192.0.2.66"
            for _ in 0..<10 { #expect(try await attacker.logInAnalyst("admin", password: "guess guess guess").status == .unauthorized) }
            // The account is now throttled, even with the right password and from another client...
            var owner = Browser(client)
            owner.forwardedFor = "192.0.2.10"
            let throttled = try await owner.logInAnalyst("admin")
            #expect(throttled.status == .tooManyRequests)
            #expect(throttled.headers[.retryAfter] != nil)
            // ...the attacking client is throttled on every account...
            #expect(try await attacker.logInAnalyst("ana").status == .tooManyRequests)
            // ...but other accounts from other clients are not locked out.
            var colleague = Browser(client)
            colleague.forwardedFor = "192.0.2.11"
            #expect(try await colleague.logInAnalyst("ana").status == .seeOther)
            harness.clock.advance(by: 15 * 60 + 1)
            #expect(try await owner.logInAnalyst("admin").status == .seeOther)
        }
    }

    @Test func theSetUpLinkSetsAPasswordOnceWithin24Hours() async throws {
        let harness = try Harness.workspace()
        try harness.store.addAnalyst(name: "newbie", role: .viewer, setupToken: "setup-token-newbie", expiresAt: Harness.october.addingTimeInterval(86_400),
                                     passwordHash: nil, by: Actor("admin", at: Harness.october))
        try harness.store.addAnalyst(name: "late", role: .viewer, setupToken: "setup-token-late", expiresAt: Harness.october.addingTimeInterval(60),
                                     passwordHash: nil, by: Actor("admin", at: Harness.october))
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            // Before set-up the account cannot log in.
            #expect(try await browser.logInAnalyst("newbie").status == .unauthorized)
            let form = try await browser.get("/setup?token=setup-token-newbie")
            #expect(form.status == .ok)
            #expect(form.text.contains("newbie"))
            let csrf = Browser.hidden("_csrf", in: form.text)
            let short = try await browser.postURLEncoded("/setup", [("_csrf", csrf), ("token", "setup-token-newbie"), ("password", "short"), ("repeat", "short")])
            #expect(short.status == .unprocessableContent)
            let good = try await browser.postURLEncoded("/setup", [("_csrf", csrf), ("token", "setup-token-newbie"),
                                                                   ("password", "a long enough password"), ("repeat", "a long enough password")])
            #expect(good.headers[.location] == "/login?set=1")
            #expect(try await browser.get("/setup?token=setup-token-newbie").status == .notFound)
            var fresh = Browser(client)
            #expect(try await fresh.logInAnalyst("newbie", password: "a long enough password").status == .seeOther)
            harness.clock.advance(by: 120)
            #expect(try await browser.get("/setup?token=setup-token-late").status == .notFound)
        }
        let row = try #require(try harness.store.analysts().first { $0.name == "newbie" })
        #expect(row.hasPassword && row.setupExpiresAt == nil)
    }

    @Test func disablingAnAccountEndsItsSessionAtOnce() async throws {
        let harness = try Harness.workspace()
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            try await browser.logInAnalyst("ana")
            #expect(try await browser.get("/institutions").status == .ok)
            try harness.store.disableAnalyst(name: "ana", by: Actor("admin", at: Harness.october))
            #expect(try await browser.get("/institutions").headers[.location] == "/login?ended=1")
            var again = Browser(client)
            #expect(try await again.logInAnalyst("ana").status == .unauthorized)
        }
    }

    @Test func aBusySessionStillEndsTwelveHoursAfterLogin() async throws {
        let harness = try Harness.workspace()
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            try await browser.logInAnalyst("vic")
            // A request every 25 minutes keeps the session from idling out...
            for _ in 0..<28 {
                harness.clock.advance(by: 25 * 60)
                let page = try await browser.get("/")
                #expect(page.status == .ok)
            }
            // ...but 12 hours after login (11 h 40 min so far, then 25 more minutes) it ends however busy.
            harness.clock.advance(by: 25 * 60)
            #expect(try await browser.get("/").headers[.location] == "/login?ended=1")
        }
    }

    @Test func sessionsEndAfterThirtyIdleMinutesOnTheInjectedClock() async throws {
        let harness = try Harness.workspace()
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            try await browser.logInAnalyst("vic")
            harness.clock.advance(by: 29 * 60)
            #expect(try await browser.get("/").status == .ok)
            harness.clock.advance(by: 31 * 60)
            #expect(try await browser.get("/").headers[.location] == "/login?ended=1")
        }
    }
}
