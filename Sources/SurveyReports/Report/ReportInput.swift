public import SurveyCore

/// Everything the March summary is computed from: the roster's institutions with their progress and score cards,
/// the rubric they were scored with, and the provenance. Built at the edge (the store, a test, the benchmark);
/// the aggregation and the disclosure control are pure functions of it.
public struct ReportInput: Sendable, Equatable {
    /// Every institution on the roster, in a stable order (the store gives roster-id order).
    public var institutions: [ReportInstitution]
    /// The rubric the cards were scored with (measure and domain titles, points, critical flags, verdict rules).
    public var rubric: Rubric
    /// The questionnaire's title.
    public var surveyTitle: LocalizedText
    /// Versions, hashes, generation time and chosa version.
    public var provenance: ReportProvenance
    /// The questionnaire, when known: its purpose, deadline and publisher for the overview, its questions for the
    /// per-question tables (institutions' `answers` follow `ReportQuestion.all(in:)` of it) and the annex.
    public var survey: SurveyDefinition?

    /// An input from its parts.
    public init(institutions: [ReportInstitution], rubric: Rubric, surveyTitle: LocalizedText, provenance: ReportProvenance,
                survey: SurveyDefinition? = nil) {
        self.institutions = institutions
        self.rubric = rubric
        self.surveyTitle = surveyTitle
        self.provenance = provenance
        self.survey = survey
    }

    /// The questions the per-question section tabulates (none without the questionnaire).
    public var questions: [ReportQuestion] {
        survey.map(ReportQuestion.all(in:)) ?? []
    }
}
