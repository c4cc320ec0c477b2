import Foundation
import Testing
@testable import SurveyCore

/// A card whose margins were worked out by hand.
struct MarginCase: Sendable, CustomTestStringConvertible {
    let name: String
    /// Verdict rules (YAML list items) for the boundary survey's measures; nil for the scoring fixture's defaults.
    var verdicts: String?
    /// Questions answered "no" (the rest "yes"), for the boundary survey.
    var unmet: [String] = []
    var domainB = false
    var reviews: [String: MeasureReview] = [:]
    /// For the scoring fixture: its answers and whether the document is attached.
    var scoringAnswers: String?
    var evidence = false
    let laxity: Double
    let verdict: Verdict
    let down: Int?
    let up: Int?
    var testDescription: String { name }
}

@Suite("Verdict margins: hand-computed cards")
struct VerdictMarginTests {
    // The boundary survey's measures, none critical: domain a 5, 5, 5, 3, 1, 1 (q1…q6), domain b 5, 5 (q7, q8) when q9
    // is yes, equal weights. With q9 no, laxity = 5 × points lost in a; with q9 yes, 2.5 × lost in a + 5 × lost in b,
    // and the domain laxities are 5 × lost in a and 10 × lost in b.
    static let ruleOne = """
          - {verdict: substandard, when: "laxity > 45"}
          - {verdict: needs_improvement, when: "laxity > 30 or max_domain_laxity > 60"}
        """
    static let domainRule = """
          - {verdict: substandard, when: "laxity > 50"}
          - {verdict: needs_improvement, when: "max_domain_laxity > 50"}
        """
    /// Not monotone in order (needs improvement first, so substandard can never be reached): the exhaustive search.
    static let outOfOrder = """
          - {verdict: needs_improvement, when: "laxity > 30"}
          - {verdict: substandard, when: "laxity > 45"}
        """
    /// Not monotone in its condition: the exhaustive search.
    static let pointRule = """
          - {verdict: substandard, when: "laxity = 25"}
        """
    static let partialB2 = ["b2": MeasureReview(overrideStatus: .partial, overrideReason: "test")]

