/// How strongly a measure's status is backed (DESIGN §3): E0 self-attested, E1 document attached,
/// E2 operating records reviewed by an analyst, E3 verified by an analyst against independent data.
public enum EvidenceLevel: String, Sendable, Codable, CaseIterable, Comparable {
    case e0 = "E0"
    case e1 = "E1"
    case e2 = "E2"
    case e3 = "E3"

    /// 0 to 3.
    public var rank: Int {
        switch self {
        case .e0: 0
        case .e1: 1
        case .e2: 2
        case .e3: 3
        }
    }

    /// What the level means, for reports and letters.
    public var meaning: Message {
        switch self {
        case .e0: Message(en: "self-attested", ja: "自己申告")
        case .e1: Message(en: "document attached", ja: "資料の添付あり")
        case .e2: Message(en: "operating records reviewed by an analyst", ja: "運用記録を分析担当者が確認")
        case .e3: Message(en: "verified by an analyst against independent data", ja: "分析担当者が独立した情報で検証")
        }
    }

    public static func < (lhs: EvidenceLevel, rhs: EvidenceLevel) -> Bool {
        lhs.rank < rhs.rank
    }
}
