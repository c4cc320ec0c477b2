/// One figure as it may be shown: the count and share when published, the band when banded, and the decision.
public struct PublishedCell: Sendable, Equatable {
    /// The count, or nil when withheld.
    public var count: Int?
    /// The share of the row's base in whole percents (rounded half up), or nil when withheld or the base is hidden.
    public var percent: Int?
    /// The band shown instead of the share, for a banded cell.
    public var band: Band?
    /// The row's base (denominator), or nil when it is hidden.
    public var denominator: Int?
    /// What disclosure control decided.
    public var disclosure: CellDisclosure

    /// A cell from its parts.
    public init(count: Int?, percent: Int?, band: Band?, denominator: Int?, disclosure: CellDisclosure) {
        self.count = count
        self.percent = percent
        self.band = band
        self.denominator = denominator
        self.disclosure = disclosure
    }

    /// The count as shown: the number, or `×` for a withheld one.
    public var countText: String {
        count.map(String.init) ?? "×"
    }

    /// The share as shown: `42%`, a band, `×` when withheld, `–` when there is no base.
    public var percentText: String {
        if let percent { return "\(percent)%" }
        if let band { return band.text }
        if disclosure.isHidden { return "×" }
        return "–"
    }
}
