import Foundation
import SurveyCore

/// `make bench`: throughput figures for the real questionnaire on one core, printed, never asserted.
/// Machines here are shared and noisy: read the figures as ratios within one run.
@main
struct Bench {
    static func main() throws {
        let arguments = CommandLine.arguments
        let folder = arguments.firstIndex(of: "--survey").map { arguments[$0 + 1] } ?? "surveys/cao-research-integrity-2023"
        let result = SurveyLoader.load(URL(fileURLWithPath: folder + "/survey.yaml"), file: folder + "/survey.yaml")
        guard let survey = result.survey else {
            print(result.diagnostics.map(\.description).joined(separator: "\n"))
            exit(1)
        }
        let today = CivilDate(year: 2023, month: 10, day: 20) ?? CivilDate(daysSinceEpoch: 19_650)
        print("chosa benchmarks — survey \(survey.id) (\(survey.slots.count) items), release build, one core")

        var random = SeededGenerator(seed: 42)
        let responder = SyntheticResponder(survey: survey)
        let distinct = 500
        let started = Date()
        let responses = (0..<distinct).map { index in
            responder.respond(institution: "B-\(index)", profile: .init(maturity: Double(index % 10) / 10, evidenceRate: 0.5),
                              today: today, using: &random)
        }
        print(String(format: "generate      %6d distinct synthetic responses in %.2f s", distinct, Date().timeIntervalSince(started)))

        let validator = ResponseValidator(survey: survey)
        let count = Int(ProcessInfo.processInfo.environment["BENCH_COUNT"] ?? "") ?? 20_000
        var problems = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for index in 0..<count {
                problems += validator.validate(responses[index % distinct], today: today).problems.count
            }
        }
        report("validate", count: count, elapsed: elapsed, target: 10_000, extra: "\(problems / count) problems per response on average")

        let encoder = JSONEncoder()
        let files = responses.map { response in
            (try? encoder.encode(JSONValue.object(["survey": .string(response.survey), "institution": .string(response.institution),
                                                   "answers": .object(response.answers)]))) ?? Data()
        }
        let decodeElapsed = clock.measure {
            for index in 0..<count {
                if let parsed = try? ResponseFile.read(files[index % distinct]).first?.response {
                    problems += validator.validate(parsed, today: today).problems.count
                }
            }
        }
        report("decode+validate", count: count, elapsed: decodeElapsed, target: nil, extra: "JSON text to problems")

        try StoreBench.run(folder: folder, responses: responses)
        try ReportBench.run(folder: folder, survey: survey, responses: responses, today: today)
    }

    static func report(_ name: String, count: Int, elapsed: Duration, target: Double?, extra: String) {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Double(count) / seconds
        let goal = target.map { String(format: " (target ≥ %.0f/s: %@)", $0, rate >= $0 ? "met" : "NOT met") } ?? ""
        print(String(format: "%-15@ %8.0f responses/s over %d in %.2f s%@ — %@", name as NSString, rate, count, seconds, goal, extra))
    }
}
