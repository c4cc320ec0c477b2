import Crypto
public import Foundation
public import SurveyCore

/// JSON text in one canonical form — object keys sorted, no insignificant spaces, whole numbers without a
/// fraction — so the same answers always give the same bytes and the same SHA-256, whichever program wrote them.
/// Written by hand because `JSONEncoder` is several times slower and its number formatting is not specified.
public enum CanonicalJSON {
    /// The canonical text of `value`.
    public static func string(_ value: JSONValue) -> String {
        var output = ""
        output.reserveCapacity(1024)
        write(value, to: &output)
        return output
    }

    /// Lower-case hex SHA-256 of the UTF-8 bytes of `text`.
    public static func sha256(_ text: String) -> String {
        sha256(Data(text.utf8))
    }

    /// Lower-case hex SHA-256 of `data`.
    public static func sha256(_ data: Data) -> String {
        let digits: [Character] = Array("0123456789abcdef")
        var hex = ""
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return hex
    }

    private static func write(_ value: JSONValue, to output: inout String) {
        switch value {
        case .null: output += "null"
        case let .bool(flag): output += flag ? "true" : "false"
        case let .number(number): output += format(number)
        case let .string(text): writeString(text, to: &output)
        case let .array(elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                write(element, to: &output)
            }
            output += "]"
        case let .object(fields):
            output += "{"
            for (index, key) in fields.keys.sorted().enumerated() {
                if index > 0 { output += "," }
                writeString(key, to: &output)
                output += ":"
                if let field = fields[key] { write(field, to: &output) }
            }
            output += "}"
        }
    }

    /// Whole numbers below 2^53 as integers; others in Swift's shortest round-trip form (valid JSON).
    static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 9_007_199_254_740_992 { return String(Int64(number)) }
        return "\(number)"
    }

    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        // Most strings need no escape and are appended whole; escaping builds a small local view, because appending
        // to `output.unicodeScalars` copies the whole output each time and made large documents quadratic.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output += text
        } else {
            var escaped = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": escaped.append(contentsOf: "\\\"".unicodeScalars)
                case "\\": escaped.append(contentsOf: "\\\\".unicodeScalars)
                case "\n": escaped.append(contentsOf: "\\n".unicodeScalars)
                case "\r": escaped.append(contentsOf: "\\r".unicodeScalars)
                case "\t": escaped.append(contentsOf: "\\t".unicodeScalars)
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    escaped.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
                default: escaped.append(scalar)
                }
            }
            output += String(escaped)
        }
        output += "\""
    }
}
