import Foundation
import SurveyCore

/// What every benchmark section shares: the real survey and rubric, a fixed date, and distinct synthetic responses.
struct BenchSetup {
    let folder: String
    let survey: SurveyDefinition
    let rubric: Rubric
    let today: CivilDate
    let responses: [ResponseFile]
    /// How many operations each throughput section runs (`BENCH_COUNT`, default 20,000).
    let count: Int

    static func load(arguments: [String]) throws -> BenchSetup {
        let folder = arguments.firstIndex(of: "--survey").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
            ?? "surveys/cao-research-integrity-2023"
        let loaded = SurveyLoader.load(URL(fileURLWithPath: folder + "/survey.yaml"), file: folder + "/survey.yaml")
        guard let survey = loaded.survey else {
            print(loaded.diagnostics.map(\.description).joined(separator: "\n"))
            exit(1)
        }
        let rubricResult = RubricLoader.load(URL(fileURLWithPath: folder + "/rubric.yaml"), file: folder + "/rubric.yaml", survey: survey)
        guard let rubric = rubricResult.rubric else {
            print(rubricResult.diagnostics.map(\.description).joined(separator: "\n"))
            exit(1)
        }
        let today = CivilDate(daysSinceEpoch: 19_650)  // 2023-10-20
        var random = SeededGenerator(seed: 42)
        let responder = SyntheticResponder(survey: survey)
        let distinct = 500
        let started = Date()
        let responses = (0..<distinct).map { index in
            responder.respond(institution: "B-\(index)", profile: .init(maturity: Double(index % 10) / 10, evidenceRate: 0.5),
                              today: today, using: &random)
        }
        print(String(format: "setup           %d distinct synthetic responses generated in %.2f s", distinct, Date().timeIntervalSince(started)))
        let count = Int(ProcessInfo.processInfo.environment["BENCH_COUNT"] ?? "") ?? 20_000
        return BenchSetup(folder: folder, survey: survey, rubric: rubric, today: today, responses: responses, count: count)
    }

    /// Prints one throughput line: rate, count, time, and the target when there is one.
    static func report(_ name: String, count: Int, elapsed: Duration, unit: String, target: Double?, extra: String) {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Double(count) / seconds
        let goal = target.map { String(format: " (target ≥ %.0f/s: %@)", $0, rate >= $0 ? "met" : "NOT met") } ?? ""
        print(String(format: "%-15@ %8.0f %@/s over %d in %.2f s%@ — %@", name as NSString, rate, unit as NSString, count, seconds,
                     goal, extra as NSString))
    }

    /// Peak resident memory of this process so far (VmHWM), in MiB.
    static func peakMemoryMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kilobytes / 1024
    }
}
