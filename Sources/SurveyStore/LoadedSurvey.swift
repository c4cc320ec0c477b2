public import SurveyCore

/// A survey version from the database, ready to validate and score the responses pinned to it.
public struct LoadedSurvey: Sendable {
    /// The `survey_version` row id.
    public let versionID: Int64
    /// The questionnaire.
    public let survey: SurveyDefinition
    /// The rubric.
    public let rubric: Rubric
    /// Checks responses against `survey`.
    public let validator: ResponseValidator
    /// Scores evaluated responses with `rubric`.
    public let scorer: Scorer
    /// Measure ids of the rubric, for checking verifications and overrides.
    public let measureIDs: Set<String>

    init(versionID: Int64, survey: SurveyDefinition, rubric: Rubric) {
        self.versionID = versionID
        self.survey = survey
        self.rubric = rubric
        self.validator = ResponseValidator(survey: survey)
        self.scorer = Scorer(survey: survey, rubric: rubric)
        self.measureIDs = Set(rubric.measures.map(\.id))
    }

    /// The error for a measure id the rubric lacks, with the closest id as a hint; nil when the id exists.
    public func unknownMeasure(_ id: String) -> StoreError? {
        guard !measureIDs.contains(id) else { return nil }
        return .unknownMeasure(id, suggestion: MeasureSuggestion.closest(to: id, in: measureIDs.sorted()))
    }
}

/// "Did you mean …?" for measure ids typed on the command line.
enum MeasureSuggestion {
    static func closest(to word: String, in candidates: [String]) -> String? {
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(Array(word.unicodeScalars), Array(candidate.unicodeScalars))
            if distance <= max(1, min(4, word.count / 3)), distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + [Int](repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
