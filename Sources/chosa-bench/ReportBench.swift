import Foundation
import SurveyCore
import SurveyReports

/// The report benchmark: the time to build the March summary — aggregation, disclosure control and every output file
/// rendered in both languages, without disk writes — for the real roster size (370, target < 1 s) and for 100,000
/// institutions (target < 15 s). Cards come from the synthetic responses scored with the real rubric; the 100,000
/// reuse that pool of distinct cards, since generating 100,000 responses would take far longer than the report.
enum ReportBench {
    static func run(folder: String, survey: SurveyDefinition, responses: [ResponseFile], today: CivilDate) throws {
        let rubricPath = folder + "/rubric.yaml"
        guard let rubric = RubricLoader.load(URL(fileURLWithPath: rubricPath), file: rubricPath, survey: survey).rubric else {
            print("report: \(rubricPath) does not load; skipped")
            return
        }
        let clock = ContinuousClock()
        let validator = ResponseValidator(survey: survey)
        let scorer = Scorer(survey: survey, rubric: rubric)
        var cards: [ScoreCard] = []
        var answers: [ReportAnswers] = []
        let questions = ReportQuestion.all(in: survey)
        let scoring = clock.measure {
            for response in responses {
                let form = validator.validate(response, today: today, mode: .submission).form
                cards.append(scorer.score(form, institution: response.institution))
                answers.append(ReportAnswers(form, questions: questions))
            }
        }
        print(String(format: "report: scored %d distinct synthetic responses in %.2f s (the pool of cards)", cards.count, seconds(scoring)))
        // The real survey's make-up, then the same proportions scaled up.
        let shares: [(InstitutionCategory, Int)] = [(.nationalUniversity, 86), (.publicUniversity, 60), (.privateUniversity, 180),
                                                    (.nationalResearchAgency, 27), (.interUniversityInstitute, 17)]
        for (size, target) in [(370, 1.0), (100_000, 15.0)] {
            var random = SeededGenerator(seed: 370)
            var institutions: [ReportInstitution] = []
            institutions.reserveCapacity(size)
            for index in 0..<size {
                let slot = index % 370
                var running = 0
                let category = shares.first { running += $0.1; return slot < running }?.0 ?? .privateUniversity
                if Double.random(in: 0..<1, using: &random) < 0.9, !cards.isEmpty {
                    institutions.append(ReportInstitution(category: category, card: cards[index % cards.count],
                                                          answers: answers[index % answers.count]))
                } else {
                    institutions.append(ReportInstitution(category: category, status: .started))
                }
            }
            let provenance = ReportProvenance(surveyID: survey.id, surveyVersion: survey.version, surveySHA256: "", rubricID: rubric.id,
                                              rubricVersion: rubric.version, rubricSHA256: "", generatedAt: Date(timeIntervalSince1970: 0),
                                              chosaVersion: "bench")
            let input = ReportInput(institutions: institutions, rubric: rubric, surveyTitle: survey.title, provenance: provenance,
                                    survey: survey)
            var fileCount = 0
            var bytes = 0
            var failure: (any Error)?
            let elapsed = clock.measure {
                let report = ReportPublisher.publish(input, rules: DisclosureRules())
                do {
                    let files = try ReportBundle.files(report, editions: .both)
                    fileCount = files.count
                    bytes = files.reduce(0) { $0 + $1.text.utf8.count }
                } catch {
                    failure = error
                }
            }
            if let failure { print("report: rendering failed: \(failure)") }
            let time = seconds(elapsed)
            print(String(format: "report      %7d institutions in %.2f s (target < %.0f s: %@) — %d files, %.1f MB, both languages",
                         size, time, target, time < target ? "met" : "NOT met", fileCount, Double(bytes) / 1_000_000))
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
