import Foundation
import Hummingbird
import HummingbirdTesting
@testable import SurveyServer
import SurveyCore
import SurveyStore
import Testing

/// The review page lists the attachments the assessment reads, and says which ones a claim depends on.
@Suite struct ReviewAttachmentsTests {
    @Test func reviewListsTheAttachmentsThatAffectTheAssessment() async throws {
        let harness = try Harness.make(real: true)
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: harness.token("NU-001"))
            #expect(try await api.save(["export_control_regulation_status": .string("in_force")], base: 0).status == .ok)
            var browser = Browser(client)
            _ = try await browser.get("/language/en")
            try await browser.logIn(harness.token("NU-001"))
            let review = try await browser.get("/portal/review")
            #expect(review.status == .ok)
            let html = review.text
            #expect(html.contains("Attachments used in the assessment"))
            #expect(html.contains("Attach the security export-control regulation that is in force."))
            #expect(html.contains("Evidence for a critical measure"))
            #expect(html.contains("Not attached"))
            #expect(html.contains("Attach training records"), "an always-asked, non-critical attachment is listed too")
            // Not asked yet (the disclosure rules are unanswered), so not listed.
            #expect(!html.contains("Attach the rules on disclosure"))
        }
    }
}
