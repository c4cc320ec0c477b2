import Foundation

/// One XLSForm sheet read by its header row: column names are matched case-insensitively, with aliases and
/// language suffixes (`label::Japanese (ja)`, `label:English`, `label`) separated from the column's meaning.
struct XLSFormTable {
    /// A header cell understood.
    struct Column {
        /// 1-based column number.
        var index: Int
        /// The column's meaning, e.g. `label`, `list_name`, `body::accept`.
        var base: String
        /// The language part as written (`Japanese (ja)`), nil when the header has none.
        var language: String?
    }

    /// One data row: its sheet row number and cells.
    struct Row {
        var number: Int
        var cells: [Int: String]
    }

    let sheet: String
    let columns: [Column]
    let rows: [Row]

    /// Columns whose values may be written per language.
    static let textColumns: Set<String> = ["label", "hint", "constraint_message", "required_message", "guidance_hint", "media::image",
                                           "media::audio", "media::video", "image", "audio", "video", "form_title", "chosa_title", "description"]
    /// Prefixes that are namespaces, not languages, in `prefix::name` headers.
    static let namespaces: Set<String> = ["bind", "body", "instance", "media", "chosa"]
    /// Header spellings pyxform accepts for the same column.
    static let aliases: [String: String] = [
        "list name": "list_name", "constraint message": "constraint_message", "jr:constraintmsg": "constraint_message",
        "required message": "required_message", "jr:requiredmsg": "required_message", "jr:count": "repeat_count",
        "repeat count": "repeat_count", "choice filter": "choice_filter", "value": "name", "caption": "label",
        "calculate": "calculation", "read only": "read_only",
    ]

    init(_ sheet: Worksheet) {
        self.sheet = sheet.name
        var columns: [Column] = []
        var headerRow = 0
        // The header is the first row with a non-blank cell (some forms leave row 1 empty).
        for (index, row) in sheet.rows.enumerated() where row.contains(where: { !$0.value.isBlank }) {
            headerRow = index + 1
            for (columnIndex, cell) in row.enumerated() where !cell.value.isBlank {
                columns.append(Self.column(cell.value.text, index: columnIndex + 1))
            }
            break
        }
        var rows: [Row] = []
        if headerRow > 0 {
            for rowIndex in headerRow..<sheet.rows.count {
                var cells: [Int: String] = [:]
                for column in columns {
                    let value = sheet.value(row: rowIndex + 1, column: column.index)
                    if !value.isBlank { cells[column.index] = value.text.trimmingCharacters(in: .whitespacesAndNewlines) }
                }
                if !cells.isEmpty { rows.append(Row(number: rowIndex + 1, cells: cells)) }
            }
        }
        self.columns = columns
        self.rows = rows
    }

    /// Splits a header into its meaning and language part (lower-cased; `FormLanguage.code` reads either case).
    static func column(_ header: String, index: Int) -> Column {
        let lowered = header.trimmingCharacters(in: .whitespaces).lowercased()
        for (alias, base) in aliases where lowered == alias || lowered.hasPrefix(alias + ":") {
            return Column(index: index, base: base, language: language(after: lowered.dropFirst(alias.count)))
        }
        guard let colon = lowered.firstIndex(of: ":") else {
            return Column(index: index, base: lowered.replacingOccurrences(of: " ", with: "_"), language: nil)
        }
        let head = String(lowered[..<colon]).replacingOccurrences(of: " ", with: "_")
        let rest = lowered[colon...].drop { $0 == ":" }
        guard namespaces.contains(head) else { return Column(index: index, base: head, language: language(after: rest)) }
        // media::image::English → meaning media::image, language English.
        guard let next = rest.firstIndex(of: ":") else { return Column(index: index, base: head + "::" + rest, language: nil) }
        return Column(index: index, base: head + "::" + rest[..<next], language: language(after: rest[next...]))
    }

    private static func language(after text: Substring) -> String? {
        let rest = text.drop { $0 == ":" }.trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? nil : rest
    }

    /// The column with meaning `base` and no language.
    func column(_ base: String) -> Column? {
        columns.first { $0.base == base && $0.language == nil }
    }

    /// The value of `base` in `row` (the unsuffixed column first, then any language's), with its cell.
    func value(_ row: Row, _ base: String) -> (text: String, cell: String)? {
        let candidates = columns.filter { $0.base == base }.sorted { ($0.language == nil ? 0 : 1) < ($1.language == nil ? 0 : 1) }
        for column in candidates {
            if let text = row.cells[column.index] { return (text, cell(row, column)) }
        }
        return nil
    }

    /// `sheet!C14`.
    func cell(_ row: Row, _ column: Column) -> String {
        "\(sheet)!\(CellReference(row: row.number, column: column.index))"
    }

    /// `sheet!C14` for a column meaning, or the row's first cell when the column is absent.
    func cell(_ row: Row, _ base: String) -> String {
        if let column = columns.first(where: { $0.base == base }) { return cell(row, column) }
        return "\(sheet)!\(CellReference(row: row.number, column: 1))"
    }
}
