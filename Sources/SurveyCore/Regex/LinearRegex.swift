// Survey authors write these patterns and anyone filling in a survey types the text, so a pattern such as
// `(a+)+$` or `(a|aa)*b` must not be able to hang the server. Swift's `Regex` and Foundation's
// `NSRegularExpression` both backtrack (exponential time on such patterns) and offer no time limit on Linux,
// hence this hand-written engine: a Thompson NFA simulated Pike-VM style, as RE2 and Go's regexp do,
// whose running time is linear in the length of the text.

/// A regular expression that matches in time linear in the input's length (Pike VM), for patterns written by survey authors.
///
/// The syntax is the subset of Java's `java.util.regex` (which ODK's `regex()` uses) that a linear-time engine
/// can honour, and it is read as Java reads it:
/// - literals, `.` (any scalar but a line terminator: `\n`, `\r`, U+0085, U+2028, U+2029), `|`, `( )` and `(?: )`
///   (both only group; there are no captures);
/// - quantifiers `* + ?` `{n}` `{n,}` `{n,m}` and their lazy forms (`*?` etc., which match the same strings);
/// - `^` and `\A` (start of text), `$` and `\Z` (end of text, or before a final line terminator, as in Java
///   without MULTILINE), `\z` (very end), `\b` and `\B` (with `\w`'s ASCII word characters, as Java 19+);
/// - classes `[abc]`, `[a-z]`, `[^…]`, with escapes inside, and `-` literal when first or last;
/// - `\d \D \w \W \s \S` with Java's ASCII meanings (`１` is not `\d`), `\h \H \v \V`, `\t \n \r \f \a \e`,
///   `\cX`, `\xHH`, `\x{H…}`, `\uXXXX` (escaped surrogate pairs combine), `\0ooo`, `\Q…\E`, and a backslash
///   before any character that is not an ASCII letter or digit standing for that character.
///
/// Left out, and reported as ``RegexSyntaxError/Reason/unsupported(_:)``: backreferences (`\1`, `\k<…>`),
/// lookahead and lookbehind, atomic and named groups, possessive quantifiers, inline flags such as `(?i)`,
/// `\p{…}`, nested classes and `&&`, `\R`, `\X`, `\G`, `\N{…}`. A quantifier directly after another (`a{2}{3}`,
/// which Java accepts with a surprising meaning) is refused as ``RegexSyntaxError/Reason/nothingToRepeat``.
///
/// Limits: a pattern has at most ``maximumPatternLength`` scalars; group nesting at most 100 deep; and the
/// compiled program at most 10,000 instructions. Counted repetition copies its operand, so `(a{1000}){1000}`
/// is refused as ``RegexSyntaxError/Reason/tooComplex``. Matching takes O(program size × text length) time and
/// memory proportional to the program only; nothing recurses on the text.
///
/// The text is read as Unicode scalars, which agrees with Java's code-point matching for all of Unicode.
public struct LinearRegex: Sendable, Equatable {
    /// The pattern as written.
    public let pattern: String
    /// The compiled form.
    private let program: RegexProgram

    /// Longest pattern accepted, in Unicode scalars.
    public static let maximumPatternLength = 1_000

    /// Compiles `pattern`; throws `RegexSyntaxError` naming the position of the first problem.
    public init(_ pattern: String) throws(RegexSyntaxError) {
        var parser = RegexParser(pattern)
        let node = try parser.parse()
        self.pattern = pattern
        self.program = try RegexProgram(node)
    }

    /// True when some substring of `text` matches (Java `Matcher.find()` semantics, which ODK's `regex()` uses); anchors `^` and `$` bind to the whole text.
    public func matches(in text: String) -> Bool {
        PikeVM(program: program).run(text, wholeText: false)
    }

    /// True when the whole of `text` matches.
    public func matchesWhole(_ text: String) -> Bool {
        PikeVM(program: program).run(text, wholeText: true)
    }

    /// Two regexes are equal when written identically, since the program follows from the pattern.
    public static func == (lhs: LinearRegex, rhs: LinearRegex) -> Bool {
        lhs.pattern == rhs.pattern
    }
}
