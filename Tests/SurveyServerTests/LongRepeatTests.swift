import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SurveyCore
import SurveyServer
import SurveyStore
import Testing

/// A repeat may have 500 entries (foreign funding): its section is shown a page of entries at a time, and saving a
/// page keeps the entries on other pages (issue 16, finding 2).
@Suite struct LongRepeatTests {
    static func funders(_ count: Int) -> JSONValue {
        .array((0..<count).map { index in
            .object(["funder_name": .string("Funder \(index)"), "funder_country": "US", "funder_type": "government",
                     "funding_amount_jpy": .number(Double(index + 1)), "funding_reviewed": "yes"])
        })
    }

    @Test func fiveHundredEntriesAreShownAPageAtATime() async throws {
        let harness = try Harness.make(real: true)
        try await harness.app().test(.router) { (client) async throws in
            let api = APIClient(client, token: harness.token("NU-001"))
            #expect(try await api.save(["received_foreign_funding": "yes", "foreign_funding": Self.funders(500)], base: 0).status == .ok)
            var browser = Browser(client)
            browser.cookies["chosa_lang"] = "en"
            try await browser.logIn(harness.token("NU-001"))
            let first = try await browser.get("/portal/sections/profile")
            #expect(first.status == .ok)
            #expect(first.text.contains("Entries 1–25 of 500 (page 1 of 20)"))
            #expect(first.text.contains("value=\"Funder 24\""))
            #expect(!first.text.contains("value=\"Funder 25\""))
            #expect(first.body.readableBytes < 400_000, "a 500-entry section page is \(first.body.readableBytes) bytes")
            let last = try await browser.get("/portal/sections/profile?page=20")
            #expect(last.text.contains("value=\"Funder 499\""))
            #expect(!last.text.contains("value=\"Funder 0\""))
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
                let name = index == 25 ? "Renamed" : "Funder \(index)"
                fields += [("a:foreign_funding:\(index):funder_name", name), ("a:foreign_funding:\(index):funder_country", "US"),
                           ("a:foreign_funding:\(index):funder_type", "government"),
                           ("a:foreign_funding:\(index):funding_amount_jpy", String(index + 1)),
                           ("a:foreign_funding:\(index):funding_reviewed", "yes")]
            }
            let saved = try await browser.post("/portal/sections/profile", fields)
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/portal/sections/profile?saved=2&page=3")
            let draft = try #require(try harness.store.draft(institution: "NU-001", survey: "cao-research-integrity-2023"))
            let rows = draft.answers["foreign_funding"]?.array ?? []
            #expect(rows.count == 59)
            #expect(rows.first?["funder_name"] == "Funder 0")
            #expect(rows[25]["funder_name"] == "Renamed")
            #expect(rows[49]["funder_name"] == "Funder 50")
            #expect(rows.last?["funder_name"] == "Funder 59")
        }
    }
}
