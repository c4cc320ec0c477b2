import Foundation
import SurveyCore

/// Issue 2's figure: responses validated per second (target 10,000 on one core), and with JSON decoding included.
enum ValidationBench {
    static func run(_ setup: BenchSetup) {
        let validator = ResponseValidator(survey: setup.survey)
        let responses = setup.responses
        var problems = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for index in 0..<setup.count {
                problems += validator.validate(responses[index % responses.count], today: setup.today).problems.count
            }
        }
        BenchSetup.report("validate", count: setup.count, elapsed: elapsed, unit: "responses", target: 10_000,
                          extra: "\(problems / max(setup.count, 1)) problems per response on average")

        let encoder = JSONEncoder()
        let files = responses.map { response in
            (try? encoder.encode(JSONValue.object(["survey": .string(response.survey), "institution": .string(response.institution),
                                                   "answers": .object(response.answers)]))) ?? Data()
        }
        let decodeElapsed = clock.measure {
            for index in 0..<setup.count {
                if let parsed = try? ResponseFile.read(files[index % files.count]).first?.response {
                    problems += validator.validate(parsed, today: setup.today).problems.count
                }
            }
        }
        BenchSetup.report("decode+validate", count: setup.count, elapsed: decodeElapsed, unit: "responses", target: nil,
                          extra: "JSON text to problems")
    }
}
