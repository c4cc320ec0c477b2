/// How far an institution meets one rubric measure (DESIGN §3).
public enum MeasureStatus: String, Sendable, Codable, CaseIterable {
    case met
    case partial
    case notMet = "not_met"
    case notApplicable = "not_applicable"

    /// The share of the measure's points kept: all, half, none; nil when the measure drops out.
    public var keptShare: Double? {
        switch self {
        case .met: 1
        case .partial: 0.5
        case .notMet: 0
        case .notApplicable: nil
        }
    }

    /// The status in words, for reports, letters and explanations.
    public var label: Message {
        switch self {
        case .met: Message(en: "met", ja: "充足")
        case .partial: Message(en: "partly met", ja: "一部充足")
        case .notMet: Message(en: "not met", ja: "未充足")
        case .notApplicable: Message(en: "not applicable", ja: "対象外")
        }
    }
}
