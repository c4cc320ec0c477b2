import Foundation
import GRDB
import SurveyCore
@testable import SurveyStore
import Testing

@Suite struct AuditAndReviewTests {
    @Test func everyChangeWritesAnAuditRowAndTheLogIsAppendOnly() throws {
        let store = try StoreFixtures.loadedStore()
        #expect(try StoreFixtures.auditCount(store, action: "survey.load") == 1)
        #expect(try StoreFixtures.auditCount(store, action: "institution.add") == 4)
        var random = SeededGenerator(seed: 1)
        _ = try store.invite(["NU-001"], expiresAt: StoreFixtures.when, by: StoreFixtures.analyst, using: &random)
        _ = try ResponseImporter(store: store).importFile(try StoreFixtures.example("NU-001"), file: "x", by: StoreFixtures.analyst)
        let version = try #require(try store.catalog().newest)
        try store.verify(institution: "NU-001", measure: "gov_accountable_executive", level: .e2, note: "Saw minutes", version: version,
                         by: StoreFixtures.analyst)
        try store.override(institution: "NU-001", measure: "gov_accountable_executive", status: .partial, evidence: nil,
                           reason: "Regulation not yet approved", version: version, by: StoreFixtures.analyst)
        _ = try store.saveDraft(institution: "NU-001", survey: version.survey.id, answers: ["has_committee": .string("yes")],
                                baseRevision: 0, by: StoreFixtures.analyst)
        try store.scoreLatestSubmissions(survey: "cao-research-integrity-2023", catalog: try store.catalog(), save: true, by: StoreFixtures.analyst)
        for action in ["invitation.issue", "submission.record", "verification.record", "override.set", "draft.save", "score.compute"] {
            #expect(try StoreFixtures.auditCount(store, action: action) == 1, "no audit row for \(action)")
        }
        let override = try store.writer.read { try AuditRecord.filter(Column("action") == "override.set").fetchOne($0) }
        #expect(override?.after?.contains("Regulation not yet approved") == true)
        #expect(override?.actor == "test-analyst")
        #expect(throws: (any Error).self) { try store.writer.write { try $0.execute(sql: "DELETE FROM audit_log") } }
        #expect(throws: (any Error).self) { try store.writer.write { try $0.execute(sql: "UPDATE submission SET attested_by = 'x'") } }
    }

