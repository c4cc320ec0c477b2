import SurveyCore

/// JSON text laid out as Foundation's `JSONEncoder` lays it out with `.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes` (two-space indents, `"key" : value`, keys in byte order), written straight from a
/// `JSONValue`. report.json has thousands of figures, and encoding them through `Encodable` went through a dynamic
/// cast per value, a tenth of `chosa report` at 370 institutions; the layout stays byte for byte what it was
/// (`ReportJSONTests` compares the two).
enum PrettyJSON {
    /// The text of `value`, without a final line break.
    static func text(_ value: JSONValue) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1 << 16)
        write(value, indent: 0, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func newline(_ indent: Int, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
    }

    private static func write(_ value: JSONValue, indent: Int, to bytes: inout [UInt8]) {
        switch value {
        case .null: bytes.append(contentsOf: "null".utf8)
        case let .bool(flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case let .number(number): bytes.append(contentsOf: format(number).utf8)
        case let .string(text): write(text, to: &bytes)
        case let .array(elements):
            bytes.append(UInt8(ascii: "["))
            if elements.isEmpty { bytes.append(UInt8(ascii: "\n")) }
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(indent + 2, to: &bytes)
                write(element, indent: indent + 2, to: &bytes)
            }
            newline(indent, to: &bytes)
            bytes.append(UInt8(ascii: "]"))
        case let .object(fields):
            bytes.append(UInt8(ascii: "{"))
            if fields.isEmpty { bytes.append(UInt8(ascii: "\n")) }
            for (index, key) in fields.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(indent + 2, to: &bytes)
                write(key, to: &bytes)
                bytes.append(contentsOf: " : ".utf8)
                write(fields[key] ?? .null, indent: indent + 2, to: &bytes)
            }
            newline(indent, to: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// As `JSONEncoder` writes a `Double`: its shortest description without a trailing `.0` (`2`, `23.8`, `1e+21`).
    static func format(_ number: Double) -> String {
        let text = number.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// A string with `"`, `\` and control characters escaped (`\n`, `\t`, … or `\u00XX`), everything else as is.
    private static func write(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: "\\u00".utf8)
                bytes += [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
