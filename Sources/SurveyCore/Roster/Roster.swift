public import Foundation

/// Reads and checks a roster CSV (DESIGN §5.7, §5.9): UTF-8 with or without a byte-order mark, a header row
/// `id,name_ja,name_en,category,contact` (any order) optionally followed by `head_title`, `head_name`,
/// `contact_name` and `ministry`, one institution per row. Every row is checked and every
/// problem reported, each by row, column and position, so one correction pass fixes the whole file.
public enum Roster {
    /// The outcome: the entries when there is no error, and every problem found.
    public struct Result: Sendable {
        /// The institutions, in file order; nil when any diagnostic is an error.
        public var entries: [RosterEntry]?
        /// Problems, in file order.
        public var diagnostics: [Diagnostic]
    }

    /// The columns a roster has, in the order DESIGN §5.7 writes them.
    public static let columns = ["id", "name_ja", "name_en", "category", "contact"]
    /// Columns a roster may add (DESIGN §5.9): how letters address the head, who is in charge, the supervising ministry.
    public static let optionalColumns = ["head_title", "head_name", "contact_name", "ministry"]
    /// Longest name accepted, in characters.
    public static let maximumNameLength = 200
    /// Longest contact accepted, in characters.
    public static let maximumContactLength = 320

    /// Parses and checks roster bytes; `file` names the file in messages.
    public static func read(_ data: Data, file: String) -> Result {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = firstInvalidLine(bytes)
            return failure(SourcePosition(file: file, line: line, column: 1), "not-utf8", Message(
                en: "the file is not UTF-8 text (first bad byte on this line); save it as \"CSV UTF-8\"",
                ja: "ファイルが UTF-8 ではありません（この行に不正なバイトがあります）。「CSV UTF-8」形式で保存してください"))
        }
        let records: [[CSVRecordReader.Field]]
        do {
            records = try CSVRecordReader.records(text)
        } catch {
            return failure(SourcePosition(file: file, line: error.line, column: error.column), "csv-syntax", error.message)
        }
        guard let header = records.first else {
            return failure(SourcePosition(file: file, line: 1, column: 1), "empty-roster", Message(
                en: "the roster is empty; the first row must be the header \(columns.joined(separator: ","))",
                ja: "名簿が空です。1 行目は見出し行 \(columns.joined(separator: ",")) にしてください"))
        }
        var checker = RosterChecker(file: file, header: header)
        guard checker.diagnostics.isEmpty else { return Result(entries: nil, diagnostics: checker.diagnostics) }
        for (index, record) in records.dropFirst().enumerated() {
            checker.check(record, row: index + 2)
        }
        if records.count == 1 {
            checker.diagnostics.append(Diagnostic(at: SourcePosition(file: file, line: 1, column: 1), code: "empty-roster", Message(
                en: "the roster has a header but no institutions", ja: "名簿に見出し行しかなく、機関がありません")))
        }
        let diagnostics = checker.diagnostics
        return Result(entries: diagnostics.hasErrors ? nil : checker.entries, diagnostics: diagnostics)
    }

    private static func failure(_ position: SourcePosition, _ code: String, _ message: Message) -> Result {
        Result(entries: nil, diagnostics: [Diagnostic(at: position, code: code, message)])
    }

    private static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var lineStart = 0
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[lineStart..<offset], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = offset + 1
        }
        return line
    }
}