    static let cases: [MarginCase] = [
        // Lost 0: one change loses at most 5 (laxity 25); two 5-point measures lose 10 (laxity 50 > 45).
        .init(name: "adequate, two changes from substandard", verdicts: ruleOne, laxity: 0, verdict: .adequate, down: 2, up: nil),
        // Lost 5 (laxity 25): a2 not met loses 10 (laxity 50).
        .init(name: "adequate, one change from worse", verdicts: ruleOne, unmet: ["q1"], laxity: 25, verdict: .adequate, down: 1, up: nil),
        // Lost 7 (laxity 35): a2 not met → 12 lost (60, substandard); a1 met → 2 lost (10, adequate).
        .init(name: "needs improvement, one change either way", verdicts: ruleOne, unmet: ["q1", "q5", "q6"],
              laxity: 35, verdict: .needsImprovement, down: 1, up: 1),
        // Lost 10 (laxity 50): a1 partly met → 7.5 lost (37.5, needs improvement).
        .init(name: "substandard, one change from better", verdicts: ruleOne, unmet: ["q1", "q2"], laxity: 50,
              verdict: .substandard, down: nil, up: 1),
        // Lost 18 (laxity 90): one change regains at most 5 (65); a1 and a2 met regain 10 (40, needs improvement).
        .init(name: "substandard, two changes from better", verdicts: ruleOne, unmet: ["q1", "q2", "q3", "q4"], laxity: 90,
              verdict: .substandard, down: nil, up: 2),
        // Lost 20 (laxity 100): two changes regain at most 10 (50 > 45).
        .init(name: "substandard, three or more from better", verdicts: ruleOne, unmet: ["q1", "q2", "q3", "q4", "q5", "q6"],
              laxity: 100, verdict: .substandard, down: nil, up: 3),
        // b1 not met, b2 partly met: b lost 7.5 (domain 75), laxity 37.5. a1 or b2 not met alone gives laxity 50 (not > 50);
        // a1 and a2 not met give 62.5. b2 met gives domain 50 and laxity 25: adequate.
        .init(name: "needs improvement from a domain, two from substandard", verdicts: domainRule, unmet: ["q7"], domainB: true,
              reviews: partialB2, laxity: 37.5, verdict: .needsImprovement, down: 2, up: 1),
        // Lost 20 (laxity 100): substandard cannot be reached; adequate needs laxity ≤ 30, 14 points back.
        .init(name: "rules out of order: nothing worse is reachable", verdicts: outOfOrder,
              unmet: ["q1", "q2", "q3", "q4", "q5", "q6"], laxity: 100, verdict: .needsImprovement, down: 3, up: 3),
        // a1 not met gives laxity exactly 25.
        .init(name: "a non-monotone rule is searched exhaustively", verdicts: pointRule, laxity: 0, verdict: .adequate, down: 1, up: nil),
        // The scoring fixture under DESIGN §3's default rules; m1 (5 points, gov, weight 2) is critical.
        // m1 partly met makes it substandard through critical_unmet.
        .init(name: "adequate: a met critical measure is one change from substandard", scoringAnswers: ScoringTests.allMet,
              evidence: true, laxity: 0, verdict: .adequate, down: 1, up: nil),
        // m1 downgraded to partial for want of the document: m1 met gives laxity 0.
        .init(name: "substandard on one critical measure", scoringAnswers: ScoringTests.allMet, laxity: 15.625,
              verdict: .substandard, down: nil, up: 1),
        // gov 37.5, laxity 25: m1 partly met → substandard; m2 met → laxity 0.
        .init(name: "needs improvement under the default rules",
              scoringAnswers: #"{"level": "full", "b": "no", "has_students": "no", "d": "yes"}"#, evidence: true,
              laxity: 25, verdict: .needsImprovement, down: 1, up: 1),
        // Laxity 62.5: m1 met alone → 46.875 (still > 30); m1 and m5 met → 21.875, needs improvement.
        .init(name: "substandard, critical and laxity, two from better",
              scoringAnswers: #"{"level": "some", "b": "no", "has_students": "yes", "c": "yes", "d": "no", "n": 3}"#,
              laxity: 62.5, verdict: .substandard, down: nil, up: 2),
        // Nothing kept: m1 and m5 met is the best pair, laxity 43.75.
        .init(name: "nothing kept: three or more from better",
              scoringAnswers: #"{"level": "none", "b": "no", "has_students": "yes", "c": "no", "d": "no", "n": 0}"#,
              laxity: 100, verdict: .substandard, down: nil, up: 3),
    ]

    static func boundaryRubric(verdicts: String, survey: SurveyDefinition) throws -> Rubric {
        let base = try String(contentsOf: Fixtures.url("boundary/rubric.yaml"), encoding: .utf8)
        let result = RubricLoader.load(yaml: Data((base + "verdicts:\n" + verdicts + "\n").utf8), file: "rubric.yaml", survey: survey)
        return try #require(result.rubric, "\(result.diagnostics)")
    }

    static func card(_ row: MarginCase) throws -> ScoreCard {
        if let verdicts = row.verdicts {
            let survey = try Fixtures.survey("boundary")
            let rubric = try boundaryRubric(verdicts: verdicts, survey: survey)
            var answers: [String: JSONValue] = [:]
            for index in 1...8 { answers["q\(index)"] = .string(row.unmet.contains("q\(index)") ? "no" : "yes") }
            answers["q9"] = .string(row.domainB ? "yes" : "no")
            let outcome = ResponseValidator(survey: survey).validate(ResponseFile(survey: survey.id, institution: "X", answers: answers),
                                                                     today: ScoringTests.today)
            return Scorer(survey: survey, rubric: rubric).score(outcome.form, institution: "X", reviews: row.reviews)
        }
        let (survey, rubric) = try Fixtures.surveyAndRubric("scoring")
        guard case let .object(answers) = try JSONValue.decode(Data((row.scoringAnswers ?? "{}").utf8)) else {
            throw ResponseFileError(Message(en: "not an object", ja: "オブジェクトではありません"))
        }
        var response = ResponseFile(survey: survey.id, institution: "X", answers: answers)
        if row.evidence { response.evidence["doc"] = [.init(sha256: String(repeating: "a", count: 64), name: "regulation.pdf")] }
        let outcome = ResponseValidator(survey: survey).validate(response, today: ScoringTests.today)
        return Scorer(survey: survey, rubric: rubric).score(outcome.form, institution: "X", reviews: row.reviews)
    }

