import Foundation

/// The functions, as ODK JavaRosa's XPathFuncExpr computes them (see docs/expression-language.md for the few divergences).
extension ExpressionEvaluator {
    static func call<Environment: ExpressionEnvironment>(
        _ function: ExpressionFunction, _ arguments: [ExpressionNode], offset: Int, _ environment: Environment
    ) throws(ExpressionError) -> XPathValue {
        func arg(_ index: Int) throws(ExpressionError) -> XPathValue {
            try single(arguments[index], environment)
        }
        func fail(_ en: String, _ ja: String) -> ExpressionError {
            .evaluation(offset, en: "\(function.rawValue)(): \(en)", ja: "\(function.rawValue)()：\(ja)")
        }
        switch function {
        case .true: return .boolean(true)
        case .false: return .boolean(false)
        case .not: return .boolean(!(try arg(0).booleanValue))
        case .boolean: return .boolean(try arg(0).booleanValue)
        case .number: return .number(try arg(0).numberValue)
        case .string: return .string(try arg(0).stringValue)
        case .stringLength: return .number(Double(try arg(0).stringValue.unicodeScalars.count))
        case .normalizeSpace: return .string(normalizeSpace(try arg(0).stringValue))
        case .concat:
            var text = ""
            for argument in arguments {
                let value = try evaluate(argument, in: environment)
                if case let .list(values) = value {
                    for item in values { text += item.stringValue }
                } else {
                    text += value.stringValue
                }
            }
            return .string(text)
        case .contains:
            return .boolean(TextSearch.contains(try arg(0).stringValue, try arg(1).stringValue))
        case .startsWith:
            return .boolean(try arg(0).stringValue.unicodeScalars.starts(with: try arg(1).stringValue.unicodeScalars))
        case .endsWith:
            return .boolean(try arg(0).stringValue.unicodeScalars.reversed().starts(with: try arg(1).stringValue.unicodeScalars.reversed()))
        case .substr:
            return .string(try substr(arg(0).stringValue, arg(1).numberValue, arguments.count > 2 ? arg(2).numberValue : nil))
        case .substringBefore:
            let text = try arg(0).stringValue
            guard let range = TextSearch.range(of: try arg(1).stringValue, in: text) else { return .empty }
            return .string(String(text[..<range.lowerBound]))
        case .substringAfter:
            let text = try arg(0).stringValue
            guard let range = TextSearch.range(of: try arg(1).stringValue, in: text) else { return .empty }
            return .string(String(text[range.upperBound...]))
        case .translate:
            return .string(translate(try arg(0).stringValue, from: try arg(1).stringValue, to: try arg(2).stringValue))
        case .regex:
            let subject = try arg(0).stringValue
            let pattern = try arg(1).stringValue
            do throws(RegexSyntaxError) {
                return .boolean(try LinearRegex(pattern).matchesWhole(subject))
            } catch {
                throw fail("invalid regular expression '\(pattern)': \(error.messageEnglish)",
                           "正規表現「\(pattern)」が不正です：\(error.messageJapanese)")
            }
        case .selected:
            let list = try choiceList(arg(0), fail)
            guard case let .string(wanted) = try arg(1) else {
                throw fail("the value to look for must be text, e.g. 'yes'", "探す値は 'yes' のような文字列で書いてください")
            }
            return .boolean(TextSearch.contains(" " + list + " ", " " + javaTrim(wanted) + " "))
        case .selectedAt:
            let values = try choiceList(arg(0), fail).split(separator: " ")
            let index = javaInt(try arg(1).numberValue)
            guard index >= 0, index < values.count else { return .empty }
            return .string(String(values[index]))
        case .countSelected:
            return .number(Double(try choiceList(arg(0), fail).split(separator: " ").count))
        case .if:
            return try arg(0).booleanValue ? try arg(1) : try arg(2)
        case .coalesce:
            let first = try arg(0)
            if first.isEmpty { return try arg(1) }
            if case let .number(number) = first, number.isNaN { return try arg(1) }
            return first
        case .round:
            return .number(javaRound(try arg(0).numberValue, places: arguments.count > 1 ? javaInt(try arg(1).numberValue) : 0))
        case .int:
            return .number(try arg(0).numberValue.rounded(.towardZero))
        case .abs:
            return .number(Swift.abs(try arg(0).numberValue))
        case .pow:
            return .number(javaPow(try arg(0).numberValue, try arg(1).numberValue))
        case .min, .max:
            var values: [Double] = []
            for argument in arguments {
                let value = try evaluate(argument, in: environment)
                if case let .list(items) = value {
                    values += items.map(\.numberValue)
                } else {
                    values.append(value.numberValue)
                }
            }
            let numbers = values.filter { !$0.isNaN }
            guard let result = function == .min ? numbers.min() : numbers.max() else { return .number(.nan) }
            return .number(result)
        case .sum:
            let value = try evaluate(arguments[0], in: environment)
            let items = if case let .list(items) = value { items } else { [value] }
            return .number(items.map(\.numberValue).filter { !$0.isNaN }.reduce(0, +))
        case .count:
            if case let .reference(reference) = arguments[0], let slot = reference.slot,
               let count = environment.nodeCount(ofSlot: slot) {
                return .number(Double(count))
            }
            let value = try evaluate(arguments[0], in: environment)
            if case let .list(items) = value { return .number(Double(items.count)) }
            return .number(1)
        case .date:
            return try date(arg(0), fail)
        case .today:
            return .date(environment.today)
        }
    }

