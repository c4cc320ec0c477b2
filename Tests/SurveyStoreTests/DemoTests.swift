import Foundation
import SurveyCore
@testable import SurveyStore
import Testing

@Suite struct DemoTests {
    @Test func rosterMixScalesToAnySize() {
        #expect(DemoRoster.counts(total: 370).map(\.1) == [86, 60, 180, 27, 17])
        #expect(DemoRoster.counts(total: 37).map(\.1).reduce(0, +) == 37)
        let names = DemoRoster.entries(total: 370)
        #expect(Set(names.map(\.id)).count == 370)
        #expect(names.allSatisfy { $0.nameEn.hasPrefix("Fictional") && $0.nameJa.hasPrefix("架空") && InstitutionID.isValid($0.id) })
    }

    @Test func sameSeedBuildsTheSameDatabase() throws {
        let checked = try StoreFixtures.checkedSurvey()
        let first = try SurveyStore.inMemory()
        let summary = try DemoDatabase.build(into: first, survey: checked, institutions: 40, seed: 11)
        let second = try SurveyStore.inMemory()
        _ = try DemoDatabase.build(into: second, survey: checked, institutions: 40, seed: 11)
        #expect(try StoreFixtures.dump(first) == StoreFixtures.dump(second))
        #expect(summary.submissions > 20 && summary.scores.count > 20)
        let third = try SurveyStore.inMemory()
        _ = try DemoDatabase.build(into: third, survey: checked, institutions: 40, seed: 12)
        #expect(try StoreFixtures.dump(first) != StoreFixtures.dump(third))
    }
}
