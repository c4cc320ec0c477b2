import Foundation
import Testing
@testable import SurveyCore

/// `splitting(on:)` and `replacingEvery(_:with:)` (byte search, used where the report renders text) give what
/// Foundation's `components(separatedBy:)` and `replacingOccurrences(of:with:)` give for literal text, over random
/// strings of ASCII marks, Japanese and emoji.
@Suite struct ByteSearchTests {
    static let alphabet: [String] = ["*", "**", "|", "\\", "`", "&", "<", ">", "\n", " ", "a", "Z", "調", "査", "　", "é", "👩‍🔬", "。", "\\|"]

    static func randomText(_ random: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...24, using: &random)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }.joined()
    }

    @Test func splittingMatchesFoundation() {
        var random = SeededGenerator(seed: 71)
        for _ in 0..<5_000 {
            let text = Self.randomText(&random)
            for separator in ["*", "**", "\n", "\\|", "調査", "|"] {
                #expect(text.splitting(on: separator).map(String.init) == text.components(separatedBy: separator), "\(text) / \(separator)")
            }
        }
    }

    @Test func replacingMatchesFoundation() {
        var random = SeededGenerator(seed: 72)
        for _ in 0..<5_000 {
            let text = Self.randomText(&random)
            for (target, replacement) in [("*", ""), ("\\|", "|"), ("&", "&amp;"), ("<", "&lt;"), ("\n", "\r\n"), ("査", "")] {
                #expect(text.replacingEvery(target, with: replacement) == text.replacingOccurrences(of: target, with: replacement),
                        "\(text) / \(target)")
            }
        }
    }

    @Test func anEmptySeparatorLeavesTheTextWhole() {
        #expect("a*b".splitting(on: "").map(String.init) == ["a*b"])
        #expect("a*b".replacingEvery("", with: "x") == "a*b")
        #expect("".splitting(on: "*").map(String.init) == [""])
    }
}

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