    /// A multiple-choice answer as text; JavaRosa casts the argument to a string, so numbers, dates and booleans fail.
    private static func choiceList(_ value: XPathValue, _ fail: (String, String) -> ExpressionError) throws(ExpressionError) -> String {
        guard case let .string(text) = value else {
            throw fail("the first argument must be a choice answer, not a number, date or true/false",
                       "最初の引数は選択式の回答にしてください（数値・日付・真偽値は不可）")
        }
        return text
    }

    /// Java's `String.trim()`: removes every character up to U+0020 at both ends (not U+3000).
    static func javaTrim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0.value > 0x20 }),
              let last = scalars.lastIndex(where: { $0.value > 0x20 }) else { return "" }
        return String(scalars[first...last])
    }

    /// Java's `(int)` of a double: NaN is 0 and values saturate at the 32-bit limits (Swift's `Int(_:)` would trap).
    static func javaInt(_ value: Double) -> Int {
        if value.isNaN { return 0 }
        if value >= 2_147_483_647 { return 2_147_483_647 }
        if value <= -2_147_483_648 { return -2_147_483_648 }
        return Int(value.rounded(.towardZero))
    }

    private static func normalizeSpace(_ text: String) -> String {
        // Java's regex \s is ASCII whitespace only, so U+3000 stays.
        let isSpace: (Unicode.Scalar) -> Bool = { " \t\n\u{0B}\u{0C}\r".unicodeScalars.contains($0) }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in javaTrim(text).unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// 0-based, end exclusive; negative indices count from the end; both clamped to the text.
    private static func substr(_ text: String, _ start: Double, _ end: Double?) -> String {
        let scalars = Array(text.unicodeScalars)
        let count = scalars.count
        func index(_ value: Double) -> Int {
            let raw = javaInt(value)
            let fromEnd = raw < 0 ? count + raw : raw
            return Swift.max(0, Swift.min(count, fromEnd))
        }
        let from = index(start)
        let to = end.map(index) ?? count
        guard from < to else { return "" }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[from..<to])
        return String(result)
    }

    private static func translate(_ text: String, from: String, to: String) -> String {
        let fromScalars = Array(from.unicodeScalars)
        let toScalars = Array(to.unicodeScalars)
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let index = fromScalars.firstIndex(of: scalar) {
                if index < toScalars.count { result.append(toScalars[index]) }
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// JavaRosa's `round(x, places)`: ties toward +∞, decided on the shortest decimal form of `x`
    /// (so 1.005 rounds to 1.01 as written, not as stored in binary). Negative places round to tens, hundreds, ….
    static func javaRound(_ value: Double, places: Int) -> Double {
        guard value.isFinite else { return value }
        guard Swift.abs(places) <= 30 else { return .nan }
        if places < 0 {
            let factor = Foundation.pow(10, Double(-places))
            return (value / factor + 0.5).rounded(.down) * factor
        }
        let written = XPathValue.format(Swift.abs(value))
        let parts = written.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? Array(parts[1]) : []
        guard fraction.count > places else { return value }
        let kept = String(parts[0]) + (places > 0 ? "." + String(fraction[..<places]) : "")
        let dropped = fraction[places...]
        let first = dropped.first ?? "0"
        let isTie = first == "5" && dropped.dropFirst().allSatisfy { $0 == "0" }
        let roundsAway = value >= 0 ? first >= "5" : (first > "5" || (first == "5" && !isTie))
        let magnitude = Double(roundsAway ? incrementLastDigit(kept) : kept) ?? Swift.abs(value)
        return value < 0 ? -magnitude : magnitude
    }

    /// Adds one unit in the last place of a plain decimal string ("1.00" → "1.01", "9.99" → "10.00").
    private static func incrementLastDigit(_ decimal: String) -> String {
        var digits = Array(decimal)
        var index = digits.count - 1
        while index >= 0 {
            if digits[index] == "." { index -= 1; continue }
            if digits[index] == "9" {
                digits[index] = "0"
                index -= 1
            } else {
                digits[index] = Character(String((digits[index].wholeNumberValue ?? 0) + 1))
                return String(digits)
            }
        }
        return "1" + String(digits)
    }

    /// Java's `Math.pow`, which differs from C for a NaN exponent and for a base of ±1 with an infinite exponent.
    static func javaPow(_ base: Double, _ exponent: Double) -> Double {
        if exponent.isNaN { return .nan }
        if exponent == 0 { return 1 }
        if base.isNaN { return .nan }
        if Swift.abs(base) == 1, exponent.isInfinite { return .nan }
        return Foundation.pow(base, exponent)
    }

    /// `date()`: a date stays; '' stays ''; NaN stays NaN; a number is days since 1970-01-01; text is year-month-day.
    private static func date(_ value: XPathValue, _ fail: (String, String) -> ExpressionError) throws(ExpressionError) -> XPathValue {
        switch value {
        case .date:
            return value
        case let .number(days):
            if days.isNaN { return .number(.nan) }
            guard days.isFinite, Swift.abs(days) < 2_147_483_647 else {
                throw fail("\(XPathValue.format(days)) is not a day number", "\(XPathValue.format(days)) は日数として扱えません")
            }
            return .date(CivilDate(daysSinceEpoch: Int(days.rounded(.towardZero))))
        case .boolean, .list:
            throw fail("true/false cannot be converted to a date", "真偽値は日付に変換できません")
        case let .string(text):
            if text.isEmpty { return .empty }
            if let date = CivilDate(javaRosa: text) { return .date(date) }
            throw fail("'\(text)' is not a date; write YYYY-MM-DD with a day that exists",
                       "「\(text)」は日付ではありません。実在する日を YYYY-MM-DD で書いてください")
        }
    }
}