    @Test func reviewsFeedTheScoreAndKeepTheirHistory() throws {
        let store = try StoreFixtures.loadedStore()
        _ = try ResponseImporter(store: store).importFile(try StoreFixtures.example("NU-001"), file: "x", by: StoreFixtures.analyst)
        let catalog = try store.catalog()
        let version = try #require(catalog.newest)
        let measure = "gov_accountable_executive"
        try store.override(institution: "NU-001", measure: measure, status: .notMet, evidence: nil, reason: "Board never approved it",
                           version: version, by: StoreFixtures.analyst)
        var card = try #require(try store.score(try #require(try store.latestSubmission(of: "NU-001", survey: "cao-research-integrity-2023")),
                                                reviews: try store.reviews(of: "NU-001", survey: "cao-research-integrity-2023"), catalog: catalog))
        #expect(card.measure(measure)?.status == .notMet)
        #expect(card.measure(measure)?.overrideReason == "Board never approved it")
        try store.override(institution: "NU-001", measure: measure, status: nil, evidence: nil, reason: "Approval found", version: version,
                           by: StoreFixtures.analyst)
        card = try store.score(try #require(try store.latestSubmission(of: "NU-001", survey: "cao-research-integrity-2023")), reviews: try store.reviews(of: "NU-001", survey: "cao-research-integrity-2023"), catalog: catalog)
        #expect(card.measure(measure)?.status != .notMet)
        #expect(try store.reviewHistory(of: "NU-001", survey: "cao-research-integrity-2023").overrides.count == 2)
        #expect(throws: StoreError.unknownMeasure("gov_acountable_executive", suggestion: measure)) {
            try store.verify(institution: "NU-001", measure: "gov_acountable_executive", level: .e3, note: "x", version: version, by: StoreFixtures.analyst)
        }
        #expect(throws: StoreError.reasonRequired) {
            try store.override(institution: "NU-001", measure: measure, status: .met, evidence: nil, reason: " ", version: version, by: StoreFixtures.analyst)
        }
    }

    @Test func tokensAreStoredOnlyAsHashesAndReInvitingRevokes() throws {
        let store = try StoreFixtures.loadedStore()
        var random = SystemRandomNumberGenerator()
        let expiry = StoreFixtures.when.addingTimeInterval(86_400)
        let first = try store.invite(["PU-002"], expiresAt: expiry, by: StoreFixtures.analyst, using: &random)[0]
        #expect(first.token.count == 32)
        #expect(first.token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        #expect(try store.institution(forToken: first.token, at: StoreFixtures.when) == "PU-002")
        #expect(try store.institution(forToken: first.token, at: expiry.addingTimeInterval(1)) == nil)
        let second = try store.invite(["PU-002"], expiresAt: expiry, by: StoreFixtures.analyst, using: &random)[0]
        #expect(try store.institution(forToken: first.token, at: StoreFixtures.when) == nil)
        #expect(try store.institution(forToken: second.token, at: StoreFixtures.when) == "PU-002")
        let everything = try StoreFixtures.dump(store).joined(separator: "\n")
        #expect(!everything.contains(first.token) && !everything.contains(second.token))
        #expect(everything.contains(InvitationToken.hash(second.token)))
    }

    /// A token starting with `-` was written to the invitation CSV as `'-…` (the formula guard), which no longer
    /// logged in; tokens now never start with `-` or `_`. 2,000 seeded draws meet such a first character ~60 times.
    @Test func tokensNeverStartWithADashOrUnderscore() {
        var random = SeededGenerator(seed: 7)
        let tokens = (0..<2_000).map { _ in InvitationToken.generate(using: &random) }
        #expect(tokens.allSatisfy { $0.count == 32 && $0.first != "-" && $0.first != "_" })
        #expect(Set(tokens).count == tokens.count)
        #expect(tokens.contains { $0.dropFirst().contains("-") } && tokens.contains { $0.dropFirst().contains("_") })
    }

    @Test func anotherStaffTokenKeepsTheEarlierOnes() throws {
        let store = try StoreFixtures.loadedStore()
        var random = SystemRandomNumberGenerator()
        let expiry = StoreFixtures.when.addingTimeInterval(86_400)
        let first = try store.invite(["PU-002"], expiresAt: expiry, by: StoreFixtures.analyst, using: &random)[0]
        let second = IssuedInvitation(institution: "PU-002", token: InvitationToken.generate(using: &random), expiresAt: expiry)
        try store.issue([second], by: StoreFixtures.analyst, keepingEarlier: true)
        #expect(try store.institution(forToken: first.token, at: StoreFixtures.when) == "PU-002")
        #expect(try store.institution(forToken: second.token, at: StoreFixtures.when) == "PU-002")
        #expect(try StoreFixtures.auditCount(store, action: "invitation.issue") == 2)
        #expect(try StoreFixtures.auditCount(store, action: "invitation.revoke") == 0)
    }

    @Test func evidenceIsStoredUnderItsHashBeforeTheRow() throws {
        let folder = try StoreFixtures.temporaryFolder()
        let store = try StoreFixtures.loadedStore(evidenceFolder: folder)
        let bytes = Data("%PDF-1.4 regulation".utf8)
        let record = try store.storeEvidence(bytes, mediaType: "application/pdf", by: StoreFixtures.analyst)
        #expect(record.sha256 == CanonicalJSON.sha256(bytes))
        #expect(try Data(contentsOf: folder.appendingPathComponent(record.sha256)) == bytes)
        #expect(try store.evidence(record.sha256) == bytes)
        _ = try store.storeEvidence(bytes, mediaType: "application/pdf", by: StoreFixtures.analyst)
        #expect(try StoreFixtures.auditCount(store, action: "evidence.store") == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [record.sha256])
    }

    @Test func backupRestoresAndPassesIntegrityCheck() throws {
        let folder = try StoreFixtures.temporaryFolder()
        let store = try SurveyStore.open(path: folder.appendingPathComponent("live.sqlite").path, create: true)
        _ = try store.registerSurvey(try StoreFixtures.checkedSurvey(), by: StoreFixtures.analyst)
        _ = try store.importRoster(StoreFixtures.roster, by: StoreFixtures.analyst)
        _ = try ResponseImporter(store: store).importFile(try StoreFixtures.example("NU-001"), file: "x", by: StoreFixtures.analyst)
        let backupFolder = try StoreFixtures.temporaryFolder()
        let path = backupFolder.appendingPathComponent("backup.sqlite").path
        let summary = try store.backup(to: path)
        #expect(summary.bytes > 0)
        #expect(throws: StoreError.self) { try store.backup(to: path) }
        let restored = try SurveyStore.open(path: path)
        #expect(try restored.writer.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
        #expect(try StoreFixtures.dump(restored) == StoreFixtures.dump(store))
        #expect(try FileManager.default.contentsOfDirectory(atPath: backupFolder.path).filter { $0.contains(".tmp-") }.isEmpty)
    }
}
