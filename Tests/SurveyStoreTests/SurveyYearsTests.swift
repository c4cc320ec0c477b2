import Foundation
import GRDB
import SurveyCore
import SurveyServices
@testable import SurveyStore
import Testing

/// One database, two survey years (DESIGN §5.10): loading, importing and scoring the second year never changes a
/// figure of the first; each command reads the year it is asked for.
@Suite struct SurveyYearsTests {
    static let year1 = "cao-research-integrity-2023"

    /// The first year imported, reviewed and scored.
    static func firstYear() throws -> SurveyStore {
        let store = try StoreFixtures.loadedStore()
        let importer = try ResponseImporter(store: store)
        for id in ["NU-001", "PU-002", "PR-003", "RA-004"] {
            #expect(importer.importFile(try StoreFixtures.example(id), file: id, by: StoreFixtures.analyst).succeeded)
        }
        let version = try store.catalog().selected(year1)
        let measure = try #require(version.rubric.measures.first?.id)
        try store.verify(institution: "NU-001", measure: measure, level: .e3, note: "Checked", version: version, by: StoreFixtures.analyst)
        try store.override(institution: "PR-003", measure: measure, status: .met, evidence: nil, reason: "Seen", version: version,
                           by: StoreFixtures.analyst)
        try store.scoreLatestSubmissions(survey: year1, catalog: try store.catalog(), save: true, by: StoreFixtures.analyst)
        return store
    }

    /// Every figure of year 1 that a command shows: stored scores, status, the JSON export and the recomputed cards.
    static func figures(_ store: SurveyStore, survey: String) throws -> [String] {
        let scores = try store.storedScores(survey: survey).map { "\($0.institutionId) \($0.submissionId) \($0.card)" }
        let status = try store.status(survey: survey)
        let export = String(decoding: try ResponseExport(store: store).json(surveyID: survey), as: UTF8.self)
        let cards = try CurrentScores.cards(store: store, catalog: try store.catalog(), survey: survey)
            .sorted { $0.key < $1.key }.map { "\($0.key) \(CanonicalJSON.string($0.value.card))" }
        return scores + ["\(status.total)"] + status.byCategory.map { "\($0.0) \($0.1)" } + [export] + cards
    }

    @Test func theSecondYearLeavesTheFirstUnchanged() throws {
        let store = try Self.firstYear()
        let before = try Self.figures(store, survey: Self.year1)
        let item = try NextYear.renamedItem(try store.catalog().selected(Self.year1).survey)

        _ = try store.registerSurvey(try NextYear.checked(renaming: item), by: StoreFixtures.analyst)
        let catalog = try store.catalog()
        #expect(try catalog.selected(nil).survey.id == NextYear.surveyID, "the most recently loaded survey is the default")
        let importer = try ResponseImporter(store: store)
        for (index, id) in ["NU-001", "PR-003"].enumerated() {
            let response = try NextYear.response(id, renaming: item, id: "00000000-0000-4000-8000-00000000002\(index)")
            let result = importer.importFile(try JSONEncoder().encode(ResponseExport.json(response)), file: id, by: StoreFixtures.analyst)
            #expect(result.imported == 1, "\(result.problems)")
        }
        let version2 = try catalog.selected(NextYear.surveyID)
        let measure = try #require(version2.rubric.measures.first?.id)
        try store.override(institution: "NU-001", measure: measure, status: .notMet, evidence: nil, reason: "Lapsed in 2024",
                           version: version2, by: StoreFixtures.analyst)
        let scored = try store.scoreLatestSubmissions(survey: NextYear.surveyID, catalog: try store.catalog(), save: true, by: StoreFixtures.analyst)
        #expect(scored == 2)

        #expect(try Self.figures(store, survey: Self.year1) == before)
        #expect(try store.storedScores(survey: Self.year1).count == 4)
        #expect(try store.storedScores(survey: NextYear.surveyID).map(\.institutionId) == ["NU-001", "PR-003"])
        #expect(try store.status(survey: NextYear.surveyID).total.submitted == 2)
        #expect(try store.status(survey: Self.year1).total.submitted == 4)
        // Reviews belong to their year: the 2024 override does not reach the 2023 card, and 2023's verification not 2024's.
        #expect(try store.reviews(of: "NU-001", survey: Self.year1)[measure]?.overrideStatus == nil)
        #expect(try store.reviews(of: "NU-001", survey: NextYear.surveyID)[measure]?.verifiedLevel == nil)
        // Re-scoring year 1 after year 2 writes nothing new.
        let audits = try StoreFixtures.auditCount(store, action: "score.compute")
        try store.scoreLatestSubmissions(survey: Self.year1, catalog: try store.catalog(), save: true, by: StoreFixtures.analyst)
        #expect(try StoreFixtures.auditCount(store, action: "score.compute") == audits)
    }

