import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SurveyCore
import SurveyServer
import SurveyStore
import Testing

/// A repeat may have hundreds of entries (foreign funding, up to the questionnaire's maximum): its section is shown a
/// page of entries at a time, and saving a page keeps the entries on other pages (issue 16, finding 2). Entries are
/// told apart by their amount, 1,000,000 + their index.
@Suite struct LongRepeatTests {
    static func funders(_ count: Int) -> JSONValue {
        .array((0..<count).map { index in
            .object(["funder_country": "china", "funder_type": "government", "agreement_count": 1,
                     "funding_amount_jpy": .number(Double(1_000_000 + index)), "agreements_reviewed": 1])
        })
    }

    /// The most entries the real questionnaire takes.
    static let most = 200

    @Test func theMostEntriesAreShownAPageAtATime() async throws {
        let harness = try Harness.make(real: true)
        try await harness.app().test(.router) { (client) async throws in
            let api = APIClient(client, token: harness.token("NU-001"))
            #expect(try await api.save(["received_foreign_funding": "yes", "foreign_funding": Self.funders(Self.most)], base: 0).status == .ok)
            var browser = Browser(client)
            browser.cookies["chosa_lang"] = "en"
            try await browser.logIn(harness.token("NU-001"))
            let first = try await browser.get("/portal/sections/profile")
            #expect(first.status == .ok)
            #expect(first.text.contains("Entries 1–25 of 200 (page 1 of 8)"))
            #expect(first.text.contains("value=\"1000024\""))
            #expect(!first.text.contains("value=\"1000025\""))
            #expect(first.body.readableBytes < 400_000, "a 200-entry section page is \(first.body.readableBytes) bytes")
            let last = try await browser.get("/portal/sections/profile?page=8")
            #expect(last.text.contains("value=\"1000199\""))
            #expect(!last.text.contains("value=\"1000000\""))
        }
    }

    @Test func savingOnePageKeepsTheOthers() async throws {
        let harness = try Harness.make(real: true)
        try await harness.app().test(.router) { (client) async throws in
            let api = APIClient(client, token: harness.token("NU-001"))
            #expect(try await api.save(["received_foreign_funding": "yes", "foreign_funding": Self.funders(60)], base: 0).status == .ok)
            var browser = Browser(client)
            try await browser.logIn(harness.token("NU-001"))
            let page = try await browser.get("/portal/sections/profile?page=2")
            var fields = [("_csrf", Browser.hidden("_csrf", in: page.text)), ("base_revision", "1"), ("page", "2"),
                          ("a:received_foreign_funding", "yes"), ("rows:foreign_funding", "24"), ("rowsFrom:foreign_funding", "25"),
                          ("rowsShown:foreign_funding", "25"), ("action", "page:3")]
            // Entry 26 (index 25) edited, entry 50 (index 49) removed from the page.
            for index in 25..<49 {
                let amount = index == 25 ? "42" : String(1_000_000 + index)
                fields += [("a:foreign_funding:\(index):funder_country", "china"), ("a:foreign_funding:\(index):funder_type", "government"),
                           ("a:foreign_funding:\(index):agreement_count", "1"),
                           ("a:foreign_funding:\(index):funding_amount_jpy", amount),
                           ("a:foreign_funding:\(index):agreements_reviewed", "1")]
            }
            let saved = try await browser.post("/portal/sections/profile", fields)
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/portal/sections/profile?saved=2&page=3")
            let draft = try #require(try harness.store.draft(institution: "NU-001", survey: "cao-research-integrity-2023"))
            let rows = draft.answers["foreign_funding"]?.array ?? []
            #expect(rows.count == 59)
            #expect(rows.first?["funding_amount_jpy"] == 1_000_000)
            #expect(rows[25]["funding_amount_jpy"] == 42)
            #expect(rows[49]["funding_amount_jpy"] == 1_000_050)
            #expect(rows.last?["funding_amount_jpy"] == 1_000_059)
        }
    }
}
