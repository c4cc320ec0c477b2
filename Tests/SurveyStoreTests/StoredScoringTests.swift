import Foundation
import GRDB
import SurveyCore
@testable import SurveyStore
import SurveyServices
import Testing

/// Scoring a database reads institutions a page at a time with a few queries per page; these check that it picks
/// the same submissions and reviews as reading them one institution at a time, at any page size, and that cards
/// are stored and audited only when they change.
@Suite struct StoredScoringTests {
    /// Three of four institutions submitted; NU-001 twice at the same time (the later arrival counts), RA-004 twice
    /// with the second dated earlier (the first counts); reviews on two institutions, one override cleared.
    static func storeWithHistory() throws -> SurveyStore {
        let store = try StoreFixtures.loadedStore()
        let importer = try ResponseImporter(store: store)
        for id in ["NU-001", "PR-003", "RA-004"] {
            #expect(importer.importFile(try StoreFixtures.example(id), file: id, by: StoreFixtures.analyst).succeeded)
        }
        var resubmitted = try #require(try ResponseFile.read(try StoreFixtures.example("NU-001")).first?.response)
        resubmitted.submissionID = "00000000-0000-4000-8000-000000000001"
        resubmitted.answers["researchers_total"] = .number(2151)
        var backdated = try #require(try ResponseFile.read(try StoreFixtures.example("RA-004")).first?.response)
        backdated.submissionID = "00000000-0000-4000-8000-000000000002"
        backdated.submittedAt = "2023-10-15T09:15:00+09:00"
        if case let .number(total)? = backdated.answers["researchers_total"] { backdated.answers["researchers_total"] = .number(total + 1) }
        for response in [resubmitted, backdated] {
            let result = importer.importFile(try JSONEncoder().encode(ResponseExport.json(response)), file: "again", by: StoreFixtures.analyst)
            #expect(result.imported == 1, "\(result.problems)")
        }
        let version = try #require(try store.catalog().newest)
        let measures = checkedMeasures(version)
        try store.verify(institution: "NU-001", measure: measures[0], level: .e3, note: "Checked", version: version, by: StoreFixtures.analyst)
        try store.verify(institution: "NU-001", measure: measures[0], level: .e2, note: "Rechecked", version: version, by: StoreFixtures.analyst)
        try store.override(institution: "NU-001", measure: measures[1], status: .notMet, evidence: nil, reason: "Not approved", version: version,
                           by: StoreFixtures.analyst)
        try store.override(institution: "RA-004", measure: measures[2], status: .met, evidence: .e2, reason: "Seen", version: version,
                           by: StoreFixtures.analyst)
        try store.override(institution: "RA-004", measure: measures[2], status: nil, evidence: nil, reason: "Withdrawn", version: version,
                           by: StoreFixtures.analyst)
        try store.override(institution: "RA-004", measure: measures[3], status: .partial, evidence: nil, reason: "Half", version: version,
                           by: StoreFixtures.analyst)
        return store
    }

    static func checkedMeasures(_ version: LoadedSurvey) -> [String] {
        version.rubric.measures.map(\.id)
    }

    @Test(arguments: [1, 2, 3, 500])
    func pagesScoreWhatOneInstitutionAtATimeWould(_ pageSize: Int) throws {
        let store = try Self.storeWithHistory()
        let catalog = try store.catalog()
        var scored: [StoredScore] = []
        let count = try store.scoreLatestSubmissions(survey: "cao-research-integrity-2023", catalog: catalog, save: false, by: StoreFixtures.analyst, pageSize: pageSize) {
            scored.append($0)
        }
        #expect(count == 3)
        #expect(scored.map(\.institution.id) == ["NU-001", "PR-003", "RA-004"])
        #expect(scored.first?.submissionID == "00000000-0000-4000-8000-000000000001")
        #expect(scored.last?.submissionID == "2f89f952-2360-4fc7-b97c-c36bc15d0829")
        for item in scored {
            let latest = try #require(try store.latestSubmission(of: item.institution.id, survey: "cao-research-integrity-2023"))
            #expect(item.submissionID == latest.submissionId)
            #expect(item.institution == (try store.institutions().first { $0.id == item.institution.id }))
            // The card as the first version computed it: the validator's form, reviews read for this institution.
            let version = try #require(catalog.versions[latest.surveyVersionId])
            let response = try store.responseFile(latest, surveyID: version.survey.id, verification: [:])
            let today = CivilDate.inTokyo(secondsSinceEpoch: Double(latest.submittedEpochMs) / 1000)
            let form = version.validator.validate(response, today: today, mode: .submission).form
            let expected = version.scorer.score(form, institution: latest.institutionId, reviews: try store.reviews(of: item.institution.id, survey: "cao-research-integrity-2023"))
            #expect(item.card == expected)
        }
        #expect(scored.first?.card.measures.contains { $0.overrideReason == "Not approved" } == true)
    }

    @Test func cardsAreStoredAndAuditedOnlyWhenTheyChange() throws {
        let store = try Self.storeWithHistory()
        let catalog = try store.catalog()
        try store.scoreLatestSubmissions(survey: "cao-research-integrity-2023", catalog: catalog, save: true, by: StoreFixtures.analyst, pageSize: 2)
        #expect(try StoreFixtures.auditCount(store, action: "score.compute") == 3)
        let stored = try store.storedScores(survey: "cao-research-integrity-2023")
        #expect(stored.map(\.institutionId) == ["NU-001", "PR-003", "RA-004"])
        for record in stored {
            let latest = try #require(try store.latestSubmission(of: record.institutionId, survey: "cao-research-integrity-2023"))
            let card = try store.score(latest, reviews: try store.reviews(of: record.institutionId, survey: "cao-research-integrity-2023"), catalog: catalog)
            #expect(Array(record.card.utf8) == Array(CanonicalJSONReference.string(card.jsonValue).utf8))
            #expect(record.submissionId == latest.submissionId)
        }
        let before = try StoreFixtures.dump(store)
        try store.scoreLatestSubmissions(survey: "cao-research-integrity-2023", catalog: catalog, save: true, by: StoreFixtures.analyst, pageSize: 2)
        #expect(try StoreFixtures.dump(store) == before)
        let version = try #require(catalog.newest)
        try store.override(institution: "PR-003", measure: Self.checkedMeasures(version)[0], status: .notMet, evidence: nil, reason: "Lapsed",
                           version: version, by: StoreFixtures.analyst)
        try store.scoreLatestSubmissions(survey: "cao-research-integrity-2023", catalog: catalog, save: true, by: StoreFixtures.analyst, pageSize: 2)
        let audits = try store.writer.read { try AuditRecord.filter(Column("action") == "score.compute").order(Column("id")).fetchAll($0) }
        #expect(audits.map(\.entityId) == ["NU-001", "PR-003", "RA-004", "PR-003"].map { "cao-research-integrity-2023/\($0)" })
        #expect(audits.last?.before != nil && audits.last?.before != audits.last?.after)
        #expect(try store.storedScores(survey: "cao-research-integrity-2023").first { $0.institutionId == "PR-003" }?.card.contains("Lapsed") == true)
    }
}
