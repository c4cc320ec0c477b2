/// Turns a pattern into a ``RegexNode``, accepting the subset of Java's `java.util.regex` syntax described on ``LinearRegex``.
///
/// Recursion happens only for groups, and group nesting is capped, so a hostile pattern cannot exhaust the stack.
struct RegexParser {
    /// The pattern, indexed by scalar so offsets in errors count scalars.
    private let scalars: [Unicode.Scalar]
    /// The next scalar to read.
    private var position = 0
    /// Groups currently open.
    private var depth = 0

    /// Deepest group nesting accepted; beyond it the pattern is `tooComplex`.
    static let maximumDepth = 100

    /// Prepares to parse `pattern`.
    init(_ pattern: String) {
        scalars = Array(pattern.unicodeScalars)
    }

    /// Parses the whole pattern.
    mutating func parse() throws(RegexSyntaxError) -> RegexNode {
        if scalars.count > LinearRegex.maximumPatternLength {
            throw RegexSyntaxError(offset: LinearRegex.maximumPatternLength, reason: .tooLong)
        }
        let node = try parseAlternation()
        if position < scalars.count {
            // Only a `)` stops an alternation early, and at top level it has no `(`.
            throw RegexSyntaxError(offset: position, reason: .unbalancedParenthesis)
        }
        return node
    }

    // MARK: - Structure

    private mutating func parseAlternation() throws(RegexSyntaxError) -> RegexNode {
        var alternatives = [try parseConcatenation()]
        while peek() == "|" {
            position += 1
            alternatives.append(try parseConcatenation())
        }
        return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
    }

    private mutating func parseConcatenation() throws(RegexSyntaxError) -> RegexNode {
        var items: [RegexNode] = []
        // False at the start, after `|` or `(`, and after a quantifier: Java rejects `a**`, and accepts
        // `a{2}{3}` with a meaning nobody would guess, so both are refused here.
        var canQuantify = false
        while let scalar = peek(), scalar != "|", scalar != ")" {
            switch scalar {
            case "*", "+", "?", "{":
                let start = position
                let (min, max) = try parseQuantifier()
                guard canQuantify, let last = items.popLast() else {
                    throw RegexSyntaxError(offset: start, reason: .nothingToRepeat)
                }
                if peek() == "?" {
                    position += 1  // Lazy: the same strings match, only which one is found first differs.
                } else if peek() == "+" {
                    throw unsupported(position - 1, length: 2)
                }
                items.append(.repetition(last, min: min, max: max, offset: start))
                canQuantify = false
            case "\\" where peek(1) == "Q":
                // Java removes \Q…\E quoting before parsing, so a following quantifier binds to the last quoted scalar.
                position += 2
                while let quoted = peek(), !(quoted == "\\" && peek(1) == "E") {
                    items.append(.literal(quoted.value))
                    position += 1
                    canQuantify = true
                }
                if position < scalars.count { position += 2 }
            default:
                items.append(try parseAtom())
                canQuantify = true
            }
        }
        switch items.count {
        case 0: return .empty
        case 1: return items[0]
        default: return .concatenation(items)
        }
    }

    /// Reads `*`, `+`, `?` or a counted `{n}`, `{n,}`, `{n,m}`.
    private mutating func parseQuantifier() throws(RegexSyntaxError) -> (Int, Int?) {
        let start = position
        guard let scalar = peek() else { throw RegexSyntaxError(offset: start, reason: .badRepetition) }
        position += 1
        switch scalar {
        case "*": return (0, nil)
        case "+": return (1, nil)
        case "?": return (0, 1)
        default: break
        }
        guard let min = readNumber() else { throw RegexSyntaxError(offset: start, reason: .badRepetition) }
        var max: Int? = min
        if peek() == "," {
            position += 1
            max = readNumber()
        }
        guard peek() == "}" else { throw RegexSyntaxError(offset: start, reason: .badRepetition) }
        position += 1
        if let max, max < min { throw RegexSyntaxError(offset: start, reason: .badRepetition) }
        return (min, max)
    }

    /// Reads decimal digits, saturating so that `{99999999999}` reaches the size check instead of overflowing.
    private mutating func readNumber() -> Int? {
        var value: Int?
        while let scalar = peek(), let digit = Self.decimalValue(scalar) {
            value = min((value ?? 0) * 10 + digit, 1_000_000)
            position += 1
        }
        return value
    }

