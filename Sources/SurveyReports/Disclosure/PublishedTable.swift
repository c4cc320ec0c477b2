public import SurveyCore

/// A count table after disclosure control: the only form in which counts reach a report.
public struct PublishedTable: Sendable, Equatable {
    /// The table's id (`response`, `verdict`, `measure.<id>`).
    public var id: String
    /// Title.
    public var title: Message
    /// What the base counts.
    public var baseLabel: Message
    /// The parts.
    public var columns: [TableColumn]
    /// The rows.
    public var groups: [ReportGroup]
    /// cells[row][column].
    public var cells: [[PublishedCell]]
    /// Each row's base; its `count` is the group size when published.
    public var bases: [PublishedCell]
    /// Whether each row's parts add up to its base (so its shares add up to 100).
    public var partsSumToBase: Bool

    /// A table from its parts.
    public init(id: String, title: Message, baseLabel: Message, columns: [TableColumn], groups: [ReportGroup],
                cells: [[PublishedCell]], bases: [PublishedCell], partsSumToBase: Bool) {
        self.id = id
        self.title = title
        self.baseLabel = baseLabel
        self.columns = columns
        self.groups = groups
        self.cells = cells
        self.bases = bases
        self.partsSumToBase = partsSumToBase
    }

    /// The published form of `table` under `pattern`: shares are shown only for published counts over a published,
    /// non-zero base, so a share can never reveal a count or a group size that is withheld. The shares of a row whose
    /// parts add up to its base are rounded by largest remainder with the withheld parts pooled as one, so the shares
    /// shown and the withheld remainder add up to exactly 100 and the rounding reveals nothing about a withheld part.
    public init(_ table: CountTable, pattern: SuppressionPattern) {
        var cells: [[PublishedCell]] = []
        var bases: [PublishedCell] = []
        for row in table.groups.indices {
            let n = table.bases[row]
            let baseShown = !pattern.bases[row].isHidden
            bases.append(PublishedCell(count: baseShown ? n : nil, percent: nil, band: nil, denominator: nil,
                                       disclosure: pattern.bases[row]))
            let counts = table.counts[row]
            let shown = counts.indices.filter { pattern.cells[row][$0] == .published }
            var percents: [Int: Int] = [:]
            if baseShown, table.partsSumToBase {
                let pooled = counts.reduce(0, +) - shown.reduce(0) { $0 + counts[$1] }
                let shares = DisclosureRules.shares(shown.map { counts[$0] } + [pooled], of: n) ?? []
                for (position, column) in shown.enumerated() where position < shares.count { percents[column] = shares[position] }
            } else if baseShown {
                for column in shown { percents[column] = DisclosureRules.percent(counts[column], of: n) }
            }
            cells.append(counts.enumerated().map { column, count in
                let disclosure = pattern.cells[row][column]
                switch disclosure {
                case .published:
                    return PublishedCell(count: count, percent: percents[column], band: nil, denominator: baseShown ? n : nil,
                                         disclosure: disclosure)
                case let .banded(band):
                    return PublishedCell(count: nil, percent: nil, band: band, denominator: baseShown ? n : nil, disclosure: disclosure)
                case .suppressed:
                    return PublishedCell(count: nil, percent: nil, band: nil, denominator: baseShown ? n : nil, disclosure: disclosure)
                }
            })
        }
        self.init(id: table.id, title: table.title, baseLabel: table.baseLabel, columns: table.columns, groups: table.groups,
                  cells: cells, bases: bases, partsSumToBase: table.partsSumToBase)
    }

    /// The row of `group`.
    public func row(_ group: ReportGroup) -> Int? {
        groups.firstIndex(of: group)
    }

    /// Every decision in the table, parts and bases.
    public var disclosures: [CellDisclosure] {
        cells.flatMap { $0.map(\.disclosure) } + bases.map(\.disclosure)
    }
}
