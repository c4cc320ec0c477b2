public import SurveyCore

/// The distribution of one score (laxity, or one domain's laxity) in each group: how many institutions it rests on
/// and their quantiles.
public struct Distribution: Sendable, Equatable {
    /// `laxity` or `domain.<id>`.
    public var id: String
    /// What is distributed.
    public var title: Message
    /// One entry per `ReportGroup.rows`.
    public var groups: [ReportGroup]
    /// Institutions each group's quantiles rest on.
    public var counts: [Int]
    /// Quantiles per group; nil for a group with no institution.
    public var summaries: [BoxSummary?]
    /// Per group, whether every institution gave the same value (so any quantile would be each one's own answer);
    /// empty when not tracked (scores, whose groups are never uniform in practice and are published as quantiles).
    public var uniform: [Bool]

    /// A distribution from its parts.
    public init(id: String, title: Message, groups: [ReportGroup] = ReportGroup.rows, counts: [Int], summaries: [BoxSummary?],
                uniform: [Bool] = []) {
        self.id = id
        self.title = title
        self.groups = groups
        self.counts = counts
        self.summaries = summaries
        self.uniform = uniform
    }
}
