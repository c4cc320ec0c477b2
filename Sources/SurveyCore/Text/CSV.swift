/// CSV output (RFC 4180) that spreadsheets open safely: text that starts with `= + - @`, a tab or a carriage
/// return is prefixed with `'` so Excel and LibreOffice never run it as a formula; numbers are written as numbers.
public enum CSV {
    /// One cell's content.
    public enum Field: Sendable, Equatable {
        /// Text typed by someone: quoted when needed and neutralised against formula injection.
        case text(String)
        /// A number, written plainly (negative numbers stay numbers).
        case number(Double)
        /// An empty cell.
        case empty
    }

    /// The UTF-8 byte-order mark Excel needs to read UTF-8 (Japanese) text correctly.
    public static let byteOrderMark = "\u{FEFF}"

    /// One cell as CSV text.
    public static func cell(_ field: Field) -> String {
        switch field {
        case .empty: return ""
        case let .number(value): return value.isFinite ? XPathValue.format(value) : ""
        case let .text(text): return quoted(neutralised(text))
        }
    }

    /// One record, ending with CRLF as RFC 4180 asks.
    public static func line(_ fields: [Field]) -> String {
        fields.map(cell).joined(separator: ",") + "\r\n"
    }

    /// A whole document: a header row of column names, then the rows; with `excel`, a byte-order mark first.
    public static func document(header: [String], rows: [[Field]], excel: Bool = false) -> String {
        var text = excel ? byteOrderMark : ""
        text += line(header.map(Field.text))
        for row in rows { text += line(row) }
        return text
    }

    /// Text with a leading `'` when a spreadsheet would otherwise read it as a formula.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return "'" + text
        default: return text
        }
    }

    private static func quoted(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        var escaped = "\""
        for character in text {
            escaped += character == "\"" ? "\"\"" : String(character)
        }
        return escaped + "\""
    }
}
