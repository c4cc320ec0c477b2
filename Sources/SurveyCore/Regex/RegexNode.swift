/// A zero-width test made between two scalars of the text.
enum RegexAssertion: UInt8, Sendable, Hashable {
    /// `^` or `\A`: the start of the text (no multiline mode).
    case textStart
    /// `$` or `\Z`: the end of the text, or just before a final line terminator, as Java's `$` without MULTILINE.
    case textEndOrFinalTerminator
    /// `\z`: the very end of the text.
    case textEnd
    /// `\b`, with `\w`'s ASCII notion of a word character (Java 19 and later).
    case wordBoundary
    /// `\B`.
    case notWordBoundary
}

/// The parsed form of a pattern, before it is compiled to instructions.
indirect enum RegexNode: Sendable, Hashable {
    /// Matches the empty string, as `()` or an empty alternative does.
    case empty
    /// One scalar value.
    case literal(UInt32)
    /// Any one scalar in the set, for classes, `.` and `\d`-style escapes.
    case set(ScalarSet)
    /// A zero-width assertion.
    case assertion(RegexAssertion)
    /// The parts in sequence.
    case concatenation([RegexNode])
    /// Any one of the alternatives.
    case alternation([RegexNode])
    /// `node` between `min` and `max` times (`nil` meaning unbounded); `offset` is where the quantifier was written, for errors.
    case repetition(RegexNode, min: Int, max: Int?, offset: Int)

    /// Whether every match must begin at the start of the text, so a search can stop once no thread is alive.
    var isAnchoredAtStart: Bool {
        switch self {
        case .assertion(let assertion):
            return assertion == .textStart
        case .concatenation(let parts):
            return parts.first?.isAnchoredAtStart ?? false
        case .alternation(let alternatives):
            return !alternatives.isEmpty && alternatives.allSatisfy(\.isAnchoredAtStart)
        case .repetition(let node, let min, _, _):
            return min > 0 && node.isAnchoredAtStart
        case .empty, .literal, .set:
            return false
        }
    }
}
