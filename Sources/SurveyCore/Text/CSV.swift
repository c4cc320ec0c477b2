/// CSV output (RFC 4180) that spreadsheets open safely: text that a spreadsheet could read as a formula is prefixed
/// with `'` so Excel and LibreOffice never run it (OWASP's CSV-injection guidance); numbers are written as numbers.
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

    /// Text with a leading `'` when a spreadsheet could read it as a formula: its first character that is not
    /// white space, invisible (zero-width, bidi marks, byte-order mark) or a quote is `= + - @` or a full-width
    /// `＝ ＋ － ＠`, or it starts with a tab, carriage return or line feed. Spreadsheets trim such leading
    /// characters before deciding, so ` =1+1`, `＝1+1`, a line feed then `=1+1`, U+200B then `=1+1` and `"=1+1` are
    /// all guarded. A text already starting with `'` gains another, so `'=1+1` and `=1+1` stay distinguishable.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        if first == "\t" || first == "\r" || first == "\n" { return "'" + text }
        guard let significant = text.unicodeScalars.first(where: { !isSkippedBeforeFormula($0) }) else { return text }
        switch significant {
        case "=", "+", "-", "@", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}", "\u{2212}", "\u{FE62}", "\u{FE63}", "\u{FE66}", "\u{FE6B}":
            return "'" + text
        default:
            return text
        }
    }

    /// Characters a spreadsheet may skip before the one that makes a formula: white space (including ideographic
    /// and no-break spaces), control and format characters (zero-width spaces, bidi marks, U+FEFF), and quotes.
    private static func isSkippedBeforeFormula(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
        default: break
        }
        return scalar == "\"" || scalar == "'" || scalar == "\u{FF02}" || scalar == "\u{FF07}" || scalar == "\u{200B}"
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
