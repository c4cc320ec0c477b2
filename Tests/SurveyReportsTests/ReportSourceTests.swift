import Foundation
import Testing
@testable import SurveyCLI
@testable import SurveyCore
@testable import SurveyReports
@testable import SurveyServices
@testable import SurveyStore

/// The report's input read in one pass (each submission parsed, evaluated and scored once, on every core) equals the
/// input built the slow way — every card re-scored through `CurrentScores`, every form evaluated again for its
/// answers — and follows the record: a new review or a new submission changes exactly that institution's card.
@Suite struct ReportSourceTests {
    static let survey = "cao-research-integrity-2023"

    /// The input built the slow way, one institution at a time, in roster order.
    static func slowInput(_ store: SurveyStore) throws -> [ReportInstitution] {
        let catalog = try store.catalog()
        let loaded = try catalog.selected(nil)
        let questions = ReportQuestion.all(in: loaded.survey)
        let cards = try CurrentScores.cards(store: store, catalog: catalog, survey: survey)
        let drafted = try store.institutionsWithDraft(survey: survey)
        let invited = Set(try store.invitations().map(\.institutionId))
        return try store.institutions().compactMap { institution in
            guard let category = InstitutionCategory(rawValue: institution.category) else { return nil }
            if let card = cards[institution.id]?.card {
                let latest = try #require(try store.latestSubmission(of: institution.id, survey: survey))
                let (_, form) = try store.evaluate(latest, catalog: catalog)
                return ReportInstitution(category: category, card: card, answers: ReportAnswers(form, questions: questions))
            }
            if drafted.contains(institution.id) { return ReportInstitution(category: category, status: .started) }
            return ReportInstitution(category: category, status: invited.contains(institution.id) ? .invited : .rostered)
        }
    }

    static func input(_ store: SurveyStore) throws -> ReportInput {
        try ReportSource.input(store: store, surveyID: nil, now: Date(timeIntervalSince1970: 1_710_460_800), version: "test")
    }

    @Test func onePassEqualsRescoringEverythingAndFollowsTheRecord() throws {
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SurveyStore.open(path: try DatabaseReportTests.database(in: folder))
        var steps: [(Int, Int)] = []
        let first = try ReportSource.input(store: store, surveyID: nil, now: Date(timeIntervalSince1970: 1_710_460_800), version: "test") {
            steps.append(($0, $1))
        }
        let slow = try Self.slowInput(store)
        #expect(first.institutions == slow)
        #expect(first.institutions.filter { $0.card != nil }.count >= 30)
        #expect(first.institutions.allSatisfy { ($0.card == nil) == ($0.answers == nil) })
        #expect(steps.last.map { $0.0 == $0.1 } == true, "progress ends at its total: \(steps)")
        // Stored scores (as `chosa score` leaves them) change nothing.
        try store.scoreLatestSubmissions(survey: Self.survey, catalog: try store.catalog(), save: true, by: DatabaseReportTests.actor)
        #expect(try Self.input(store).institutions == slow)

        // An analyst's verification and a new submission after scoring: exactly those two cards change.
        let catalog = try store.catalog()
        let version = try catalog.latest(Self.survey)
        let roster = try store.institutions()
        let cards = try CurrentScores.cards(store: store, catalog: catalog, survey: Self.survey)
        let reviewed = try #require(roster.first { cards[$0.id]?.card.measures.contains { $0.evidence < .e3 && $0.status != .notApplicable } == true })
        let measure = try #require(cards[reviewed.id]?.card.measures.first { $0.evidence < .e3 && $0.status != .notApplicable })
        #expect(try store.verify(institution: reviewed.id, measure: measure.id, level: .e3, note: "checked the register", version: version,
                                 by: DatabaseReportTests.actor))
        let resubmitter = try #require(roster.last { cards[$0.id] != nil && $0.id != reviewed.id })
        let donor = try #require(roster.first { cards[$0.id] != nil && cards[$0.id]?.card.laxity != cards[resubmitter.id]?.card.laxity })
        let latest = try #require(try store.latestSubmission(of: resubmitter.id, survey: Self.survey))
        let donated = try store.responseFile(try #require(try store.latestSubmission(of: donor.id, survey: Self.survey)),
                                             surveyID: Self.survey, verification: [:])
        var response = try store.responseFile(latest, surveyID: Self.survey, verification: [:])
        (response.answers, response.evidence) = (donated.answers, donated.evidence)
        response.submissionID = "00000000-0000-4000-8000-999999999999"
        response.submittedAt = Timestamp.tokyo(DatabaseReportTests.actor.now.addingTimeInterval(86_400))
        _ = try store.recordSubmission(response, version: version, source: .import, by: DatabaseReportTests.actor)

        let second = try Self.input(store)
        #expect(second.institutions == (try Self.slowInput(store)))
        let ids = roster.filter { InstitutionCategory(rawValue: $0.category) != nil }.map(\.id)
        var changed: Set<String> = []
        for (index, id) in ids.enumerated() where first.institutions[index] != second.institutions[index] { changed.insert(id) }
        #expect(changed == [reviewed.id, resubmitter.id])
        let index = try #require(ids.firstIndex(of: reviewed.id))
        #expect(second.institutions[index].card?.measure(measure.id)?.evidence == .e3)
    }
}

/// Progress lines: none in a short run, then at most one per interval, on an injected clock.
@Suite struct ProgressLineTests {
    final class FakeClock: @unchecked Sendable {
        var instant = ContinuousClock.now
    }

    @Test func quietForShortRunsThenOneLinePerInterval() {
        let clock = FakeClock()
        var lines: [String] = []
        let progress = ProgressLine(language: .en, interval: .seconds(5), now: { clock.instant }, write: { lines.append($0) })
        let step = Message(en: "report: scoring", ja: "報告書: 採点")
        let unit = Message(en: "submissions", ja: "件の提出回答")
        for done in stride(from: 0, through: 1_000, by: 100) {
            clock.instant += .milliseconds(400)
            progress.update(step, done: done, total: 100_000, unit: unit)
        }
        #expect(lines.isEmpty, "a run under five seconds prints nothing")
        clock.instant += .seconds(1)
        progress.update(step, done: 42_000, total: 100_000, unit: unit)
        progress.update(step, done: 43_000, total: 100_000, unit: unit)
        #expect(lines == ["report: scoring: 42,000 of 100,000 submissions (42%)"])
        clock.instant += .seconds(5)
        progress.update(Message(en: "report: writing", ja: "報告書: 書き出し"))
        #expect(lines.last == "report: writing …")
        let japanese = ProgressLine(language: .ja, interval: .zero, now: { clock.instant }, write: { lines.append($0) })
        japanese.update(step, done: 5, total: 10, unit: unit)
        #expect(lines.last == "報告書: 採点: 10 件の提出回答中 5 (50%)")
    }
}
