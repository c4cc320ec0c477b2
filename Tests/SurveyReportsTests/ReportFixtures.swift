import Foundation
import Testing
@testable import SurveyCore
@testable import SurveyReports

/// Inputs for the report tests: the real questionnaire and rubric (product content, found from this file's location
/// as SurveyCoreTests does, never the working directory), and score cards synthesised directly from the rubric so
/// thousands of institutions cost nothing.
enum ReportFixtures {
    static let realSurveyFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("surveys/cao-research-integrity-2023")

    static func realSurveyAndRubric() throws -> (SurveyDefinition, Rubric) {
        let surveyURL = realSurveyFolder.appendingPathComponent("survey.yaml")
        let survey = try #require(SurveyLoader.load(surveyURL, file: "survey.yaml").survey)
        let rubricURL = realSurveyFolder.appendingPathComponent("rubric.yaml")
        let rubric = try #require(RubricLoader.load(rubricURL, file: "rubric.yaml", survey: survey).rubric)
        return (survey, rubric)
    }

    static let provenance = ReportProvenance(
        surveyID: "cao-research-integrity-2023", surveyVersion: "2023.1", surveySHA256: String(repeating: "a", count: 64),
        rubricID: "laxity-2023", rubricVersion: "2023.1", rubricSHA256: String(repeating: "b", count: 64),
        generatedAt: Date(timeIntervalSince1970: 1_710_460_800), chosaVersion: "0.1.0-test")

    /// A card with random statuses: `maturity` is the chance a measure is met.
    static func card(_ rubric: Rubric, institution: String, maturity: Double, using random: inout SeededGenerator) -> ScoreCard {
        var results: [MeasureResult] = []
        for measure in rubric.measures {
            let draw = Double.random(in: 0..<1, using: &random)
            let status: MeasureStatus = draw < 0.04 ? .notApplicable : draw < 0.04 + maturity ? .met
                : draw < 0.04 + maturity + (0.96 - maturity) / 2 ? .partial : .notMet
            let kept = status.keptShare.map { Double(measure.points) * $0 } ?? 0
            results.append(MeasureResult(id: measure.id, domain: measure.domain, critical: measure.critical, points: measure.points,
                                         status: status, ruleStatus: status, rule: .met, downgraded: false, kept: kept,
                                         evidence: .e1, evidenceSource: .file, overrideReason: nil, verificationNote: nil, failure: nil))
        }
        var domains: [DomainScore] = []
        for domain in rubric.domains {
            let mine = results.filter { $0.domain == domain.id && $0.status != .notApplicable }
            let applicable = Double(mine.reduce(0) { $0 + $1.points })
            let kept = mine.reduce(0) { $0 + $1.kept }
            domains.append(DomainScore(id: domain.id, weight: domain.weight, kept: kept, applicable: applicable,
                                       laxity: applicable > 0 ? 100 * (1 - kept / applicable) : nil))
        }
        let weighted = domains.filter { $0.applicable > 0 }
        let total = weighted.reduce(0) { $0 + $1.weight }
        let laxity = total > 0 ? 100 * (1 - weighted.reduce(0) { $0 + $1.weight * $1.kept / $1.applicable } / total) : 0
        let maxDomain = weighted.compactMap(\.laxity).max() ?? 0
        let critical = results.filter { $0.critical && $0.status != .notApplicable && $0.status != .met }.map(\.id)
        let verdict: Verdict = !critical.isEmpty || laxity > 30 || maxDomain > 50 ? .substandard : laxity > 15 ? .needsImprovement : .adequate
        return ScoreCard(institution: institution, laxity: laxity, maxDomainLaxity: maxDomain, verdict: verdict, confidence: .medium,
                         criticalUnmet: critical, domains: domains, measures: results, evidencedShares: [1, 0, 0])
    }

    /// A roster of `sizes[category]` institutions, the share `scoredShare` of each scored, the rest spread over the
    /// earlier stages.
    static func input(_ rubric: Rubric, sizes: [InstitutionCategory: Int], scoredShare: Double = 0.9, seed: UInt64 = 7,
                      surveyTitle: LocalizedText = LocalizedText(["ja": "調査", "en": "Survey"])) -> ReportInput {
        var random = SeededGenerator(seed: seed)
        var institutions: [ReportInstitution] = []
        for category in InstitutionCategory.allCases {
            for index in 0..<(sizes[category] ?? 0) {
                if Double.random(in: 0..<1, using: &random) < scoredShare {
                    let maturity = Double.random(in: 0.3...0.95, using: &random)
                    let card = card(rubric, institution: "\(category.rawValue)-\(index)", maturity: maturity, using: &random)
                    institutions.append(ReportInstitution(category: category, card: card))
                } else {
                    let stage = [ResponseStatus.rostered, .invited, .started, .submitted].randomElement(using: &random) ?? .invited
                    institutions.append(ReportInstitution(category: category, status: stage))
                }
            }
        }
        return ReportInput(institutions: institutions, rubric: rubric, surveyTitle: surveyTitle, provenance: provenance)
    }

    /// Roughly the real survey's make-up: 86 national, 90 public, 160 private, 27 agencies, 4 inter-university.
    static let realisticSizes: [InstitutionCategory: Int] = [
        .nationalUniversity: 86, .publicUniversity: 90, .privateUniversity: 160, .nationalResearchAgency: 27, .interUniversityInstitute: 4,
    ]

    /// A folder under the temporary directory, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chosa-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension ReportFixtures {
    /// Random answers to `questions`: most questions answered, choices drawn with a per-institution lean so some
    /// groups come out unanimous, numbers and entry counts small.
    static func answers(_ questions: [ReportQuestion], using random: inout SeededGenerator) -> ReportAnswers {
        ReportAnswers(values: questions.map { question in
            guard Double.random(in: 0..<1, using: &random) < 0.9 else { return nil }
            switch question.kind {
            case .single:
                let count = max(1, question.choiceValues.count)
                return .choices([Double.random(in: 0..<1, using: &random) < 0.6 ? 0 : Int.random(in: 0..<count, using: &random)])
            case .multiple:
                let chosen = question.choiceValues.indices.filter { $0 == 0 || Double.random(in: 0..<1, using: &random) < 0.3 }
                return .choices(chosen)
            case .number:
                return .number(Double(Int.random(in: 0...40, using: &random)))
            case .entries:
                return .number(Double(Int.random(in: 0...6, using: &random)))
            }
        })
    }

    /// `input(…)` over the real questionnaire, with answers for every scored institution.
    static func answeredInput(sizes: [InstitutionCategory: Int] = realisticSizes, seed: UInt64 = 7) throws -> ReportInput {
        let (survey, rubric) = try realSurveyAndRubric()
        var input = ReportFixtures.input(rubric, sizes: sizes, seed: seed,
                                         surveyTitle: survey.title)
        input.survey = survey
        let questions = input.questions
        var random = SeededGenerator(seed: seed &+ 1)
        for index in input.institutions.indices where input.institutions[index].card != nil {
            input.institutions[index].answers = answers(questions, using: &random)
        }
        return input
    }
}