    private mutating func parseAtom() throws(RegexSyntaxError) -> RegexNode {
        let start = position
        guard let scalar = peek() else { return .empty }
        position += 1
        switch scalar {
        case "(":
            return try parseGroup(start: start)
        case "[":
            return try parseClass(start: start)
        case ".":
            return .set(.dot)
        case "^":
            return .assertion(.textStart)
        case "$":
            return .assertion(.textEndOrFinalTerminator)
        case "\\":
            switch try parseEscape(start: start, inClass: false) {
            case .value(let value): return .literal(value)
            case .set(let set): return .set(set)
            case .assertion(let assertion): return .assertion(assertion)
            }
        default:
            // `]` and `}` on their own are literals in Java too.
            return .literal(scalar.value)
        }
    }

    private mutating func parseGroup(start: Int) throws(RegexSyntaxError) -> RegexNode {
        if peek() == "?" {
            let construct = peek(1)
            switch construct {
            case ":":
                position += 2
            case "<" where peek(2) == "=" || peek(2) == "!":
                throw unsupported(start, length: 4)
            case "=", "!", ">", "<":
                throw unsupported(start, length: 3)
            default:
                // Inline flags such as (?i), or something Java itself rejects.
                throw unsupported(start, length: construct == nil ? 2 : 3)
            }
        }
        depth += 1
        if depth > Self.maximumDepth { throw RegexSyntaxError(offset: start, reason: .tooComplex) }
        let node = try parseAlternation()
        guard peek() == ")" else { throw RegexSyntaxError(offset: start, reason: .unbalancedParenthesis) }
        position += 1
        depth -= 1
        return node
    }

    // MARK: - Character classes

    private mutating func parseClass(start: Int) throws(RegexSyntaxError) -> RegexNode {
        var negated = false
        if peek() == "^" {
            negated = true
            position += 1
        }
        var members: [ClosedRange<UInt32>] = []
        var isFirst = true
        while true {
            guard let scalar = peek() else { throw RegexSyntaxError(offset: start, reason: .unterminatedClass) }
            if scalar == "]" && !isFirst {
                position += 1
                break
            }
            isFirst = false
            let itemStart = position
            if scalar == "[" { throw unsupported(position, length: 1) }
            if scalar == "&" && peek(1) == "&" { throw unsupported(position, length: 2) }
            let item = try parseClassItem()
            guard case .value(let low) = item else {
                if case .set(let set) = item { members += set.ranges }
                continue
            }
            // A `-` makes a range unless it is last; after a class such as `\d` it stays literal, as in Java.
            guard peek() == "-", let afterDash = peek(1), afterDash != "]" else {
                members.append(low...low)
                continue
            }
            position += 1
            if afterDash == "[" { throw unsupported(position, length: 1) }
            guard case .value(let high) = try parseClassItem(), low <= high else {
                throw RegexSyntaxError(offset: itemStart, reason: .invalidRange)
            }
            members.append(low...high)
        }
        let set = ScalarSet(members)
        return .set(negated ? set.inverted : set)
    }

    /// One scalar or escape inside `[...]`.
    private mutating func parseClassItem() throws(RegexSyntaxError) -> Escape {
        let start = position
        guard let scalar = peek() else { throw RegexSyntaxError(offset: start, reason: .unterminatedClass) }
        position += 1
        guard scalar == "\\" else { return .value(scalar.value) }
        switch try parseEscape(start: start, inClass: true) {
        case .assertion:
            // Java rejects \b, \B, \A, \z, \Z inside a class.
            throw RegexSyntaxError(offset: start, reason: .invalidEscape(Character(scalars[start + 1])))
        case let other:
            return other
        }
    }

    // MARK: - Escapes

    /// What a backslash sequence stands for.
    private enum Escape {
        /// A single scalar value (possibly a lone surrogate, which then matches nothing).
        case value(UInt32)
        /// A class such as `\d`.
        case set(ScalarSet)
        /// A zero-width assertion such as `\b`.
        case assertion(RegexAssertion)
    }