    @Test(arguments: cases)
    func matchesHandComputation(_ row: MarginCase) throws {
        let card = try Self.card(row)
        #expect(card.laxity == row.laxity)
        #expect(card.verdict == row.verdict)
        #expect(card.marginDown == row.down)
        #expect(card.marginUp == row.up)
        #expect(card.restsOnOneAnswer == (row.up == 1))
        #expect(MarginOracle.margins(of: card, scorer: try Self.scorer(row)) == MarginOracle.Margins(down: row.down, up: row.up))
    }

    static func scorer(_ row: MarginCase) throws -> Scorer {
        if let verdicts = row.verdicts {
            let survey = try Fixtures.survey("boundary")
            return Scorer(survey: survey, rubric: try boundaryRubric(verdicts: verdicts, survey: survey))
        }
        let (survey, rubric) = try Fixtures.surveyAndRubric("scoring")
        return Scorer(survey: survey, rubric: rubric)
    }

    @Test func monotoneRulesAreRecognised() throws {
        let survey = try Fixtures.survey("boundary")
        #expect(VerdictRules(try Self.boundaryRubric(verdicts: Self.ruleOne, survey: survey).verdicts).monotone)
        #expect(VerdictRules(try Self.boundaryRubric(verdicts: Self.domainRule, survey: survey).verdicts).monotone)
        #expect(!VerdictRules(try Self.boundaryRubric(verdicts: Self.outOfOrder, survey: survey).verdicts).monotone)
        #expect(!VerdictRules(try Self.boundaryRubric(verdicts: Self.pointRule, survey: survey).verdicts).monotone)
        let real = try Fixtures.realRubric(try Fixtures.realSurvey())
        #expect(VerdictRules(real.verdicts).monotone)
    }

    @Test func marginsAreInBothJSONShapes() throws {
        let card = try Self.card(Self.cases[6])
        guard case let .object(fields) = card.jsonValue else { throw ResponseFileError(Message(en: "not an object", ja: "オブジェクトではありません")) }
        #expect(fields["margin_down"] == .number(2))
        #expect(fields["margin_up"] == .number(1))
        guard case let .object(adequate) = try Self.card(Self.cases[0]).jsonValue else { return }
        #expect(adequate["margin_up"] == .null)
    }
}

/// The margins found the slow way: every single and pair of status changes, each card re-scored by the scorer itself.
enum MarginOracle {
    struct Margins: Equatable, CustomStringConvertible {
        var down: Int?
        var up: Int?
        var description: String { "down \(down.map(String.init) ?? "nil"), up \(up.map(String.init) ?? "nil")" }
    }

    static func margins(of card: ScoreCard, scorer: Scorer) -> Margins {
        let applicable = card.measures.indices.filter { card.measures[$0].status != .notApplicable }
        func changed(_ changes: [(Int, MeasureStatus)]) -> Verdict {
            var results = card.measures
            for (index, status) in changes {
                results[index].status = status
                results[index].kept = Double(results[index].points) * (status.keptShare ?? 0)
            }
            return scorer.card(results, institution: card.institution, today: CivilDate(daysSinceEpoch: 0), margins: false).verdict
        }
        func others(_ index: Int) -> [MeasureStatus] {
            [MeasureStatus.met, .partial, .notMet].filter { $0 != card.measures[index].status }
        }
        var best: [Bool: Int] = [:]  // worse? → fewest changes
        func record(_ verdict: Verdict, _ count: Int) {
            if verdict.goodness < card.verdict.goodness { best[true] = min(best[true] ?? count, count) }
            if verdict.goodness > card.verdict.goodness { best[false] = min(best[false] ?? count, count) }
        }
        for index in applicable { for status in others(index) { record(changed([(index, status)]), 1) } }
        if best[true] == nil || best[false] == nil {
            for (position, first) in applicable.enumerated() {
                for second in applicable.dropFirst(position + 1) {
                    for a in others(first) { for b in others(second) { record(changed([(first, a), (second, b)]), 2) } }
                }
            }
        }
        return Margins(down: card.verdict == .substandard ? nil : best[true] ?? 3,
                       up: card.verdict == .adequate ? nil : best[false] ?? 3)
    }
}
