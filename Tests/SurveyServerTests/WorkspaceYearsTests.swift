import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SurveyCore
import SurveyServer
import SurveyStore
import Testing

/// The workspace in a second survey year: an institution's answers with last year's beside them, and `?survey=`
/// to look at the earlier year.
@Suite struct WorkspaceYearsTests {
    @Test func answersShowLastYearsBesideThem() async throws {
        let harness = try Harness.make()
        try harness.store.addAnalyst(name: "vic", role: .viewer, setupToken: nil, expiresAt: nil, passwordHash: Harness.analystHash,
                                     by: Actor("setup", at: Harness.october))
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: harness.token("NU-001"))
            #expect(try await api.save(["has_office": "yes", "office_name": "Integrity office", "colours": ["red"], "staff": 12], base: 0).status == .ok)
            let submitted = try await api.submit("00000000-0000-4000-8000-0000000000b1")
            #expect(submitted.status == .created)
        }
        try SurveyYearsPortalTests.loadNextYear(harness)
        let tokens = try SurveyYearsPortalTests.tokens(harness)
        harness.clock.set(SurveyYearsPortalTests.october2024)
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: tokens["NU-001"] ?? "")
            let draft = try await api.get("response").json()
            let revision = Int(draft["revision"]?.number ?? 0)
            #expect(try await api.save(["has_office": "yes", "office_title": "Research integrity office <i>", "colours": ["red"], "staff": 14],
                                       base: revision).status == .ok)
            let submitted = try await api.submit("00000000-0000-4000-8000-0000000000b2")
            #expect(submitted.status == .created)
        }
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.logInAnalyst("vic").status == .seeOther)
            let page = try await browser.get("/institutions/NU-001")
            #expect(page.status == .ok)
            #expect(page.text.contains("Research integrity office &lt;i&gt;"))
            #expect(page.text.contains("Integrity office"), "last year's answer beside this year's")
            #expect(page.text.contains("前回調査"))
            let earlier = try await browser.get("/institutions/NU-001?survey=all-types")
            #expect(earlier.text.contains("Integrity office") && !earlier.text.contains("前回調査"))
            let unknown = try await browser.get("/institutions/NU-001?survey=no-such-survey")
            #expect(unknown.status == .notFound)
        }
        try harness.store.addAnalyst(name: "ana", role: .analyst, setupToken: nil, expiresAt: nil, passwordHash: Harness.analystHash,
                                     by: Actor("setup", at: Harness.october))
        try await harness.workspaceApp().test(.router) { client in
            var browser = Browser(client)
            try await browser.logInAnalyst("ana")
            // A form on last year's page acts on last year's survey, and the redirect stays there.
            let earlier = try await browser.get("/institutions/NU-001?survey=all-types")
            #expect(earlier.text.contains("action=\"/institutions/NU-001/verify?survey=all-types\""))
            let csrf = Browser.hidden("_csrf", in: earlier.text)
            let verified = try await browser.postURLEncoded("/institutions/NU-001/verify?survey=all-types",
                                                            [("_csrf", csrf), ("measure", "office"), ("level", "E2"), ("note", "2023 records")])
            #expect(verified.headers[.location] == "/institutions/NU-001?saved=1&survey=all-types#score")
        }
        #expect(try harness.store.reviews(of: "NU-001", survey: "all-types")["office"]?.verificationNote == "2023 records")
        #expect(try harness.store.reviews(of: "NU-001", survey: SurveyYearsPortalTests.nextYear)["office"] == nil)
    }
}
