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

    /// A distribution from its parts.
    public init(id: String, title: Message, groups: [ReportGroup] = ReportGroup.rows, counts: [Int], summaries: [BoxSummary?]) {
        self.id = id
        self.title = title
        self.groups = groups
        self.counts = counts
        self.summaries = summaries
    }
}
