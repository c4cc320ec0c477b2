import Foundation
import Testing
@testable import SurveyCore

/// Builds a one-section survey around `items` (YAML list entries indented by 6 spaces).
private func survey(items: String, extra: String = "") -> String {
    """
    id: t
    version: "1"
    title: {ja: テスト, en: Test}
    languages: [ja, en]
    deadline: 2023-10-31
    choice_lists:
      colours:
        - {value: red, label: {ja: 赤, en: Red}}
        - {value: blue, label: {ja: 青, en: Blue}}
    \(extra)
    sections:
      - id: s
        title: {ja: 節, en: Section}
        items:
    \(items)
    """
}

/// A problem the checker must report: its code and where.
struct ExpectedDiagnostic: Sendable, CustomTestStringConvertible {
    let name: String
    let items: String
    let code: String
    let line: Int
    let column: Int
    var testDescription: String { name }
}

@Suite("Survey definition checks")
struct DefinitionCheckTests {
    // Line 15 is the first item line; each position was checked to point at the offending token.
    static let cases: [ExpectedDiagnostic] = [
        .init(name: "misspelt key", items: "      - {id: a, type: text, text: {ja: A, en: A}, relevent: 'true()'}",
              code: "unknown-key", line: 15, column: 51),
        .init(name: "unknown type", items: "      - {id: a, type: integr, text: {ja: A, en: A}}", code: "unknown-item-type", line: 15, column: 23),
        .init(name: "missing translation", items: "      - {id: a, type: text, text: {ja: A}}", code: "missing-translation", line: 15, column: 35),
        .init(name: "unknown reference", items: "      - {id: a, type: text, text: {ja: A, en: A}, relevant: \"${b} = 'x'\"}",
              code: "unknown-reference", line: 15, column: 62),
        .init(name: "unknown function", items: "      - {id: a, type: integer, text: {ja: A, en: A}, constraint: \"frob(.) > 1\"}",
              code: "unknown-function", line: 15, column: 67),
        .init(name: "wrong arity", items: "      - {id: a, type: integer, text: {ja: A, en: A}, constraint: \"substr('x')\"}",
              code: "wrong-arity", line: 15, column: 67),
        .init(name: "syntax error", items: "      - {id: a, type: integer, text: {ja: A, en: A}, constraint: \". >= \"}",
              code: "expression-syntax", line: 15, column: 72),
        .init(name: "invalid regex", items: "      - {id: a, type: text, text: {ja: A, en: A}, constraint: \"regex(., '(a')\"}",
              code: "invalid-regex", line: 15, column: 64),
        .init(name: "unknown choice list", items: "      - {id: a, type: select_one, choices: colors, text: {ja: A, en: A}}",
              code: "unknown-choice-list", line: 15, column: 44),
        .init(name: "choices on an integer", items: "      - {id: a, type: integer, choices: colours, text: {ja: A, en: A}}",
              code: "inapplicable-key", line: 15, column: 32),
        .init(name: "unknown prefill", items: "      - {id: a, type: select_one, choices: colours, text: {ja: A, en: A}, prefill: roster.nope}",
              code: "unknown-prefill", line: 15, column: 84),
        .init(name: "prefill on a multiple choice", items: "      - {id: a, type: select_multiple, choices: colours, text: {ja: A, en: A}, prefill: roster.category}",
              code: "inapplicable-key", line: 15, column: 80),
        .init(name: "dot outside constraint", items: "      - {id: a, type: integer, text: {ja: A, en: A}, relevant: \". > 1\"}",
              code: "misplaced-current", line: 15, column: 65),
        .init(name: "impossible literal date", items: "      - {id: a, type: date, text: {ja: A, en: A}, constraint: \". < date('2023-02-29')\"}",
              code: "invalid-date", line: 15, column: 68),
        .init(name: "duplicate id", items: "      - {id: a, type: text, text: {ja: A, en: A}}\n      - {id: a, type: text, text: {ja: B, en: B}}",
              code: "duplicate-id", line: 16, column: 14),
        .init(name: "nested repeat", items: """
                  - id: r
                    type: repeat
                    text: {ja: R, en: R}
                    items:
                      - id: r2
                        type: repeat
                        text: {ja: R2, en: R2}
                        items: [{id: x, type: text, text: {ja: X, en: X}}]
            """, code: "nested-repeat", line: 19, column: 13),
        .init(name: "repeated item read as one value", items: """
                  - id: r
                    type: repeat
                    text: {ja: R, en: R}
                    items: [{id: amount, type: integer, text: {ja: A, en: A}}]
                  - {id: big, type: yes_no, text: {ja: B, en: B}, relevant: "${amount} > 5"}
            """, code: "repeated-reference", line: 19, column: 66),
        .init(name: "calculate cycle", items: """
                  - {id: c1, type: calculate, calculation: "${c2} + 1"}
                  - {id: c2, type: calculate, calculation: "${c1} + 1"}
            """, code: "cycle", line: 15, column: 9),
        .init(name: "min above max", items: """
                  - id: r
                    type: repeat
                    min: 5
                    max: 2
                    text: {ja: R, en: R}
                    items: [{id: x, type: text, text: {ja: X, en: X}}]
            """, code: "min-above-max", line: 17, column: 14),
        .init(name: "block expression position", items: """
                  - id: a
                    type: integer
                    text: {ja: A, en: A}
                    constraint: |
                      . >= 0 and
                        ${nope} < 3
            """, code: "unknown-reference", line: 20, column: 13),
    ]

