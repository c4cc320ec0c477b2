import Foundation
import SurveyCore

/// Issue 3's figure: score cards per second for the real rubric (target 20,000 on one core), from evaluated forms,
/// and end to end from a response (validation included).
enum ScoringBench {
    static func run(_ setup: BenchSetup) {
        let validator = ResponseValidator(survey: setup.survey)
        let scorer = Scorer(survey: setup.survey, rubric: setup.rubric)
        let forms = setup.responses.map { validator.validate($0, today: setup.today).form }
        var laxity = 0.0
        var fragile = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for index in 0..<setup.count {
                let card = scorer.score(forms[index % forms.count], institution: "B")
                laxity += card.laxity
                if card.restsOnOneAnswer { fragile += 1 }
            }
        }
        let count = Double(max(setup.count, 1))
        BenchSetup.report("score", count: setup.count, elapsed: elapsed, unit: "cards", target: 20_000,
                          extra: String(format: "mean laxity %.1f; with verdict margins (%.0f%% one change from a better verdict)",
                                        laxity / count, 100 * Double(fragile) / count))
        let endToEnd = clock.measure {
            for index in 0..<setup.count {
                let form = validator.validate(setup.responses[index % setup.responses.count], today: setup.today).form
                laxity += scorer.score(form, institution: "B").laxity
            }
        }
        BenchSetup.report("validate+score", count: setup.count, elapsed: endToEnd, unit: "cards", target: nil,
                          extra: "response to score card")
    }
}
