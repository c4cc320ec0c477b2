public import SurveyCore

/// A table of institution counts: one row per `ReportGroup` (the five categories, then all institutions), one column
/// per part (e.g. met / partly met / not met / not applicable), and each row's base — the group size that is the
/// denominator of the row's shares. Holds true counts; only `PublishedTable` is shown to anyone.
public struct CountTable: Sendable, Equatable {
    /// A stable id, e.g. `response`, `verdict`, `measure.gov_executive`.
    public var id: String
    /// The table's title.
    public var title: Message
    /// What a row's base counts, e.g. "institutions scored".
    public var baseLabel: Message
    /// The parts.
    public var columns: [TableColumn]
    /// Always `ReportGroup.rows`: the five categories, then all institutions.
    public var groups: [ReportGroup]
    /// counts[row][column].
    public var counts: [[Int]]
    /// Each row's base (group size).
    public var bases: [Int]
    /// True when each row's parts add up to its base (every institution in exactly one column), which gives the
    /// table row relations that disclosure control must respect; false for nested stages such as response progress.
    public var partsSumToBase: Bool

    /// A table from its parts.
    public init(id: String, title: Message, baseLabel: Message, columns: [TableColumn], groups: [ReportGroup] = ReportGroup.rows,
                counts: [[Int]], bases: [Int], partsSumToBase: Bool) {
        self.id = id
        self.title = title
        self.baseLabel = baseLabel
        self.columns = columns
        self.groups = groups
        self.counts = counts
        self.bases = bases
        self.partsSumToBase = partsSumToBase
    }

    /// The row of `group`.
    public func row(_ group: ReportGroup) -> Int? {
        groups.firstIndex(of: group)
    }
}
