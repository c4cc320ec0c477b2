/// The overall judgement of an institution's management system.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    case substandard
    case needsImprovement = "needs_improvement"
    case adequate

    /// The verdict in words.
    public var label: Message {
        switch self {
        case .substandard: Message(en: "substandard", ja: "不十分")
        case .needsImprovement: Message(en: "needs improvement", ja: "要改善")
        case .adequate: Message(en: "adequate", ja: "適切")
        }
    }
}

/// How far the evidence behind a score can be trusted.
public enum Confidence: String, Sendable, Codable, CaseIterable {
    case low
    case medium
    case high

    /// The confidence in words.
    public var label: Message {
        switch self {
        case .low: Message(en: "low", ja: "低")
        case .medium: Message(en: "medium", ja: "中")
        case .high: Message(en: "high", ja: "高")
        }
    }
}
