import Foundation
import SurveyCore
@testable import SurveyStore
import Testing

@Suite struct ConcurrencyTests {
    /// 50 writers save the same draft at once, each from the revision it read: each succeeds or is told its revision
    /// is stale, no success is lost, and the final revision equals the number of successes.
    @Test func fiftyWritersOnOneDraft() async throws {
        let folder = try StoreFixtures.temporaryFolder()
        let store = try SurveyStore.open(path: folder.appendingPathComponent("c.sqlite").path, create: true)
        _ = try store.importRoster(StoreFixtures.roster, by: StoreFixtures.analyst)
        let outcomes = await withTaskGroup(of: Result<Int, StoreError>.self) { group in
            for writer in 0..<50 {
                group.addTask {
                    do {
                        let base = try store.draft(institution: "NU-001", survey: "s")?.revision ?? 0
                        let revision = try store.saveDraft(institution: "NU-001", survey: "s", answers: ["writer": .number(Double(writer))],
                                                           baseRevision: base, by: Actor("writer-\(writer)", at: StoreFixtures.when))
                        return .success(revision)
                    } catch let error as StoreError {
                        return .failure(error)
                    } catch {
                        return .failure(.database("\(error)"))
                    }
                }
            }
            var all: [Result<Int, StoreError>] = []
            for await outcome in group { all.append(outcome) }
            return all
        }
        let successes = outcomes.compactMap { try? $0.get() }
        let failures = outcomes.compactMap { outcome -> StoreError? in if case let .failure(error) = outcome { error } else { nil } }
        #expect(successes.count + failures.count == 50)
        #expect(failures.allSatisfy { if case .staleRevision = $0 { true } else { false } })
        #expect(Set(successes).count == successes.count, "two writers got the same revision")
        #expect(try store.draft(institution: "NU-001", survey: "s")?.revision == successes.count)
        #expect(try StoreFixtures.auditCount(store, action: "draft.save") == successes.count)
    }
}
