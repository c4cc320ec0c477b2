/// A set of Unicode scalar values, as sorted disjoint ranges, for character classes and `.`.
///
/// Values are `UInt32` rather than `Unicode.Scalar` so that a pattern may name a lone surrogate
/// (`\uD800`), which Java accepts; such a value simply never occurs in a Swift string.
struct ScalarSet: Sendable, Hashable {
    /// The members as sorted, non-overlapping, non-adjacent ranges.
    private(set) var ranges: [ClosedRange<UInt32>]
    /// Membership of scalars 0–63, so that ASCII text never reaches the range search.
    private var lowBits: UInt64 = 0
    /// Membership of scalars 64–127.
    private var highBits: UInt64 = 0

    /// The largest Unicode scalar value; complements are taken up to it.
    static let maxScalar: UInt32 = 0x10FFFF

    /// Builds a set from ranges in any order, possibly overlapping.
    init(_ input: [ClosedRange<UInt32>]) {
        let sorted = input.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<UInt32>] = []
        merged.reserveCapacity(sorted.count)
        for range in sorted {
            if let last = merged.last, range.lowerBound <= last.upperBound &+ 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        ranges = merged
        for range in merged where range.lowerBound < 128 {
            for value in range.lowerBound...min(range.upperBound, 127) {
                if value < 64 {
                    lowBits |= 1 << UInt64(value)
                } else {
                    highBits |= 1 << UInt64(value - 64)
                }
            }
        }
    }

    /// Builds a set of single values.
    init(scalars: UInt32...) {
        self.init(scalars.map { $0...$0 })
    }

    /// Whether `value` is a member.
    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        if value < 64 { return lowBits & (1 << UInt64(value)) != 0 }
        if value < 128 { return highBits & (1 << UInt64(value - 64)) != 0 }
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Every scalar value not in this set.
    var inverted: ScalarSet {
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in ranges {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            if range.upperBound >= Self.maxScalar { return ScalarSet(result) }
            next = range.upperBound + 1
        }
        result.append(next...Self.maxScalar)
        return ScalarSet(result)
    }

    /// Members of either set.
    func union(_ other: ScalarSet) -> ScalarSet {
        ScalarSet(ranges + other.ranges)
    }

    /// `\d` as Java defines it without UNICODE_CHARACTER_CLASS: ASCII digits only, so `１` is not a digit.
    static let digit = ScalarSet([0x30...0x39])
    /// `\w`: ASCII letters, digits and underscore, as in Java's default mode.
    static let word = ScalarSet([0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])
    /// `\s`: space, tab, newline, vertical tab, form feed, carriage return, as in Java's default mode.
    static let space = ScalarSet([0x09...0x0D, 0x20...0x20])
    /// `\h`, which unlike `\s` includes the ideographic space U+3000.
    static let horizontalSpace = ScalarSet([
        0x09...0x09, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x180E...0x180E,
        0x2000...0x200A, 0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000,
    ])
    /// `\v` as Java 8 and later define it.
    static let verticalSpace = ScalarSet([0x0A...0x0D, 0x85...0x85, 0x2028...0x2029])
    /// Java's line terminators, which `.` excludes and before which a final `$` may match.
    static let lineTerminator = ScalarSet(scalars: 0x0A, 0x0D, 0x85, 0x2028, 0x2029)
    /// `.` without DOTALL: everything but a line terminator.
    static let dot = lineTerminator.inverted
}
