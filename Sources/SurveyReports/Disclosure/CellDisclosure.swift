import SurveyCore

/// What disclosure control decided for one cell: publish it, hide it (and why), or show only a band.
public enum CellDisclosure: Sendable, Equatable, Hashable {
    /// Shown exactly.
    case published
    /// Hidden; the reason says which rule.
    case suppressed(SuppressionReason)
    /// The exact count hidden; the share shown as a band.
    case banded(Band)

    /// Whether the exact value is withheld.
    public var isHidden: Bool {
        self != .published
    }

    /// The footnote mark explained in the methodology: `a` group under K, `b` complementary, `c` band.
    public var mark: String? {
        switch self {
        case .published: nil
        case let .suppressed(reason): reason.mark
        case .banded: "c"
        }
    }

    /// A code for CSV and JSON: `published`, `small_group`, `complementary`, `band`.
    public var code: String {
        switch self {
        case .published: "published"
        case let .suppressed(reason): reason.rawValue
        case .banded: "band"
        }
    }
}

/// Why a cell is hidden.
public enum SuppressionReason: String, Sendable, Equatable, Hashable, CaseIterable {
    /// Primary: the group has fewer than K responding institutions.
    case smallGroup = "small_group"
    /// Secondary: hidden so that another hidden cell cannot be recovered from the totals.
    case complementary

    /// The footnote mark.
    public var mark: String {
        switch self {
        case .smallGroup: "a"
        case .complementary: "b"
        }
    }
}
