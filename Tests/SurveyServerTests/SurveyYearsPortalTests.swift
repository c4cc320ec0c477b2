import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SurveyCore
import SurveyServer
import SurveyStore
import Testing

/// A second year in the portal and the API (DESIGN §5.10): the open survey is served, a new draft starts from last
/// year's submission mapped onto the new items, last year's answer shows beside each question, and receipts and
/// drafts of one year never appear in the other.
@Suite struct SurveyYearsPortalTests {
    static let nextYear = "all-types-2024"
    /// 2024-10-01 10:00 Tokyo: the second year's window is open, the first's closed.
    static let october2024 = Date(timeIntervalSince1970: 1_727_744_400)

    /// The fixture re-issued for 2024 with `office_name` renamed `office_title`.
    static func loadNextYear(_ harness: Harness) throws {
        var survey = try String(contentsOf: Harness.folder.appendingPathComponent("all-types/survey.yaml"), encoding: .utf8)
        var rubric = try String(contentsOf: Harness.folder.appendingPathComponent("all-types/rubric.yaml"), encoding: .utf8)
        survey = survey.replacingOccurrences(of: "id: all-types\n", with: "id: \(nextYear)\n")
            .replacingOccurrences(of: "deadline: 2023-10-31", with: "deadline: 2024-10-31\nopens: 2024-04-01\nprevious: {survey: all-types, map: {office_title: office_name}}")
            .replacingOccurrences(of: "office_name", with: "office_title")
            .replacingOccurrences(of: "{office_title: office_title}", with: "{office_title: office_name}")
        rubric = rubric.replacingOccurrences(of: "survey: all-types", with: "survey: \(nextYear)").replacingOccurrences(of: "office_name", with: "office_title")
        let result = CheckedSurvey.check(surveyYAML: Data(survey.utf8), surveyFile: "survey.yaml", rubricYAML: Data(rubric.utf8), rubricFile: "rubric.yaml")
        let checked = try #require(result.checked, "\(result.diagnostics)")
        #expect(checked.survey.previous?.map == ["office_title": "office_name"])
        _ = try harness.store.registerSurvey(checked, by: Actor("test", at: Harness.october))
    }

    /// Fresh tokens (the harness's expire in November 2023), valid for years.
    static func tokens(_ harness: Harness) throws -> [String: String] {
        var random = SeededGenerator(seed: 7)
        var tokens: [String: String] = [:]
        for id in ["NU-001", "PU-002"] {
            tokens[id] = try harness.store.issueAdditionalInvitation(id, expiresAt: Date(timeIntervalSince1970: 4_000_000_000),
                                                                     by: Actor("test", at: Harness.october), using: &random).token
        }
        return tokens
    }

    @Test func aNewYearStartsFromLastYearsAnswers() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: harness.token("NU-001"))
            let saved = try await api.save(["has_office": "yes", "office_name": "Integrity office", "colours": ["red"], "staff": 12], base: 0)
            #expect(saved.status == .ok)
            let submitted = try await api.submit("00000000-0000-4000-8000-0000000000a1")
            #expect(submitted.status == .created)
        }
        try Self.loadNextYear(harness)
        let tokens = try Self.tokens(harness)
        harness.clock.set(Self.october2024)
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: tokens["NU-001"] ?? "")
            let me = try await api.get("me").json()
            #expect(me["survey"]?.string == Self.nextYear)
            let response = try await api.get("response").json()
            #expect(response["revision"]?.number == 0)
            #expect(response["answers"]?["office_title"]?.string == "Integrity office")
            #expect(response["answers"]?["office_name"] == nil)
            #expect(response["answers"]?["staff"]?.number == 12)
            #expect(response["previous"]?["survey"]?.string == "all-types")
            #expect(response["previous"]?["answers"]?["office_title"]?.string == "Integrity office")
            // Last year's receipt is not this year's.
            let receipts = try await api.get("submissions").json()
            #expect(receipts.array.isEmpty)
            #expect(response["status"]?.string == "not_started")
            // Saving the carried answers is an ordinary first save.
            let first = try await api.save(["has_office": "yes", "office_title": "Research integrity office"], base: 0)
            #expect(first.status == .ok)
            #expect(try harness.store.draft(institution: "NU-001", survey: Self.nextYear)?.revision == 1)
            #expect(try harness.store.draft(institution: "NU-001", survey: "all-types")?.answers["office_name"] == .string("Integrity office"))

            // PU-002 never answered last year: an empty draft, no "previous".
            let other = try await APIClient(client, token: tokens["PU-002"] ?? "").get("response").json()
            #expect(other["previous"] == nil)
            #expect(other["answers"] == .object([:]))
        }
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            try await browser.logIn(tokens["NU-001"] ?? "")
            let page = try await browser.get("/portal/sections/basics")
            #expect(page.status == .ok)
            #expect(page.text.contains("前回調査の回答"))
            #expect(page.text.contains("Integrity office"))
        }
    }

    @Test func theOpenSurveyIsServedAndAClosedSeasonShowsTheLatest() async throws {
        let harness = try Harness.make()
        try Self.loadNextYear(harness)
        let tokens = try Self.tokens(harness)
        // October 2023: only the first year's window is open (2024 opens in April 2024), although 2024 was loaded later.
        try await harness.app().test(.router) { client in
            let me = try await APIClient(client, token: harness.token("NU-001")).get("me").json()
            #expect(me["survey"]?.string == "all-types")
        }
        // After both deadlines: the most recently loaded survey, closed.
        harness.clock.set(Date(timeIntervalSince1970: 1_735_657_200))  // 2025-01-01 Tokyo
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: tokens["NU-001"] ?? "")
            let me = try await api.get("me").json()
            #expect(me["survey"]?.string == Self.nextYear)
            let refused = try await api.save(["has_office": "no"], base: 0)
            #expect(refused.status == .forbidden)
        }
    }
}
