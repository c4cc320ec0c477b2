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
