import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SurveyCore
import SurveyServer
import SurveyStore
import Testing

/// Sessions live in the database (issue 10) and exist only from login (issue 16, finding 6).
@Suite struct DatabaseSessionTests {
    @Test func anonymousVisitsStoreNothing() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { (client) async throws in
            for _ in 0..<100 {
                let form = try await client.execute(uri: "/login", method: .get)
                #expect(form.status == .ok)
                #expect(form.headers[values: .setCookie].isEmpty)
            }
            #expect(try harness.store.sessionCount(kind: "portal") == 0)
            // The stateless form token still logs in, once, and the login makes the one session.
            var browser = Browser(client)
            #expect(try await browser.logIn(harness.token("NU-001")).status == .seeOther)
            #expect(try harness.store.sessionCount(kind: "portal") == 1)
        }
    }

    @Test func aForgedOrExpiredLoginFormTokenIsRefused() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { (client) async throws in
            var browser = Browser(client)
            let form = try await browser.get("/login")
            let token = Browser.hidden("_csrf", in: form.text)
            let seconds = try #require(token.split(separator: ".").first)
            let forged = "\((Int(seconds) ?? 0) + 7200).\(token.split(separator: ".").last ?? "")"
            #expect(try await browser.postURLEncoded("/login", [("_csrf", forged), ("token", harness.token("NU-001"))]).status == .forbidden)
            harness.clock.advance(by: 3601)
            #expect(try await browser.postURLEncoded("/login", [("_csrf", token), ("token", harness.token("NU-001"))]).status == .forbidden)
            #expect(try harness.store.sessionCount(kind: "portal") == 0)
        }
    }

    @Test func aRestartLogsNoOneOut() async throws {
        let harness = try Harness.make()
        let cookies = try await harness.app().test(.router) { client -> [String: String] in
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            #expect(try await browser.get("/portal").status == .ok)
            return browser.cookies
        }
        // A new application over the same database: the server restarted.
        try await harness.app().test(.router) { (client) async throws in
            var browser = Browser(client)
            browser.cookies = cookies
            let overview = try await browser.get("/portal")
            #expect(overview.status == .ok)
            #expect(overview.text.contains("機関NU-001"))
        }
        // Only the id's hash is stored.
        let id = try #require(cookies["chosa_session"])
        let stored = try await harness.store.writer.read { try String.fetchAll($0, sql: "SELECT id_sha256 FROM session") }
        #expect(!stored.contains(id))
        #expect(stored.count == 1)
    }

    @Test func storedSessionsEndByTheClockAndCanBeEndedBySubject() throws {
        let store = try SurveyStore.inMemory()
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(try store.createSession(id: "a", kind: "portal", subject: "NU-001", data: "{}", now: start,
                                        expiresAt: start + 7200, idleLimit: 3600))
        #expect(try !store.createSession(id: "a", kind: "portal", subject: "NU-001", data: "{}", now: start,
                                         expiresAt: start + 7200, idleLimit: 3600))
        #expect(try store.session(id: "a", kind: "analyst", now: start, idleLimit: 3600) == nil)
        #expect(try store.session(id: "a", kind: "portal", now: start + 3000, idleLimit: 3600)?.subject == "NU-001")
        #expect(try store.session(id: "a", kind: "portal", now: start + 6000, idleLimit: 3600) != nil)
        #expect(try store.session(id: "a", kind: "portal", now: start + 7200, idleLimit: 3600) == nil)
        #expect(try store.sessionCount(kind: "portal") == 0)
        _ = try store.createSession(id: "b", kind: "portal", subject: "NU-001", data: "{}", now: start, expiresAt: start + 7200, idleLimit: 3600)
        _ = try store.createSession(id: "c", kind: "portal", subject: "PU-002", data: "{}", now: start, expiresAt: start + 7200, idleLimit: 3600)
        try store.deleteSessions(kind: "portal", subject: "NU-001")
        #expect(try store.session(id: "b", kind: "portal", now: start, idleLimit: 3600) == nil)
        #expect(try store.session(id: "c", kind: "portal", now: start, idleLimit: 3600) != nil)
    }
}
