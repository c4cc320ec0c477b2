import Foundation
import Testing
@testable import SurveyCore

/// A rubric around one measure (YAML mapping entries indented by 8 spaces) for the scoring fixture survey.
private func rubric(measure: String, extra: String = "", weight: String = "1") -> String {
    """
    id: r
    version: "1"
    survey: scoring-fixture
    domains:
      - id: gov
        title: {ja: 体制, en: Governance}
        weight: \(weight)
        measures:
          - id: m1
            title: {ja: 規程, en: Regulation}
            recommendation: {ja: 定める, en: Adopt}
            basis: {ja: 指針, en: Guideline}
    \(measure)
    \(extra)
    """
}

@Suite("Rubric checks")
struct RubricCheckTests {
    static func diagnostics(_ yaml: String) throws -> [Diagnostic] {
        let survey = try Fixtures.survey("scoring")
        return RubricLoader.load(yaml: Data(yaml.utf8), file: "rubric.yaml", survey: survey).diagnostics
    }

    // Line 13 is the first line of `measure`; every position was checked to point at the offending token.
    @Test(arguments: [
        ("points other than 5, 3, 1", "        points: 4\n        met: \"${b} = 'yes'\"", "", "invalid-points", 13, 17),
        ("unknown item in a rule", "        points: 5\n        met: \"${bb} = 'yes'\"", "", "unknown-reference", 14, 15),
        ("evidence names a yes/no item", "        points: 5\n        met: \"${b} = 'yes'\"\n        evidence: b", "", "not-evidence", 15, 19),
        ("unknown evidence item", "        points: 5\n        met: \"${b} = 'yes'\"\n        evidence: docc", "", "unknown-reference", 15, 19),
        ("misspelt key", "        points: 5\n        mett: \"${b} = 'yes'\"", "", "unknown-key", 14, 9),
        ("unknown level", "        points: 5\n        met: \"${b} = 'yes'\"\n        min_evidence: E4", "", "invalid-level", 15, 23),
        ("verdict reads an item", "        points: 5\n        met: \"${b} = 'yes'\"",
         "verdicts:\n  - {verdict: substandard, when: \"${b} = 'no'\"}", "unknown-reference", 16, 35),
        ("verdict uses an unknown name", "        points: 5\n        met: \"${b} = 'yes'\"",
         "verdicts:\n  - {verdict: substandard, when: \"laxty > 30\"}", "unknown-name", 16, 35),
        ("unknown verdict", "        points: 5\n        met: \"${b} = 'yes'\"",
         "verdicts:\n  - {verdict: awful, when: \"laxity > 30\"}", "invalid-verdict", 16, 15),
    ] as [(String, String, String, String, Int, Int)])
    func reportsProblemAtItsPosition(_ name: String, _ measure: String, _ extra: String, _ code: String, _ line: Int, _ column: Int) throws {
        let found = try Self.diagnostics(rubric(measure: measure, extra: extra))
        let match = found.first { $0.code == code }
        #expect(match != nil, "\(name): no \(code) in \(found)")
        #expect(match?.position?.line == line, "\(name)")
        #expect(match?.position?.column == column, "\(name)")
    }

    @Test func negativeWeightIsRefused() throws {
        let found = try Self.diagnostics(rubric(measure: "        points: 5\n        met: \"${b} = 'yes'\"", weight: "-2"))
        #expect(found.contains { $0.code == "expected-number" })
    }

    @Test func rubricForAnotherSurveyIsRefused() throws {
        let yaml = rubric(measure: "        points: 5\n        met: \"${b} = 'yes'\"").replacingOccurrences(of: "survey: scoring-fixture", with: "survey: other")
        #expect(try Self.diagnostics(yaml).contains { $0.code == "wrong-survey" })
    }

    @Test func missingTranslationIsReported() throws {
        let yaml = rubric(measure: "        points: 5\n        met: \"${b} = 'yes'\"").replacingOccurrences(of: "{ja: 定める, en: Adopt}", with: "{ja: 定める}")
        #expect(try Self.diagnostics(yaml).contains { $0.code == "missing-translation" })
    }

    @Test func defaultVerdictsApplyWhenNoneAreGiven() throws {
        let survey = try Fixtures.survey("scoring")
        let result = RubricLoader.load(yaml: Data(rubric(measure: "        points: 5\n        met: \"${b} = 'yes'\"").utf8),
                                       file: "rubric.yaml", survey: survey)
        let loaded = try #require(result.rubric)
        #expect(loaded.verdicts.map(\.verdict) == [.substandard, .needsImprovement])
        #expect(loaded.confidence.map(\.confidence) == [.high, .medium])
    }
}