    /// Parses the escape whose backslash is at `start`; `position` is just past the backslash.
    private mutating func parseEscape(start: Int, inClass: Bool) throws(RegexSyntaxError) -> Escape {
        guard let scalar = peek() else { throw RegexSyntaxError(offset: start, reason: .trailingBackslash) }
        position += 1
        let invalid = RegexSyntaxError(offset: start, reason: .invalidEscape(Character(scalar)))
        switch scalar {
        case "t": return .value(0x09)
        case "n": return .value(0x0A)
        case "r": return .value(0x0D)
        case "f": return .value(0x0C)
        case "a": return .value(0x07)
        case "e": return .value(0x1B)
        case "d": return .set(.digit)
        case "D": return .set(ScalarSet.digit.inverted)
        case "w": return .set(.word)
        case "W": return .set(ScalarSet.word.inverted)
        case "s": return .set(.space)
        case "S": return .set(ScalarSet.space.inverted)
        case "h": return .set(.horizontalSpace)
        case "H": return .set(ScalarSet.horizontalSpace.inverted)
        case "v": return .set(.verticalSpace)
        case "V": return .set(ScalarSet.verticalSpace.inverted)
        case "b": return .assertion(.wordBoundary)
        case "B": return .assertion(.notWordBoundary)
        case "A": return .assertion(.textStart)
        case "Z": return .assertion(.textEndOrFinalTerminator)
        case "z": return .assertion(.textEnd)
        case "c":
            guard let control = peek() else { throw invalid }
            position += 1
            return .value(control.value ^ 0x40)
        case "x":
            if peek() == "{" {
                position += 1
                guard let value = readHex(maxDigits: 8), value <= ScalarSet.maxScalar, peek() == "}" else { throw invalid }
                position += 1
                return .value(value)
            }
            guard let value = readHex(exactDigits: 2) else { throw invalid }
            return .value(value)
        case "u":
            guard let value = readHex(exactDigits: 4) else { throw invalid }
            // Java joins an escaped surrogate pair into one code point.
            if (0xD800...0xDBFF).contains(value), peek() == "\\", peek(1) == "u" {
                let saved = position
                position += 2
                if let low = readHex(exactDigits: 4), (0xDC00...0xDFFF).contains(low) {
                    return .value(0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00))
                }
                position = saved
            }
            return .value(value)
        case "0":
            // Java's octal forms: \0n, \0nn, \0mnn with m ≤ 3.
            guard let first = octalDigit() else { throw invalid }
            var value = first
            if let second = octalDigit() {
                value = value * 8 + second
                if first <= 3, let third = octalDigit() { value = value * 8 + third }
            }
            return .value(value)
        case "1"..."9":
            throw unsupported(start, length: 2)
        case "Q" where inClass, "p", "P", "k", "R", "X", "G", "N":
            throw unsupported(start, length: 2)
        default:
            // Java reserves every other ASCII letter; any other scalar after a backslash is itself.
            if scalar.isASCII && scalar.properties.isAlphabetic { throw invalid }
            return .value(scalar.value)
        }
    }

    private mutating func octalDigit() -> UInt32? {
        guard let scalar = peek(), ("0"..."7").contains(scalar) else { return nil }
        position += 1
        return scalar.value - 0x30
    }

    /// Reads exactly `exactDigits` hex digits, or nothing.
    private mutating func readHex(exactDigits: Int) -> UInt32? {
        var value: UInt32 = 0
        for offset in 0..<exactDigits {
            guard let scalar = peek(offset), let digit = Self.hexValue(scalar) else { return nil }
            value = value * 16 + digit
        }
        position += exactDigits
        return value
    }

    /// Reads one to `maxDigits` hex digits.
    private mutating func readHex(maxDigits: Int) -> UInt32? {
        var value: UInt32?
        var count = 0
        while let scalar = peek(), let digit = Self.hexValue(scalar) {
            count += 1
            if count > maxDigits { return nil }
            value = (value ?? 0) * 16 + digit
            position += 1
        }
        return value
    }

    // MARK: - Helpers

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let index = position + ahead
        return index < scalars.count ? scalars[index] : nil
    }

    /// An `unsupported` error naming the `length` scalars written at `start`.
    private func unsupported(_ start: Int, length: Int) -> RegexSyntaxError {
        let end = min(start + length, scalars.count)
        var token = String.UnicodeScalarView()
        token.append(contentsOf: scalars[start..<end])
        return RegexSyntaxError(offset: start, reason: .unsupported(String(token)))
    }

    private static func decimalValue(_ scalar: Unicode.Scalar) -> Int? {
        ("0"..."9").contains(scalar) ? Int(scalar.value - 0x30) : nil
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 0x30
        case "a"..."f": scalar.value - 0x61 + 10
        case "A"..."F": scalar.value - 0x41 + 10
        default: nil
        }
    }
}
