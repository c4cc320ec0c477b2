import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SurveyCore
@testable import SurveyServer
import SurveyStore
import Testing

/// What each role may do in the workspace, and that an analyst's daily work changes the score and the audit log.
@Suite struct WorkspaceActionTests {
    /// One write of the workspace: its path and fields (the CSRF token is added).
    struct Action: Sendable {
        let name: String
        let path: String
        let fields: [(String, String)]
        let least: AnalystRole
    }

    static let actions: [Action] = [
        Action(name: "verify", path: "/institutions/NU-001/verify",
               fields: [("measure", "gov_accountable_executive"), ("level", "E3"), ("note", "minutes checked")], least: .analyst),
        Action(name: "override", path: "/institutions/NU-001/override",
               fields: [("measure", "gov_accountable_executive"), ("status", "partial"), ("evidence", ""), ("reason", "only on paper")], least: .analyst),
        Action(name: "extend", path: "/institutions/PU-002/extend", fields: [("until", "2023-12-15"), ("reason", "fire in the office")], least: .analyst),
        Action(name: "assign", path: "/queue/NU-001/assign", fields: [("assignee", "ana")], least: .analyst),
        Action(name: "done", path: "/queue/NU-001/done", fields: [], least: .analyst),
        Action(name: "add account", path: "/accounts", fields: [("name", "intern"), ("role", "viewer")], least: .admin),
        Action(name: "disable account", path: "/accounts/vic/disable", fields: [], least: .admin),
    ]

    static let reads = ["/", "/institutions", "/institutions/NU-001", "/queue", "/requests", "/audit", "/exports", "/exports/scores.csv",
                        "/exports/responses.json", "/report"]

    @Test(arguments: [AnalystRole.viewer, .analyst, .admin])
    func eachRoleMayDoWhatItsRoleAllowsAndNothingElse(role: AnalystRole) async throws {
        let harness = try Harness.workspace()
        let name = ["admin": "admin", "analyst": "ana", "viewer": "vic"][role.rawValue] ?? ""
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.logInAnalyst(name).status == .seeOther)
            for path in Self.reads {
                #expect(try await browser.get(path).status == .ok, "\(role) GET \(path)")
            }
            #expect(try await browser.get("/accounts").status == (role >= .admin ? .ok : .forbidden))
            let csrf = try await browser.csrf()
            for action in Self.actions {
                let before = try harness.auditCount()
                let response = try await browser.postURLEncoded(action.path, [("_csrf", csrf)] + action.fields)
                if role >= action.least {
                    #expect(response.status == .seeOther || response.status == .ok, "\(role) \(action.name): \(response.status)")
                    let written = try harness.store.auditEntries(AuditFilter(actor: name, limit: 1)).first
                    #expect(try harness.auditCount() > before, "\(role) \(action.name) is audited")
                    #expect(written?.actor == name)
                } else {
                    #expect(response.status == .forbidden, "\(role) \(action.name)")
                    #expect(try harness.auditCount() == before, "\(role) \(action.name) changed nothing")
                }
            }
        }
    }

    @Test func aPostWithoutTheCSRFTokenOrFromAnotherSiteChangesNothing() async throws {
        let harness = try Harness.workspace()
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            try await browser.logInAnalyst("admin")
            let before = try harness.auditCount()
            let fields = [("measure", "gov_accountable_executive"), ("level", "E3"), ("note", "forged")]
            #expect(try await browser.postURLEncoded("/institutions/NU-001/verify", fields).status == .forbidden)
            let csrf = try await browser.csrf()
            var elsewhere = browser
            elsewhere.origin = "http://evil.example"
            #expect(try await elsewhere.postURLEncoded("/institutions/NU-001/verify", [("_csrf", csrf)] + fields).status == .forbidden)
            // Without a session at all: 401, not a redirect, and nothing written.
            var stranger = Browser(client)
            #expect(try await stranger.postURLEncoded("/institutions/NU-001/verify", fields).status == .unauthorized)
            #expect(try harness.auditCount() == before)
        }
    }

    @Test func verifyingAMeasureChangesTheScoreAndTheAuditLog() async throws {
        let harness = try Harness.workspace()
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            try await browser.logInAnalyst("ana")
            let list = try await browser.get("/institutions?status=submitted")
            #expect(list.text.contains("/institutions/NU-001"))
            #expect(!list.text.contains("/institutions/PU-002"))
            let before = try await browser.get("/institutions/NU-001")
            #expect(before.text.contains("gov_accountable_executive") || before.text.contains("verify-measure"))
            let csrf = Browser.hidden("_csrf", in: before.text)
            let override = try await browser.postURLEncoded("/institutions/NU-001/override", [
                ("_csrf", csrf), ("measure", "gov_accountable_executive"), ("status", "not_met"), ("evidence", ""), ("reason", "no such executive <b>x</b>"),
            ])
            #expect(override.status == .seeOther)
            #expect(override.headers[.location]?.hasPrefix("/institutions/NU-001?saved=1") == true)
            let after = try await browser.get("/institutions/NU-001")
            #expect(after.text.contains("no such executive &lt;b&gt;x&lt;/b&gt;"))
            #expect(!after.text.contains("<b>x</b>"))
            let card = try #require(try harness.store.reviews(of: "NU-001", survey: "cao-research-integrity-2023")["gov_accountable_executive"])
            #expect(card.overrideStatus == .notMet)
            let audit = try await browser.get("/audit?institution=NU-001&analyst=ana")
            #expect(audit.text.contains("override.set"))
            let missing = try await browser.postURLEncoded("/institutions/NU-001/verify", [("_csrf", csrf), ("measure", "no_such_measure"),
                                                                                           ("level", "E2"), ("note", "x")])
            #expect(missing.status == .badRequest)
            #expect(try await browser.postURLEncoded("/institutions/XX-999/verify", [("_csrf", csrf), ("measure", "gov_accountable_executive"),
                                                                                     ("level", "E2"), ("note", "x")]).status == .notFound)
        }
    }

    @Test func evidenceDownloadsOnlyTheInstitutionsOwnFilesAsAttachments() async throws {
        let harness = try Harness.workspace()
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            try await browser.logInAnalyst("vic")
            #expect(try await browser.get("/institutions/NU-001/evidence/" + String(repeating: "0", count: 64)).status == .notFound)
            #expect(try await browser.get("/institutions/NO-SUCH").status == .notFound)
            let preview = try await browser.get("/report/preview.ja.html")
            #expect(preview.status == .ok || preview.status == .badRequest)
            #expect(preview.headers[.contentSecurityPolicy]?.contains("script-src") == false)
        }
    }

    @Test func everyTemplateCompiles() {
        #expect(WorkspaceTemplates.compiled.failure == nil)
    }
}