    @Test(arguments: cases)
    func reportsProblemAtItsPosition(_ expected: ExpectedDiagnostic) {
        let diagnostics = Fixtures.diagnostics(survey(items: expected.items))
        let match = diagnostics.first { $0.code == expected.code }
        #expect(match != nil, "no \(expected.code) in \(diagnostics)")
        #expect(match?.position?.line == expected.line)
        #expect(match?.position?.column == expected.column)
        #expect(match?.message.en.isEmpty == false && match?.message.ja.isEmpty == false)
    }

    @Test func reportsAllProblemsAtOnce() {
        let items = """
              - {id: a, type: text, text: {ja: A}, relevent: "x"}
              - {id: b, type: integr, text: {ja: B, en: B}}
              - {id: c, type: integer, text: {ja: C, en: C}, constraint: "${zz} > 1"}
        """
        let codes = Set(Fixtures.diagnostics(survey(items: items)).map(\.code))
        #expect(codes.isSuperset(of: ["missing-translation", "unknown-key", "unknown-item-type", "unknown-reference"]))
    }

    @Test func acceptsAWellFormedSurvey() {
        let items = """
              - {id: has_office, type: yes_no, required: true, text: {ja: 窓口, en: Office}}
              - {id: staff, type: integer, relevant: "${has_office} = 'yes'", constraint: ". >= 0", constraint_message: {ja: 0以上, en: At least 0}, text: {ja: 人数, en: Staff}}
              - {id: colours, type: select_multiple, choices: colours, text: {ja: 色, en: Colours}}
              - {id: total, type: calculate, calculation: "${staff} * 2"}
        """
        let result = SurveyLoader.load(yaml: Data(survey(items: items).utf8), file: "survey.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.survey?.slots.map(\.item.id) == ["has_office", "staff", "colours", "total"])
    }

    @Test func evaluationOrderPutsEveryItemAfterWhatItReads() throws {
        let items = """
              - {id: late, type: calculate, calculation: "${early} + 1"}
              - {id: early, type: calculate, calculation: "${base} * 2"}
              - {id: base, type: integer, text: {ja: 基, en: Base}}
        """
        let result = SurveyLoader.load(yaml: Data(survey(items: items).utf8), file: "survey.yaml")
        let definition = try #require(result.survey)
        let position = Dictionary(uniqueKeysWithValues: definition.evaluationOrder.enumerated().map { ($1, $0) })
        for slot in definition.slots {
            let reads = (slot.item.calculation?.node.references ?? []).compactMap(\.slot)
            for read in reads { #expect((position[read] ?? 0) < (position[slot.index] ?? 0)) }
        }
    }
}

@Suite("Hostile definition files")
struct HostileDefinitionTests {
    @Test func malformedYAMLGivesPositionNotCrash() {
        let diagnostics = Fixtures.diagnostics("id: x\n  bad: [unclosed\n")
        #expect(diagnostics.first?.code == "yaml-syntax")
        #expect(diagnostics.first?.position != nil)
    }

    @Test func hugeFileIsRefused() {
        let huge = String(repeating: "# padding line to make the file large\n", count: 60_000)
        let diagnostics = Fixtures.diagnostics(huge)
        #expect(diagnostics.map(\.code) == ["file-too-large"])
    }

    @Test func deepNestingIsRefused() {
        let deep = "id: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        let diagnostics = Fixtures.diagnostics(deep)
        #expect(diagnostics.hasErrors)
    }

    @Test func aliasBombIsStopped() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "sections: *a9\n"
        let diagnostics = Fixtures.diagnostics(yaml)
        #expect(diagnostics.hasErrors)
    }

    @Test func longExpressionIsRefusedWithLimit() {
        let long = Array(repeating: "1", count: 3_000).joined(separator: " + ")
        let items = "      - {id: a, type: calculate, calculation: \"\(long)\"}"
        let diagnostics = Fixtures.diagnostics(survey(items: items))
        #expect(diagnostics.contains { $0.code == "expression-syntax" && $0.message.en.contains("limit is 4000") })
    }

    @Test func deeplyNestedExpressionIsRefused() {
        let nested = String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200)
        let items = "      - {id: a, type: calculate, calculation: \"\(nested)\"}"
        let diagnostics = Fixtures.diagnostics(survey(items: items))
        #expect(diagnostics.contains { $0.message.en.contains("nested more than") })
    }

    @Test func nonUTF8IsRefused() {
        let diagnostics = SurveyLoader.load(yaml: Data([0x69, 0x64, 0x3A, 0x20, 0xFF, 0xFE]), file: "survey.yaml").diagnostics
        #expect(diagnostics.map(\.code) == ["not-utf8"])
    }
}
