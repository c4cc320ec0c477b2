import Foundation
import SurveyCore

/// `make bench`: throughput figures for the real questionnaire, printed, never asserted.
/// Machines here are shared and noisy: read the figures as ratios within one run.
/// Each section lives in its own file and takes the shared `BenchSetup`.
@main
struct Bench {
    static func main() async throws {
        let setup = try BenchSetup.load(arguments: CommandLine.arguments)
        print("chosa benchmarks — survey \(setup.survey.id) (\(setup.survey.slots.count) items), rubric \(setup.rubric.id) (\(setup.rubric.measures.count) measures), release build, one core")
        ValidationBench.run(setup)
        ScoringBench.run(setup)
        WorkbookBench.run(setup)
        try StoreBench.run(folder: setup.folder, responses: setup.responses)
        try ReportBench.run(folder: setup.folder, survey: setup.survey, responses: setup.responses, today: setup.today)
        try await SectionViewBench.run(folder: setup.folder)
    }
}
