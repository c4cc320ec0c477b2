/// The parameters of disclosure control (DESIGN §5.11) and the arithmetic of its display rules: the minimum number
/// K of responding institutions a group needs before any of its figures is published, the bands that replace a
/// unanimous group's shares, and the rounding of shares.
public struct DisclosureRules: Sendable, Equatable {
    /// The fewest institutions a group may have for its figures to be published (`--min-cell`, default 5).
    public var minimumCell: Int

    /// The default minimum group size.
    public static let defaultMinimumCell = 5

    /// Rules with minimum group size `minimumCell` (at least 1).
    public init(minimumCell: Int = DisclosureRules.defaultMinimumCell) {
        self.minimumCell = max(1, minimumCell)
    }

    /// The band width in percentage points for a group of `n`: 10 × ⌈10 ÷ n⌉ (10 for groups of 10 or more, 20 for
    /// groups of 5 to 9), at most 50. Every band then covers at least two possible counts (0 or 1; n − 1 or n), so a
    /// reader cannot tell whether every member, or all but one, gave the answer.
    public func bandWidth(groupSize n: Int) -> Int {
        guard n > 0 else { return 50 }
        return min(50, 10 * ((10 + n - 1) / n))
    }

    /// The band shown for `count` of `n` when the group's answer is unanimous (class disclosure): ≥ (100 − width) %
    /// for the shared answer, ≤ width % for the others.
    public func band(count: Int, of n: Int) -> Band {
        let width = bandWidth(groupSize: n)
        return count * 100 <= n * width ? .atMost(width) : .atLeast(100 - width)
    }

    /// `count` of `n` as a whole percent, rounded half up on the exact fraction (integer arithmetic, so 12.5 % is
    /// always 13 %, never 12 % through binary floating point). Used for shares that are not parts of one whole
    /// (response stages, multiple answers); parts of one whole use `shares(_:of:)`.
    public static func percent(_ count: Int, of n: Int) -> Int? {
        guard n > 0 else { return nil }
        return (200 * count + n) / (2 * n)
    }

    /// The whole-percent shares of `counts`, parts of `n` that add up to `n`, by largest remainder (Hamilton's
    /// method): each share is rounded down, and the points left to reach 100 go to the largest remainders (ties to
    /// the larger count, then to the earlier part). The shares add up to exactly 100 when the counts add up to `n`;
    /// nil when `n` is 0.
    public static func shares(_ counts: [Int], of n: Int) -> [Int]? {
        guard n > 0 else { return nil }
        var shares = counts.map { 100 * $0 / n }
        let remainders = counts.map { 100 * $0 % n }
        let left = 100 - shares.reduce(0, +)
        guard left > 0, counts.reduce(0, +) == n else { return shares }
        let order = counts.indices.sorted { lhs, rhs in
            (remainders[lhs], counts[lhs], -lhs) > (remainders[rhs], counts[rhs], -rhs)
        }
        for index in order.prefix(left) { shares[index] += 1 }
        return shares
    }
}

/// A range shown instead of the shares of a group whose members all gave one answer.
public enum Band: Sendable, Equatable, Hashable {
    /// "≤ p %".
    case atMost(Int)
    /// "≥ p %".
    case atLeast(Int)

    /// The band as shown, e.g. `≥90%`.
    public var text: String {
        switch self {
        case let .atMost(percent): "≤\(percent)%"
        case let .atLeast(percent): "≥\(percent)%"
        }
    }
}
