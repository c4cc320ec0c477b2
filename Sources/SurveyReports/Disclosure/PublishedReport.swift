public import SurveyCore

/// The March summary as it may be published: every figure has passed disclosure control. Renderers (HTML, Markdown,
/// CSV, JSON) read only this, so no renderer can show a figure the rules withheld.
public struct PublishedReport: Sendable, Equatable {
    /// Versions, hashes, generation time and chosa version.
    public var provenance: ReportProvenance
    /// The questionnaire's title.
    public var surveyTitle: LocalizedText
    /// The rubric (domains, weights, measures, verdict and confidence rules) for the methodology and the tables' titles.
    public var rubric: Rubric
    /// The rules applied.
    public var rules: DisclosureRules
    /// Response progress by group.
    public var response: PublishedTable
    /// Per measure, in rubric order.
    public var measures: [PublishedTable]
    /// Verdict counts.
    public var verdicts: PublishedTable
    /// Laxity score distribution.
    public var laxity: PublishedDistribution
    /// Domain laxity distributions, in rubric order.
    public var domains: [PublishedDistribution]
    /// The most common gaps, most common first.
    public var gaps: [PublishedGap]
    /// Every tabulated question, in questionnaire order (empty when the input had no questionnaire).
    public var questions: [PublishedQuestion] = []
    /// The questionnaire, for the overview and the annex.
    public var survey: SurveyDefinition?
    /// Verdicts that rest on one answer (margin 1, DESIGN §3), or nil while the cards carry no margin.
    public var fragileVerdicts: FragileVerdicts?
    /// SHA-256 of the data snapshot the figures were computed from (see `DataSnapshot`).
    public var snapshotSHA256: String

    /// Every table, in the order the report shows them.
    public var tables: [PublishedTable] {
        [response, verdicts] + measures + questions.compactMap(\.table)
    }

    /// Whether any figure carries the footnote mark `mark`.
    public func uses(mark: String) -> Bool {
        tables.contains { $0.disclosures.contains { $0.mark == mark } }
            || ([laxity] + domains + questions.compactMap(\.distribution)).contains { $0.disclosures.contains { $0.mark == mark } }
    }
}
