public import SurveyCore

/// One of the most common gaps: a measure that many institutions do not fully meet, with its all-institutions
/// figures copied from its published measure table (so the ranking adds no figure of its own that could be
/// combined with the tables).
public struct PublishedGap: Sendable, Equatable {
    /// 1 for the most common gap.
    public var rank: Int
    /// Measure id.
    public var measureID: String
    /// The measure's domain id.
    public var domainID: String
    /// Title.
    public var title: Message
    /// 5, 3 or 1.
    public var points: Int
    /// Whether the measure is critical.
    public var critical: Bool
    /// "Not met", all institutions.
    public var notMet: PublishedCell
    /// "Partly met", all institutions.
    public var partial: PublishedCell
}
