public import SurveyCore

/// A score's distribution after disclosure control: quantiles only for groups of at least K institutions, and the
/// group size only where the same size is shown in the tables.
public struct PublishedDistribution: Sendable, Equatable {
    /// `laxity` or `domain.<id>`.
    public var id: String
    /// Title.
    public var title: Message
    /// The rows.
    public var groups: [ReportGroup]
    /// Institutions each group rests on, or nil when withheld.
    public var counts: [Int?]
    /// Quantiles, or nil when the group is under K (or empty).
    public var summaries: [BoxSummary?]
    /// Per group: `published`, or why the quantiles are withheld.
    public var disclosures: [CellDisclosure]

    /// A distribution from its parts.
    public init(id: String, title: Message, groups: [ReportGroup], counts: [Int?], summaries: [BoxSummary?], disclosures: [CellDisclosure]) {
        self.id = id
        self.title = title
        self.groups = groups
        self.counts = counts
        self.summaries = summaries
        self.disclosures = disclosures
    }

    /// The published form of `distribution`: quantiles need K institutions and values that are not all the same; the size
    /// is shown only when at least K and the group's number of scored institutions (`margin`) is shown, since the two
    /// are usually the same number.
    public init(_ distribution: Distribution, margin: [CellDisclosure], rules: DisclosureRules) {
        var counts: [Int?] = []
        var summaries: [BoxSummary?] = []
        var disclosures: [CellDisclosure] = []
        for (row, n) in distribution.counts.enumerated() {
            let enough = n >= rules.minimumCell
            counts.append(n == 0 ? 0 : enough && !margin[row].isHidden ? n : nil)
            // Where every institution of the group gave one value, any quantile is each one's answer (class disclosure):
            // the quantiles are withheld under the band mark.
            let uniform = enough && row < distribution.uniform.count && distribution.uniform[row]
            summaries.append(enough && !uniform ? distribution.summaries[row] : nil)
            disclosures.append(uniform ? .banded(rules.band(count: n, of: n)) : enough || n == 0 ? .published : .suppressed(.smallGroup))
        }
        self.init(id: distribution.id, title: distribution.title, groups: distribution.groups, counts: counts, summaries: summaries,
                  disclosures: disclosures)
    }
}
