/// One institution's score: each measure's status and points, domain laxities, the laxity score, verdict and
/// confidence. Encodes to the JSON of DESIGN §5.5 (laxities unrounded; round to one decimal only when displaying).
public struct ScoreCard: Sendable, Equatable {
    /// The institution's roster id.
    public var institution: String
    /// 0 (every applicable measure met with evidence) to 100 (none met).
    public var laxity: Double
    /// The largest domain laxity (0 when no domain applies).
    public var maxDomainLaxity: Double
    /// The verdict from the rubric's rules.
    public var verdict: Verdict
    /// How far the kept points rest on evidence.
    public var confidence: Confidence
    /// Applicable critical measures whose status is not `met`, in rubric order.
    public var criticalUnmet: [String]
    /// Per domain, in rubric order.
    public var domains: [DomainScore]
    /// Per measure, in rubric order.
    public var measures: [MeasureResult]
    /// Shares of kept points resting on evidence of at least E1, E2, E3 (1 when nothing is kept).
    public var evidencedShares: [Double]
    /// The fewest applicable measures whose status must change for a worse verdict: 1, 2, or 3 meaning "3 or more";
    /// nil when the verdict is already substandard (DESIGN §3, verdict margin).
    public var marginDown: Int? = nil
    /// The fewest for a better verdict, as `marginDown`; nil when the verdict is already adequate.
    public var marginUp: Int? = nil

    /// True when one measure's status would give a better verdict (`marginUp` is 1): the adverse verdict rests on
    /// one answer, so it waits for an analyst's confirmation before any letter leaves (DESIGN §3). `marginDown` is
    /// not counted: under the default rules any met critical measure gives a margin down of 1, and a letter is only
    /// sent for a verdict the institution would contest upward.
    public var restsOnOneAnswer: Bool {
        marginUp == 1
    }

    /// The result for measure `id`.
    public func measure(_ id: String) -> MeasureResult? {
        measures.first { $0.id == id }
    }

    /// The laxity for domain `id`; nil when none of its measures applies.
    public func domainLaxity(_ id: String) -> Double? {
        domains.first { $0.id == id }?.laxity
    }
}

/// One domain's points and laxity.
public struct DomainScore: Sendable, Equatable {
    /// Domain id.
    public var id: String
    /// The domain's weight.
    public var weight: Double
    /// Points kept.
    public var kept: Double
    /// Points of the measures that apply.
    public var applicable: Double
    /// 100 × (1 − kept ÷ applicable); nil when nothing applies (the domain drops out of the weighting).
    public var laxity: Double?
}

/// One measure's outcome and how it came about.
public struct MeasureResult: Sendable, Equatable {
    /// Which rule decided the computed status.
    public enum Rule: String, Sendable, Codable {
        /// `applies` was false.
        case notApplicable = "applies"
        /// `met` was true.
        case met
        /// `met` was false and `partial` true.
        case partial
        /// Neither held.
        case neither
        /// A rule could not be evaluated (reported; counted as not met).
        case failed
    }

    /// Where the evidence level came from.
    public enum EvidenceSource: String, Sendable, Codable {
        case none
        case file
        case analyst
        case override
    }

    /// Measure id.
    public var id: String
    /// Domain id.
    public var domain: String
    /// Whether the measure is critical.
    public var critical: Bool
    /// 5, 3 or 1.
    public var points: Int
    /// The final status (after the evidence rule and any override).
    public var status: MeasureStatus
    /// What the rules gave, before the evidence rule and any override.
    public var ruleStatus: MeasureStatus
    /// The rule that decided `ruleStatus`.
    public var rule: Rule
    /// True when `met` was lowered to `partial` for lack of evidence (DESIGN §3).
    public var downgraded: Bool
    /// Points kept (points, half, or none; 0 when not applicable).
    public var kept: Double
    /// The final evidence level.
    public var evidence: EvidenceLevel
    /// Where it came from.
    public var evidenceSource: EvidenceSource
    /// The analyst's override reason, when the status or level was overridden.
    public var overrideReason: String?
    /// The analyst's verification note, when one was recorded.
    public var verificationNote: String?
    /// The problem when a rule could not be evaluated.
    public var failure: Message?
}
