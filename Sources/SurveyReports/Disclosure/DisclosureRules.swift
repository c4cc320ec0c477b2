/// The parameters of disclosure control and the arithmetic of its display rules: the minimum cell size K, the
/// bands that replace shares near 0 % and 100 % in small groups, and the rounding of shares.
public struct DisclosureRules: Sendable, Equatable {
    /// The minimum number of institutions a published figure may rest on (`--min-cell`, default 5).
    public var minimumCell: Int
    /// Groups smaller than this (and at least `minimumCell`) show shares near 0 % and 100 % as bands.
    public var bandGroupLimit: Int

    /// The default minimum cell size.
    public static let defaultMinimumCell = 5

    /// Rules with minimum cell size `minimumCell` (at least 1) and bands in groups under 10.
    public init(minimumCell: Int = DisclosureRules.defaultMinimumCell, bandGroupLimit: Int = 10) {
        self.minimumCell = max(1, minimumCell)
        self.bandGroupLimit = bandGroupLimit
    }

    /// The band width in percentage points for a group of `n`: 10 × ⌈10 ÷ n⌉ (20 for groups of 5 to 9), at most 50.
    /// A fixed 10-point band would be useless below 10 institutions: there "≤ 10 %" can only mean 0, so it would
    /// reveal exactly what it hides. This width makes every band cover at least two possible counts (0 or 1;
    /// n − 1 or n), so no reader can tell whether every member, or all but one, gave the answer.
    public func bandWidth(groupSize n: Int) -> Int {
        guard n > 0 else { return 50 }
        return min(50, 10 * ((10 + n - 1) / n))
    }

    /// Whether a group of `n` institutions gets bands.
    public func isBandGroup(_ n: Int) -> Bool {
        n >= minimumCell && n < bandGroupLimit
    }

    /// The band `count` of `n` falls in, if any: low when count ≤ width % of n, high when count ≥ (100 − width) % of n.
    public func band(count: Int, of n: Int) -> Band? {
        guard isBandGroup(n) else { return nil }
        let width = bandWidth(groupSize: n)
        if count * 100 <= n * width { return .atMost(width) }
        if count * 100 >= n * (100 - width) { return .atLeast(100 - width) }
        return nil
    }

    /// `count` of `n` as a whole percent, rounded half up on the exact fraction (integer arithmetic, so 12.5 % is
    /// always 13 %, never 12 % through binary floating point). Shares of one row may then add to 99 % or 101 %.
    public static func percent(_ count: Int, of n: Int) -> Int? {
        guard n > 0 else { return nil }
        return (200 * count + n) / (2 * n)
    }
}

/// A range shown instead of a share that would reveal every member's answer in a small group.
public enum Band: Sendable, Equatable, Hashable {
    /// "≤ p %".
    case atMost(Int)
    /// "≥ p %".
    case atLeast(Int)

    /// The band as shown, e.g. `≤20%`.
    public var text: String {
        switch self {
        case let .atMost(percent): "≤\(percent)%"
        case let .atLeast(percent): "≥\(percent)%"
        }
    }
}
