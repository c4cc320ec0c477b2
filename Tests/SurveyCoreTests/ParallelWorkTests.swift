import Testing
@testable import SurveyCore

/// `ParallelMap` keeps order with more chunks than workers, and `Pending` hands back its value or its error.
@Suite struct ParallelWorkTests {
    @Test func parallelMapKeepsOrderWhateverTheChunks() {
        for count in [0, 1, 2, 3, 7, 8, 9, 500, 1_001] {
            let elements = Array(0..<count)
            for workers in [1, 2, 3, 16] {
                #expect(ParallelMap.map(elements, workers: workers) { $0 * 3 + 1 } == elements.map { $0 * 3 + 1 })
            }
        }
        #expect(ParallelMap.run([{ "a" }, { "b" }, { "c" }]) == ["a", "b", "c"])
    }

    struct Refused: Error, Equatable {}

    @Test func pendingGivesItsValueOrItsErrorEveryTime() throws {
        let value = Pending<Int, Never> { (1...1_000).reduce(0, +) }
        #expect(value.value() == 500_500)
        #expect(value.value() == 500_500)
        let failing = Pending<Int, Refused> { () throws(Refused) -> Int in throw Refused() }
        #expect(throws: Refused.self) { try failing.value() }
        #expect(throws: Refused.self) { try failing.value() }
    }
}
