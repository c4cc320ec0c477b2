import Foundation
import SurveyCore

/// The first canonical JSON writer, kept verbatim (String appends, keys sorted with `<`) as the reference the
/// byte writer must match byte for byte: stored content hashes depend on every byte.
enum CanonicalJSONReference {
    static func string(_ value: JSONValue) -> String {
        var output = ""
        write(value, to: &output)
        return output
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

    static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 9_007_199_254_740_992 { return String(Int64(number)) }
        return "\(number)"
    }

    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
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
