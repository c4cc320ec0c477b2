import Foundation
import SurveyCore
import SurveyStore
import Testing

/// Batched writes keep every rule of the single ones: each save is checked against its own base revision,
/// a stale one fails alone, and the audit log records what each changed.
@Suite struct GroupCommitTests {
    @Test func aBatchCommitsTheFreshSavesAndRefusesTheStaleOnes() throws {
        let harness = try Harness.make()
        let actor = Actor("NU-001/test", at: Harness.october)
        func save(_ institution: String, _ staff: Double, base: Int) -> DraftSave {
            DraftSave(institution: institution, survey: "all-types", answers: ["staff": .number(staff)], evidence: [:], baseRevision: base, actor: actor)
        }
        let results = try harness.store.saveDrafts([save("NU-001", 1, base: 0), save("NU-001", 2, base: 0), save("PU-002", 3, base: 0),
                                                    save("NU-001", 4, base: 1), save("XX-999", 5, base: 0)])
        #expect(try results[0].get() == 1)
        #expect(results[1] == .failure(.staleRevision(current: 1)))
        #expect(try results[2].get() == 1)
        #expect(try results[3].get() == 2)
        #expect(results[4] == .failure(.unknownInstitution("XX-999")))
        #expect(try harness.store.draft(institution: "NU-001", survey: "all-types")?.answers["staff"] == .number(4))
        let changes = try harness.store.draftChanges(institution: "NU-001", survey: "all-types", after: 0)
        #expect(changes.map(\.revision) == [1, 2])
        #expect(changes.last?.items == ["staff"])
    }
}
