import Foundation
import Testing
@testable import SurveyCore

/// Issue 15: what an item type means lives in one codec per type.
@Suite struct ItemCodecTests {
    /// Every type has a codec that describes it; a new type without one does not compile (`ItemCodec.of` is an
    /// exhaustive switch), and this test catches a codec copied from another type and left describing that one.
    @Test(arguments: ItemType.allCases) func everyItemTypeHasItsOwnCodec(_ type: ItemType) {
        let codec = ItemCodec.of(type)
        #expect(codec.type == type)
        #expect(Set(codec.extraKeys).isSubset(of: Set(SurveyWalker.itemKeys)))
        // A container holds items; an answered type has a column; a typed answer is read from its input.
        #expect(codec.extraKeys.contains("items") == type.isContainer)
        #expect(codec.extraKeys.contains("choices") == type.takesChoices)
        #expect((codec.columns == .perChoice) == (type == .selectMultiple))
        if codec.isTyped { #expect(codec.columns == .value || codec.columns == .perChoice) }
    }

    @Test(arguments: [
        ("¥3,000,000", true, 3_000_000.0), ("￥3,000,000", true, 3_000_000), ("3,000,000円", true, 3_000_000),
        ("１，２００", true, 1200), ("12 500 000", true, 12_500_000), ("−５", true, -5), ("2.5", false, 2.5),
    ] as [(String, Bool, Double)])
    func numbersAreReadAsPeopleTypeThem(_ text: String, _ integer: Bool, _ expected: Double) {
        #expect(ItemCodec.number(text, integer: integer) == expected)
    }

    @Test(arguments: [("2.5", true), ("three", false), ("¥", false), ("1e3", false), ("", false), ("1..2", false)])
    func notNumbersAreRefused(_ text: String, _ integer: Bool) {
        #expect(ItemCodec.number(text, integer: integer) == nil)
    }

    @Test func amountsAreShownWithGroupedDigits() {
        #expect(ItemCodec.grouped(12_500_000) == "12,500,000")
        #expect(ItemCodec.grouped(-1234.5) == "-1,234.5")
        #expect(ItemCodec.grouped(999) == "999")
        #expect(ItemCodec.grouped(0) == "0")
        #expect(ItemCodec.of(.integer).words(.number(12_500_000), choices: nil, language: .ja) == ["12,500,000"])
    }

    @Test func formTextRoundTrips() {
        let integer = ItemCodec.of(.integer)
        #expect(integer.read(["¥3,000,000"]) == .value(.number(3_000_000)))
        #expect(integer.read([" "]) == .value(nil))
        if case let .notANumber(kept, _) = integer.read(["三百"]) { #expect(kept == "三百") } else { Issue.record("三百 read as a number") }
        #expect(integer.formText(.number(3_000_000)) == "3000000")
        #expect(ItemCodec.of(.selectMultiple).read(["red", "", "red", "blue"]) == .value(.array([.string("red"), .string("blue")])))
        #expect(ItemCodec.of(.longText).read(["  line one\r\nline two"]) == .value(.string("  line one\nline two")))
        #expect(ItemCodec.of(.yesNo).words(.string("yes"), choices: nil, language: .ja) == ["はい"])
        #expect(ItemCodec.of(.note).read(["anything"]) == .value(nil))
    }
}
