/// A checked scoring rubric (DESIGN §5.3): domains of weighted measures, verdict rules and confidence rules.
/// Built only by `RubricLoader`, which binds every expression to the survey it scores.
public struct Rubric: Sendable, Equatable {
    /// One thing an institution's management system should have, with how to tell and what to do if it lacks it.
    public struct Measure: Sendable, Equatable, Identifiable {
        /// Measure id, e.g. `sanc_defined`.
        public var id: String
        /// The id of the domain the measure belongs to.
        public var domain: String
        /// Short title.
        public var title: LocalizedText
        /// 5 essential, 3 important, 1 good practice.
        public var points: Int
        /// A critical measure can never be deferred: unmet, it makes the verdict substandard under the default rules.
        public var critical: Bool
        /// When the measure applies; nil means always.
        public var applies: Expression?
        /// When it is met.
        public var met: Expression
        /// When it is partly met (tried only if `met` is false).
        public var partial: Expression?
        /// The evidence item whose attached file raises the evidence level to E1.
        public var evidence: String?
        /// The level below which a `met` status counts as `partial` (E1 for critical measures unless stated).
        public var minEvidence: EvidenceLevel
        /// What the institution should do.
        public var recommendation: LocalizedText
        /// The guideline, rule or request the measure rests on.
        public var basis: LocalizedText
        /// The evidence that would show the gap is closed.
        public var closingEvidence: LocalizedText?
        /// Where the measure is defined in `rubric.yaml`.
        public var position: SourcePosition
    }

    /// A group of measures with a weight in the overall score.
    public struct Domain: Sendable, Equatable, Identifiable {
        /// Domain id, e.g. `sanctions`.
        public var id: String
        /// Title.
        public var title: LocalizedText
        /// Relative weight in the laxity score (positive).
        public var weight: Double
        /// The measures, in order.
        public var measures: [Measure]
    }

    /// "When `condition` holds, the verdict is `verdict`."
    public struct VerdictRule: Sendable, Equatable {
        /// The verdict given.
        public var verdict: Verdict
        /// Over `laxity`, `max_domain_laxity` and `critical_unmet`.
        public var condition: Expression
    }

    /// "When `condition` holds, the confidence is `confidence`."
    public struct ConfidenceRule: Sendable, Equatable {
        /// The confidence given.
        public var confidence: Confidence
        /// Over `evidenced_e1`, `evidenced_e2` and `evidenced_e3`.
        public var condition: Expression
    }

    /// Rubric id.
    public var id: String
    /// Version label.
    public var version: String
    /// The id of the survey it scores.
    public var survey: String
    /// Title.
    public var title: LocalizedText?
    /// Domains in order.
    public var domains: [Domain]
    /// Verdict rules; the first that holds decides, `adequate` otherwise.
    public var verdicts: [VerdictRule]
    /// Confidence rules; the first that holds decides, `low` otherwise.
    public var confidence: [ConfidenceRule]

    /// Every measure in rubric order.
    public var measures: [Measure] {
        domains.flatMap(\.measures)
    }

    /// The measure with `id`.
    public func measure(_ id: String) -> Measure? {
        measures.first { $0.id == id }
    }

    /// Names verdict rules may use.
    public static let verdictVariables = ["laxity", "max_domain_laxity", "critical_unmet"]
    /// Names confidence rules may use.
    public static let confidenceVariables = ["evidenced_e1", "evidenced_e2", "evidenced_e3"]
    /// DESIGN §3's verdict rules, used when a rubric gives none. One weak domain asks for improvement; only an unmet
    /// critical measure or a high overall laxity makes an institution substandard.
    public static let defaultVerdicts = [
        (Verdict.substandard, "critical_unmet > 0 or laxity > 30"),
        (Verdict.needsImprovement, "laxity > 15 or max_domain_laxity > 50"),
    ]
    /// The confidence rules used when a rubric gives none: high when half the kept points rest on analyst-reviewed
    /// records (E2+) and nine tenths on at least a document (E1+); medium when half rest on a document.
    public static let defaultConfidence = [
        (Confidence.high, "evidenced_e2 >= 0.5 and evidenced_e1 >= 0.9"),
        (Confidence.medium, "evidenced_e1 >= 0.5"),
    ]
}
