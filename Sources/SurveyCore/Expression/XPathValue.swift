/// A value during evaluation: XPath 1.0's string, number and boolean, plus ODK's date and the list of values a repeated item has.
public enum XPathValue: Sendable, Equatable {
    /// Text; an unanswered item reads as the empty string.
    case string(String)
    /// An IEEE double, as XPath numbers are.
    case number(Double)
    /// A truth value.
    case boolean(Bool)
    /// A calendar date (ODK's date type).
    case date(CivilDate)
    /// The values of an item inside a repeat, read from outside it (for `sum`, `count`, `min`, `max`).
    case list([XPathValue])

    /// The empty string: what an unanswered or non-relevant item reads as.
    public static let empty = XPathValue.string("")

    /// True for the empty string (an unanswered item).
    public var isEmpty: Bool {
        if case let .string(text) = self { return text.isEmpty }
        return false
    }
}

extension XPathValue {
    /// XPath `boolean()`: non-empty strings, non-zero numbers and non-empty lists are true.
    public var booleanValue: Bool {
        switch self {
        case let .string(text): !text.isEmpty
        case let .number(value): Swift.abs(value) > 1e-12  // JavaRosa's tolerance; false for NaN
        case let .boolean(value): value
        case .date: true
        case let .list(values): !values.isEmpty
        }
    }

    /// XPath `number()`: strings parse as XPath numbers (no exponent, no '+'), dates are days since 1970-01-01.
    public var numberValue: Double {
        switch self {
        case let .string(text): Self.parseNumber(text)
        case let .number(value): value
        case let .boolean(value): value ? 1 : 0
        case let .date(date): Double(date.daysSinceEpoch)
        case let .list(values): values.first?.numberValue ?? .nan
        }
    }

    /// XPath `string()`: numbers without exponent or trailing `.0`, booleans as `true`/`false`, dates as `YYYY-MM-DD`.
    public var stringValue: String {
        switch self {
        case let .string(text): text
        case let .number(value): Self.format(value)
        case let .boolean(value): value ? "true" : "false"
        case let .date(date): date.description
        case let .list(values): values.first?.stringValue ?? ""
        }
    }

    /// Parses text as JavaRosa does: Java `trim()` (every character up to U+0020), then only '-', '.' and digits,
    /// read as a double; otherwise NaN. Unlike JavaRosa, a comma is not a decimal point, so '1,000' is NaN, not 1.
    public static func parseNumber(_ text: String) -> Double {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0.value > 0x20 }),
              let last = scalars.lastIndex(where: { $0.value > 0x20 }) else { return .nan }
        let body = scalars[first...last]
        guard body.allSatisfy({ $0 == "-" || $0 == "." || ("0"..."9").contains($0) }),
              body.contains(where: { ("0"..."9").contains($0) }) else { return .nan }
        return Double(String(body)) ?? .nan
    }

    /// Formats a number as XPath 1.0 `string()` does: `NaN`, `Infinity`, integers without a point, otherwise
    /// the shortest decimal that reads back as the same double, never in exponent notation.
    public static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        // Swift prints the shortest round-trip digits, sometimes with an exponent ("1e-05", "1.5e+20"); expand it.
        let printed = "\(value)"
        // Without an exponent or a `.0` (large whole numbers print one) the shortest digits are already the expanded
        // form the code below would give.
        if !printed.utf8.contains(UInt8(ascii: "e")), !printed.hasSuffix(".0") { return printed }
        let negative = printed.hasPrefix("-")
        let unsigned = negative ? String(printed.dropFirst()) : printed
        let parts = unsigned.split(separator: "e", maxSplits: 1)
        let mantissa = String(parts[0])
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let mantissaParts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerDigits = String(mantissaParts[0])
        var fractionDigits = mantissaParts.count > 1 ? String(mantissaParts[1]) : ""
        if fractionDigits == "0" { fractionDigits = "" }
        var digits = integerDigits + fractionDigits
        var pointIndex = integerDigits.count + exponent
        while digits.hasPrefix("0"), digits.count > 1 {
            digits.removeFirst()
            pointIndex -= 1
        }
        var result: String
        if pointIndex <= 0 {
            result = "0." + String(repeating: "0", count: -pointIndex) + digits
        } else if pointIndex >= digits.count {
            result = digits + String(repeating: "0", count: pointIndex - digits.count)
        } else {
            let index = digits.index(digits.startIndex, offsetBy: pointIndex)
            result = digits[..<index] + "." + digits[index...]
        }
        if result.contains(".") {
            while result.hasSuffix("0") { result.removeLast() }
            if result.hasSuffix(".") { result.removeLast() }
        }
        return (negative ? "-" : "") + result
    }
}
