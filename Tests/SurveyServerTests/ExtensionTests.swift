import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SurveyCore
import SurveyServer
import SurveyStore
import Testing

/// `chosa extend` gives one institution more time: the portal and API take its answers after the deadline, and
/// every other institution stays closed.
@Suite struct ExtensionTests {
    @Test func anExtendedInstitutionMayStillAnswerAndOthersMayNot() async throws {
        let harness = try Harness.make()
        let version = try harness.store.catalog().selected(nil)
        try harness.store.extend(institution: "NU-001", survey: version, until: try #require(CivilDate(iso: "2023-11-10")),
                                 reason: "Power cut at the office", by: Actor("analyst", at: Harness.october))
        harness.clock.set(Harness.afterDeadline)
        try await harness.app().test(.router) { client in
            let extended = APIClient(client, token: harness.token("NU-001"))
            let saved = try await extended.save(["has_office": "no"], base: 0)
            #expect(saved.status == .ok)
            let me = try await extended.get("me").json()
            #expect(me["deadline"]?.string == "2023-11-10")
            #expect(me["open"] == .bool(true))
            let other = APIClient(client, token: harness.token("PU-002"))
            let refused = try await other.save(["has_office": "no"], base: 0)
            #expect(refused.status == .forbidden)
            let otherMe = try await other.get("me").json()
            #expect(otherMe["deadline"]?.string == "2023-10-31")
            #expect(otherMe["open"] == .bool(false))
        }
        #expect(try harness.store.draft(institution: "PU-002", survey: version.survey.id) == nil)
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            let page = try await browser.get("/portal/sections/basics")
            #expect(page.text.contains("name=\"a:has_office\""))
            #expect(!page.text.contains("disabled"))
        }
    }
}
