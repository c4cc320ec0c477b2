import Foundation
import GRDB
import SurveyCore
@testable import SurveyStore
import Testing

/// A database written before survey years (migration `v1-store` only; made by scripts/fixtures/make-v1-store.py
/// from that release's schema) opens, migrates, and keeps every fact, now keyed by its survey.
@Suite struct MigrationFromV1Tests {
    static let survey = "cao-research-integrity-2023"

    static func migratedCopy() throws -> SurveyStore {
        let fixture = try #require(Bundle.module.url(forResource: "v1-store", withExtension: "sqlite", subdirectory: "Fixtures"))
        let path = try StoreFixtures.temporaryFolder().appendingPathComponent("chosa.sqlite")
        try FileManager.default.copyItem(at: fixture, to: path)
        return try SurveyStore.open(path: path.path)
    }

    @Test func migratesAndKeepsEveryRow() throws {
        let store = try Self.migratedCopy()
        #expect(try store.appliedMigrations().contains("v2-survey-years"))
        let integrity = try store.writer.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
        #expect(integrity == "ok")
        #expect(try store.writer.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }.isEmpty)
        #expect(try store.submissionCount(survey: Self.survey) == 2)
        #expect(try store.submissions(of: "NU-001").map(\.surveyId) == [Self.survey])
        // The receipt's revision moved out of the audit log into its column; an import has none.
        #expect(try store.receipts(of: "PR-003", survey: Self.survey).map(\.revision) == [2])
        #expect(try store.receipts(of: "NU-001", survey: Self.survey).map(\.revision) == [nil])
        // The draft history moved out of the audit log into draft_save.
        let changes = try store.draftChanges(institution: "PR-003", survey: Self.survey, after: 0)
        #expect(changes.map(\.revision) == [1, 2])
        #expect(changes.map(\.items) == [["institution_category"], ["researchers_total"]])
        #expect(try store.draftChanges(institution: "PU-002", survey: Self.survey, after: 0).count == 1)
        // Reviews and scores now belong to the survey.
        #expect(try store.reviews(of: "NU-001", survey: Self.survey)["gov_accountable_executive"]?.verifiedLevel == .e3)
        #expect(try store.reviews(of: "PR-003", survey: Self.survey)["gov_cross_office_committee"]?.overrideStatus == .partial)
        #expect(try store.storedScores(survey: Self.survey).map(\.institutionId) == ["NU-001", "PR-003"])
        let status = try store.status(survey: Self.survey).total
        #expect(status.institutions == 4 && status.invited == 1 && status.started == 3 && status.submitted == 2 && status.scored == 2)
        // Submissions stay immutable, and a submission's survey must be its version's survey.
        #expect(throws: (any Error).self) {
            try store.writer.write { try $0.execute(sql: "UPDATE submission SET attested_by = 'x'") }
        }
        #expect(throws: (any Error).self) {
            try store.writer.write { db in
                try db.execute(sql: """
                    INSERT INTO submission (submission_id, institution_id, survey_id, survey_version_id, content, content_sha256,
                        attested_by, submitted_at, submitted_epoch_ms, received_at, source) VALUES
                        ('x', 'NU-001', 'another-survey', 1, '{}', '', 'a', 't', 0, 't', 'import')
                    """)
            }
        }
    }

    @Test func scoresAndTakesNewWorkAfterMigrating() throws {
        let store = try Self.migratedCopy()
        let scored = try store.scoreLatestSubmissions(survey: Self.survey, catalog: try store.catalog(), save: true, by: StoreFixtures.analyst)
        #expect(scored == 2)
        let cards = try store.storedScores(survey: Self.survey)
        #expect(cards.allSatisfy { $0.card != "{}" })
        // A new save continues the migrated draft history.
        let draft = try #require(try store.draft(institution: "PU-002", survey: Self.survey))
        let revision = try store.saveDraft(institution: "PU-002", survey: Self.survey, answers: draft.answers, evidence: draft.evidence,
                                           baseRevision: draft.revision, by: StoreFixtures.analyst)
        #expect(revision == 2)
        #expect(try store.draftChanges(institution: "PU-002", survey: Self.survey, after: 1).map(\.revision) == [2])
    }
}