    @Test func compareListsBothYears() throws {
        let store = try Self.firstYear()
        let item = try NextYear.renamedItem(try store.catalog().selected(Self.year1).survey)
        _ = try store.registerSurvey(try NextYear.checked(renaming: item), by: StoreFixtures.analyst)
        let response = try NextYear.response("NU-001", renaming: item, id: "00000000-0000-4000-8000-000000000031")
        #expect(try ResponseImporter(store: store).importFile(try JSONEncoder().encode(ResponseExport.json(response)), file: "x",
                                                              by: StoreFixtures.analyst).imported == 1)
        let version2 = try store.catalog().selected(NextYear.surveyID)
        let measure = try #require(version2.rubric.measures.first?.id)
        try store.override(institution: "NU-001", measure: measure, status: .notMet, evidence: nil, reason: "Lapsed",
                           version: version2, by: StoreFixtures.analyst)

        let comparison = try YearComparison.compare(store: store, newSurvey: nil, oldSurvey: Self.year1)
        #expect(comparison.newSurvey == NextYear.surveyID)
        #expect(comparison.rows.map(\.institution) == ["NU-001"])
        let row = try #require(comparison.rows.first)
        #expect(row.changes.contains { $0.measure == measure && $0.after == .notMet && $0.before != .notMet })
        #expect(row.laxityAfter > row.laxityBefore)
        let total = try #require(comparison.categories.last)
        #expect(total.category == nil && total.scoredBefore == 4 && total.scoredAfter == 1)
        #expect(comparison.categories.dropLast().map(\.scoredBefore).reduce(0, +) == 4)
    }

    @Test func aPreviousSurveyMustBeLoadedAndMapItemsOfTheSameType() throws {
        let store = try SurveyStore.inMemory()
        let item = try NextYear.renamedItem(try StoreFixtures.checkedSurvey().survey)
        // Year 2 before year 1: refused, nothing loaded.
        #expect(throws: StoreError.self) { try store.registerSurvey(try NextYear.checked(renaming: item), by: StoreFixtures.analyst) }
        #expect(try store.surveyVersions().isEmpty)
        let notLoaded = try Self.previousProblems(store, try NextYear.checked(renaming: item))
        #expect(notLoaded.first?.code == "previous-not-loaded")
        #expect(notLoaded.first?.position?.file == "2024/survey.yaml")
        _ = try store.registerSurvey(try StoreFixtures.checkedSurvey(), by: StoreFixtures.analyst)
        // A map to an item of another type: refused with the position of the map entry.
        let survey = try StoreFixtures.checkedSurvey().survey
        let other = try #require(survey.slots.first { $0.item.type == .yesNo && $0.repeatSlot == nil }?.item.id)
        let texts = try NextYear.texts(renaming: item)
        var text = texts.survey
        let rubric = texts.rubric
        text = text.replacingOccurrences(of: "\(item)_fy2024: \(item)", with: "\(item)_fy2024: \(other)")
        let checked = try #require(CheckedSurvey.check(surveyYAML: Data(text.utf8), surveyFile: "2024/survey.yaml", rubricYAML: Data(rubric.utf8),
                                                       rubricFile: "2024/rubric.yaml").checked)
        let mismatch = try Self.previousProblems(store, checked)
        #expect(mismatch.map(\.code) == ["previous-type-mismatch"])
        #expect(mismatch.first?.position?.line ?? 0 > 1)
        #expect(try store.surveyVersions().count == 1)
        // A map key that is not an item of the new survey: a check error with its position.
        text = text.replacingOccurrences(of: "\(item)_fy2024: \(other)", with: "no_such_item: \(item)")
        let result = CheckedSurvey.check(surveyYAML: Data(text.utf8), surveyFile: "2024/survey.yaml", rubricYAML: Data(rubric.utf8),
                                         rubricFile: "2024/rubric.yaml")
        #expect(result.checked == nil)
        #expect(result.diagnostics.contains { $0.code == "unknown-item" && $0.message.en.contains("no_such_item") && $0.position != nil })
    }

    /// The problems `registerSurvey` refuses `checked` with (none when it loads).
    static func previousProblems(_ store: SurveyStore, _ checked: CheckedSurvey) throws -> [Diagnostic] {
        do {
            _ = try store.registerSurvey(checked, by: StoreFixtures.analyst)
            return []
        } catch {
            guard case let .previousSurvey(problems) = error else { throw error }
            return problems
        }
    }

    @Test func aResponseToASurveyNotLoadedChangesNothing() throws {
        let store = try Self.firstYear()
        let before = try StoreFixtures.dump(store)
        let item = try NextYear.renamedItem(try store.catalog().selected(Self.year1).survey)
        let response = try NextYear.response("NU-001", renaming: item, id: "00000000-0000-4000-8000-000000000041")
        let result = try ResponseImporter(store: store).importFile(try JSONEncoder().encode(ResponseExport.json(response)), file: "next.json",
                                                                   by: StoreFixtures.analyst)
        #expect(!result.succeeded)
        #expect(result.problems.contains { $0.path == "survey" && $0.message.en.contains(NextYear.surveyID) })
        #expect(try StoreFixtures.dump(store) == before)
    }

    @Test func previousAnswersCarryOverByTheMap() throws {
        let survey1 = try StoreFixtures.checkedSurvey().survey
        let item = try NextYear.renamedItem(survey1)
        let survey2 = try NextYear.checked(renaming: item).survey
        let previous = try #require(survey2.previous)
        let response = try #require(try ResponseFile.read(try StoreFixtures.example("NU-001")).first?.response)
        let carried = previous.carry(answers: response.answers, evidence: response.evidence, from: survey1, into: survey2)
        #expect(carried.answers[item + "_fy2024"] == response.answers[item])
        #expect(carried.answers[item] == nil)
        #expect(carried.evidence == response.evidence)
        // Every other answered item carries over unchanged (the same ids, the same types).
        for (id, value) in response.answers where id != item && survey2.item(id)?.type != .calculate {
            #expect(carried.answers[id] == value, "\(id) was not carried")
        }
        // Without the map entry the renamed item starts empty.
        let unmapped = try #require(try NextYear.checked(renaming: item, map: false).survey.previous)
        #expect(unmapped.carry(answers: response.answers, evidence: [:], from: survey1, into: survey2).answers[item + "_fy2024"] == nil)
    }
}
