import Foundation
import Testing
@testable import SurveyCore

@Suite("Verdict margins: properties over generated responses")
struct VerdictMarginPropertyTests {
    /// Changing the reported number of measures does change the verdict; changing fewer never does — checked against
    /// every single and pair of status changes, each card re-scored by the scorer.
    @Test(arguments: [UInt64(31), 32, 34])
    func marginsAgreeWithExhaustiveSearch(seed: UInt64) throws {
        let (scorer, forms) = try ScoringPropertyTests.generated(16, seed: seed)
        var seen: Set<String> = []
        for (index, form) in forms.enumerated() {
            let card = scorer.score(form, institution: "G-\(index)")
            let oracle = MarginOracle.margins(of: card, scorer: scorer)
            #expect(MarginOracle.Margins(down: card.marginDown, up: card.marginUp) == oracle, "G-\(index) \(card.verdict)")
            seen.insert("\(card.verdict.rawValue) \(oracle)")
        }
        #expect(seen.count >= 3, "the generated cards should cover several verdicts and margins: \(seen)")
    }

    /// The same with verdict rules the search cannot treat as monotone, so it tries every change.
    @Test func exhaustiveSearchAgreesForArbitraryRules() throws {
        var (scorer, forms) = try ScoringPropertyTests.generated(8, seed: 33)
        var rubric = scorer.rubric
        rubric.verdicts = try [
            (Verdict.needsImprovement, "max_domain_laxity >= 60 and not(laxity > 45)"),
            (Verdict.substandard, "critical_unmet >= 2 or laxity > 30"),
        ].map { verdict, source in
            Rubric.VerdictRule(verdict: verdict, condition: SurveyCore.Expression(source: source, node: try ExpressionParser.parse(source),
                                                                        position: SourcePosition(file: "test", line: 1, column: 1)))
        }
        #expect(!VerdictRules(rubric.verdicts).monotone)
        scorer = Scorer(survey: scorer.survey, rubric: rubric)
        for (index, form) in forms.enumerated() {
            let card = scorer.score(form, institution: "G-\(index)")
            #expect(MarginOracle.Margins(down: card.marginDown, up: card.marginUp) == MarginOracle.margins(of: card, scorer: scorer),
                    "G-\(index) \(card.verdict)")
        }
    }
}
