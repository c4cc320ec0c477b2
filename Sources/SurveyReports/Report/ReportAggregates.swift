/// The report's true figures before disclosure control: every table of counts and every distribution.
/// Never rendered directly; `ReportPublisher` turns it into a `PublishedReport`.
public struct ReportAggregates: Sendable, Equatable {
    /// Institutions on the roster, invited, started, submitted and scored, by group; the base is the roster.
    public var response: CountTable
    /// Per rubric measure, in rubric order: met / partly met / not met / not applicable; the base is those scored.
    public var measures: [CountTable]
    /// Substandard / needs improvement / adequate; the base is those scored.
    public var verdicts: CountTable
    /// The laxity score's distribution.
    public var laxity: Distribution
    /// Each domain's laxity distribution, in rubric order (a domain counts only where it applies).
    public var domains: [Distribution]
}
