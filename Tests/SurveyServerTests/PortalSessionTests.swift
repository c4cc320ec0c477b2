import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SurveyCore
import SurveyServer
import SurveyStore
import Testing

/// Login, sessions, CSRF, language and throttling in the browser portal.
@Suite struct PortalSessionTests {
    @Test func loginIssuesANewSessionIDAndLogoutEndsIt() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            // An attacker plants a session id before login.
            let before = "planted-session-id-planted-session-id"
            browser.cookies["chosa_session"] = before
            let form = try await browser.get("/login")
            #expect(form.status == .ok)
            #expect(form.headers[values: .setCookie].isEmpty)
            let csrf = Browser.hidden("_csrf", in: form.text)
            #expect(!csrf.isEmpty)

            var attacker = browser
            #expect(try await attacker.postURLEncoded("/login", [("_csrf", "forged"), ("token", harness.token("NU-001"))]).status == .forbidden)
            let wrong = try await browser.postURLEncoded("/login", [("_csrf", csrf), ("token", "not-the-right-token-at-all-000")])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("aria-invalid=\"true\""))

            let login = try await browser.postURLEncoded("/login", [("_csrf", csrf), ("token", harness.token("NU-001"))])
            #expect(login.status == .seeOther)
            #expect(login.headers[.location] == "/portal")
            let cookie = try #require(login.headers[values: .setCookie].first { $0.hasPrefix("chosa_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"))
            let after = try #require(browser.cookies["chosa_session"])
            #expect(after != before)

            // The pre-login session id (e.g. planted by an attacker) does not reach the portal.
            var planted = Browser(client)
            planted.cookies["chosa_session"] = before
            #expect(try await planted.get("/portal").headers[.location] == "/login")

            let overview = try await browser.get("/portal")
            #expect(overview.status == .ok)
            #expect(overview.text.contains("機関NU-001"))
            let logout = try await browser.postURLEncoded("/logout", [("_csrf", Browser.hidden("_csrf", in: overview.text))])
            #expect(logout.headers[.location] == "/login?bye=1")
            var replay = Browser(client)
            replay.cookies["chosa_session"] = after
            #expect(try await replay.get("/portal").headers[.location] == "/login")
        }
    }

    /// Sessions end by the injected clock (this test once slept on the wall clock and failed on a busy machine).
    @Test func sessionsExpire() async throws {
        let harness = try Harness.make(configuration: ServerConfiguration(port: 0, sessionLifetime: .seconds(2 * 3600), sessionIdleLimit: .seconds(3600)))
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            #expect(try await browser.get("/portal").status == .ok)
            // Active use keeps it alive until the absolute limit...
            for _ in 0..<4 {
                harness.clock.advance(by: 1700)
                #expect(try await browser.get("/portal").status == .ok)
            }
            harness.clock.advance(by: 400)
            #expect(try await browser.get("/portal").headers[.location] == "/login")
            // ...and an hour without a request ends it sooner.
            var idle = Browser(client)
            try await idle.logIn(harness.token("NU-001"))
            harness.clock.advance(by: 3500)
            #expect(try await idle.get("/portal").status == .ok)
            harness.clock.advance(by: 3601)
            #expect(try await idle.get("/portal").headers[.location] == "/login")
        }
    }

    @Test func secureCookiesWhenConfigured() async throws {
        let harness = try Harness.make(configuration: ServerConfiguration(port: 0, secureCookies: true))
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            let response = try await browser.logIn(harness.token("NU-001"))
            let cookie = try #require(response.headers[values: .setCookie].first)
            #expect(cookie.hasPrefix("__Host-chosa_session="))
            #expect(cookie.contains("Secure"))
            #expect(cookie.contains("Path=/"))
        }
    }

    @Test func formsWithoutTheCSRFTokenOrFromElsewhereAreRefused() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            let page = try await browser.get("/portal/sections/basics")
            let csrf = Browser.hidden("_csrf", in: page.text)
            let answers = [("base_revision", "0"), ("a:has_office", "yes")]
            #expect(try await browser.post("/portal/sections/basics", answers).status == .forbidden)
            #expect(try await browser.post("/portal/sections/basics", answers + [("_csrf", "x" + csrf)]).status == .forbidden)
            var elsewhere = browser
            elsewhere.origin = "https://evil.example"
            #expect(try await elsewhere.post("/portal/sections/basics", answers + [("_csrf", csrf)]).status == .forbidden)
            #expect(try await browser.post("/portal/submit", [("submission_id", UUID().uuidString)]).status == .forbidden)
            #expect(try harness.store.draft(institution: "NU-001", survey: "all-types") == nil)
            #expect(try await browser.post("/portal/sections/basics", answers + [("_csrf", csrf)]).status == .seeOther)
        }
    }

    /// Pages are served with `Referrer-Policy: no-referrer`, so a real browser posts their forms (and the script
    /// its fetches) with `Origin: null` and `Sec-Fetch-Site: same-origin`; found by `make browser-check`, where
    /// Chromium could not log in at all.
    @Test func postsFromOurOwnNoReferrerPagesAreAccepted() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            browser.origin = "null"
            browser.fetchSite = "same-origin"
            #expect(try await browser.logIn(harness.token("NU-001")).status == .seeOther)
            let page = try await browser.get("/portal/sections/basics")
            #expect(page.status == .ok)
            let answers = [("_csrf", Browser.hidden("_csrf", in: page.text)), ("base_revision", "0"), ("a:has_office", "yes")]
            for site in ["cross-site", "same-site", "none"] {
                var elsewhere = browser
                elsewhere.fetchSite = site
                #expect(try await elsewhere.post("/portal/sections/basics", answers).status == .forbidden)
            }
            var mismatched = browser
            mismatched.origin = "https://evil.example"
            #expect(try await mismatched.post("/portal/sections/basics", answers).status == .forbidden)
            #expect(try harness.store.draft(institution: "NU-001", survey: "all-types") == nil)
            #expect(try await browser.post("/portal/sections/basics", answers).status == .seeOther)
        }
    }

    @Test func revokingTheKeyEndsTheSession() async throws {
        let harness = try Harness.make(keys: 2)
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001", 1))
            #expect(try await browser.get("/portal").status == .ok)
            try harness.store.revokeInvitation(tokenSha256: InvitationToken.hash(harness.token("NU-001", 1)), by: Actor("test", at: Harness.october))
            #expect(try await browser.get("/portal").headers[.location] == "/login?ended=1")
        }
    }

    @Test func failedLoginsAreThrottled() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            for _ in 0..<10 { #expect(try await browser.logIn("wrong-token-wrong-token-wrong-00").status == .unauthorized) }
            let throttled = try await browser.logIn("wrong-token-wrong-token-wrong-00")
            #expect(throttled.status == .tooManyRequests)
            #expect(throttled.headers[.retryAfter] != nil)
            // Only failures are throttled: a colleague at the same address with the right token gets in.
            #expect(try await browser.logIn(harness.token("NU-001")).status == .seeOther)
            harness.clock.advance(by: 60)
            var colleague = Browser(client)
            #expect(try await colleague.logIn("wrong-token-wrong-token-wrong-00").status == .unauthorized)
        }
    }

    @Test func theLanguageSwitchReturnsOnlyToThisSite() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            let switched = try await browser.get("/language/en?back=%2Fportal%2Freview")
            #expect(switched.headers[.location] == "/portal/review")
            #expect(browser.cookies["chosa_lang"] == "en")
            #expect(try await browser.get("/login").text.contains("<html lang=\"en\">"))
            for hostile in ["%2F%2Fevil.example", "https%3A%2F%2Fevil.example", "%2F%5Cevil.example"] {
                #expect(try await browser.get("/language/ja?back=\(hostile)").headers[.location] == "/portal")
            }
            #expect(try await browser.get("/login").text.contains("<html lang=\"ja\">"))
        }
    }

    @Test func theLoginLinkFillsTheTokenWithoutLoggingIn() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            let page = try await browser.get("/login?token=\(harness.token("NU-001"))")
            #expect(page.status == .ok)
            #expect(page.headers[.referrerPolicy] == "no-referrer")
            #expect(Browser.hidden("token", in: page.text.replacingOccurrences(of: "type=\"password\" id=\"token\" ", with: "")) == harness.token("NU-001"))
            #expect(try await browser.get("/portal").headers[.location] == "/login")
        }
    }
}

extension HTTPField.Name {
    static var referrerPolicy: Self { Self("Referrer-Policy") ?? .contentType }
}
