import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Checks shared by the output tests: XHTML well-formedness, references to other hosts, and CSV parsing.
enum OutputChecks {
    /// Parses `html` as XML; returns the parser's error, or nil when it is well-formed.
    static func xmlError(_ html: String) -> String? {
        let parser = XMLParser(data: Data(html.utf8))
        let delegate = Delegate()
        parser.delegate = delegate
        return parser.parse() ? nil : (parser.parserError.map { "\($0) line \(parser.lineNumber) col \(parser.columnNumber)" } ?? "unknown")
    }

    final class Delegate: NSObject, XMLParserDelegate {}

    /// Every `src=` and `href=` value in `html`.
    static func references(_ html: String) -> [String] {
        var found: [String] = []
        for attribute in ["src=\"", "href=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                found.append(String(rest[..<end]))
                rest = rest[end...]
            }
        }
        return found
    }

    /// A reference that could make a browser contact another host.
    static func isExternal(_ reference: String) -> Bool {
        if reference.hasPrefix("#") { return false }
        let lower = reference.lowercased()
        return lower.contains("//") || lower.contains(":")
    }

    /// RFC 4180 fields of a CSV document (without the byte-order mark).
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.drop { $0 == "\u{FEFF}" }.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\r\n", "\n": row.append(field); rows.append(row); row = []; field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
