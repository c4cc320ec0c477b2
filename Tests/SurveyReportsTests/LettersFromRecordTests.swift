import ArgumentParser
import Foundation
import Testing
@testable import SurveyCLI
@testable import SurveyCore
@testable import SurveyReports
@testable import SurveyStore

/// `chosa letters` from the database: the letters agree with the record (overrides and verifications applied), as
/// stored scores do — the case where an override made an institution 要改善 but the letter still said 不十分.
@Suite struct LettersFromRecordTests {
    static func run(_ arguments: [String]) throws {
        var command = try LettersCommand.parse(arguments)
        try command.run()
    }

    @Test func lettersFollowTheOverriddenCard() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chosa-letters-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = try DatabaseReportTests.database(in: folder)
        let store = try SurveyStore.open(path: path)
        let catalog = try store.catalog()
        let version = try catalog.selected(nil)
        // An institution with a critical gap: its letter names it; after an override to met, it no longer does.
        let cards = try SurveyServicesCards.current(store)
        let (institution, card) = try #require(cards.first { !$0.value.criticalUnmet.isEmpty }.map { ($0.key, $0.value) })
        let measure = try #require(card.criticalUnmet.first)
        let title = try #require(version.rubric.measures.first { $0.id == measure }?.title.text(.ja))
        try Self.run(["--db", path, "--out", folder.appendingPathComponent("before").path, "--institution", institution, "--lang", "ja",
                      "--date", "2023-12-01"])
        let before = try String(contentsOf: folder.appendingPathComponent("before/\(institution).md"), encoding: .utf8)
        #expect(before.contains(title))
        #expect(before.contains("令和5年12月1日"))
        try store.override(institution: institution, measure: measure, status: .met, evidence: .e3, reason: "Regulation checked on site",
                           version: version, by: DatabaseReportTests.actor)
        try Self.run(["--db", path, "--out", folder.appendingPathComponent("after").path, "--institution", institution, "--lang", "ja",
                      "--date", "2023-12-01"])
        let stored = try SurveyServicesCards.current(store)[institution]
        let afterURL = folder.appendingPathComponent("after/\(institution).md")
        if stored?.verdict == .adequate {
            #expect(!FileManager.default.fileExists(atPath: afterURL.path))
        } else {
            let after = try String(contentsOf: afterURL, encoding: .utf8)
            #expect(!after.contains("**1. \(title)"))
            #expect(after.contains(try #require(stored?.verdict.label.ja)))
        }
        // Only the institution asked for; an unknown one is refused.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("before").path).sorted()
                == ["\(institution).html", "\(institution).md"])
        #expect(throws: (any Error).self) {
            try Self.run(["--db", path, "--out", folder.appendingPathComponent("x").path, "--institution", "NOPE-1"])
        }
    }
}

extension LettersFromRecordTests {
    @Test func issuingRegistersOnceAndOpensARequestPerGap() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chosa-issue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = try DatabaseReportTests.database(in: folder)
        let store = try SurveyStore.open(path: path)
        let cards = try SurveyServicesCards.current(store)
        let (institution, card) = try #require(cards.sorted { $0.key < $1.key }.first { $0.value.verdict != .adequate }.map { ($0.key, $0.value) })
        let survey = try store.catalog().selected(nil).survey.id
        let arguments = ["--db", path, "--out", folder.appendingPathComponent("issued").path, "--institution", institution, "--lang", "ja",
                         "--date", "2023-11-30", "--issue", "--number-format", "府科事第{n}号"]
        try Self.run(arguments)
        let letter = try #require(try store.letter(survey: survey, institution: institution))
        #expect(letter.number == "府科事第1号")
        // 30 days after 30 November 2023 is 30 December, in the year-end closure: the reply is due on 4 January 2024.
        #expect(letter.replyBy.description == "2024-01-04")
        let requests = try store.requests(survey: survey, institution: institution)
        let gaps = card.measures.filter { $0.status == .notMet || $0.status == .partial }.count
        #expect(requests.count == gaps && gaps > 0)
        let text = try String(contentsOf: folder.appendingPathComponent("issued/\(institution).md"), encoding: .utf8)
        #expect(text.contains("府科事第1号") && text.contains("令和6年1月4日"))
        // Issuing again, even with another date and format, duplicates nothing and rewrites the same letter.
        try Self.run(arguments.dropLast(2) + ["--number-format", "別{n}号"])
        #expect(try store.letter(survey: survey, institution: institution) == letter)
        #expect(try store.requests(survey: survey, institution: institution).count == gaps)
        #expect(try String(contentsOf: folder.appendingPathComponent("issued/\(institution).md"), encoding: .utf8) == text)
        #expect(throws: (any Error).self) { try Self.run(["--db", path, "--out", folder.path, "--issue", "--number-format", "no sequence"]) }
    }
}

extension LettersFromRecordTests {
    @Test func aVerdictRestingOnOneAnswerWaitsForConfirmation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chosa-gate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = try DatabaseReportTests.database(in: folder)
        let store = try SurveyStore.open(path: path)
        let cards = try SurveyServicesCards.current(store)
        let survey = try store.catalog().selected(nil).survey.id
        let (institution, card) = try #require(cards.sorted { $0.key < $1.key }.first { $0.value.restsOnOneAnswer }.map { ($0.key, $0.value) },
                                               "no margin-1 verdict in the fixture")
        let arguments = ["--db", path, "--out", folder.appendingPathComponent("out").path, "--institution", institution, "--issue"]
        try Self.run(arguments)
        #expect(try store.letter(survey: survey, institution: institution) == nil)
        #expect(try store.requests(survey: survey, institution: institution).isEmpty)
        let latest = try #require(try store.latestSubmission(of: institution, survey: survey))
        try store.confirmVerdict(institution: institution, survey: survey, submissionID: latest.submissionId, card: card,
                                 note: "Checked the attachment", by: DatabaseReportTests.actor)
        try Self.run(arguments)
        #expect(try store.letter(survey: survey, institution: institution)?.verdict == card.verdict.rawValue)
    }
}

/// The current cards of the most recently loaded survey, by institution.
enum SurveyServicesCards {
    static func current(_ store: SurveyStore) throws -> [String: ScoreCard] {
        let catalog = try store.catalog()
        var cards: [String: ScoreCard] = [:]
        try store.scoreLatestSubmissions(survey: try catalog.selected(nil).survey.id, catalog: catalog, save: false,
                                         by: DatabaseReportTests.actor) { cards[$0.institution.id] = $0.card }
        return cards
    }
}
