/// Checks roster rows one by one, collecting every problem rather than stopping at the first.
struct RosterChecker {
    let file: String
    private var columnIndex: [String: Int] = [:]
    private var firstRowOfID: [String: Int] = [:]
    private(set) var entries: [RosterEntry] = []
    var diagnostics: [Diagnostic] = []
    private let columnCount: Int

    init(file: String, header: [CSVRecordReader.Field]) {
        self.file = file
        columnCount = header.count
        for (offset, field) in header.enumerated() {
            let name = field.text.trimmingSpaces
            let position = SourcePosition(file: file, line: field.line, column: field.column)
            let known = Roster.columns + Roster.optionalColumns
            if !known.contains(name) {
                let hint = Suggestion.closest(to: name, in: known)
                diagnostics.append(Diagnostic(at: position, code: "unknown-column", Message(
                    en: "unknown column '\(name)' in the header" + (hint.map { "; did you mean '\($0)'?" } ?? "; the columns are \(Roster.columns.joined(separator: ","))"),
                    ja: "見出し行に不明な列「\(name)」があります" + (hint.map { "。「\($0)」の誤りではありませんか" } ?? "。列は \(Roster.columns.joined(separator: ",")) です"))))
            } else if columnIndex[name] != nil {
                diagnostics.append(Diagnostic(at: position, code: "duplicate-column", Message(
                    en: "column '\(name)' appears twice in the header", ja: "見出し行に列「\(name)」が 2 回あります")))
            } else {
                columnIndex[name] = offset
            }
        }
        let missing = Roster.columns.filter { columnIndex[$0] == nil }
        if !missing.isEmpty {
            let position = SourcePosition(file: file, line: header.first?.line ?? 1, column: 1)
            diagnostics.append(Diagnostic(at: position, code: "missing-column", Message(
                en: "the header lacks the column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")); the header must be \(Roster.columns.joined(separator: ","))",
                ja: "見出し行に列 \(missing.joined(separator: "、")) がありません。見出し行は \(Roster.columns.joined(separator: ",")) にしてください")))
        }
    }

    mutating func check(_ record: [CSVRecordReader.Field], row: Int) {
        let start = SourcePosition(file: file, line: record.first?.line ?? 1, column: 1)
        guard record.count == columnCount else {
            diagnostics.append(Diagnostic(at: start, code: "field-count", Message(
                en: "row \(row) has \(record.count) field\(record.count == 1 ? "" : "s") but the header has \(columnCount); quote fields that contain commas",
                ja: "\(row) 行目の欄の数が \(record.count) で、見出し行の \(columnCount) と一致しません。カンマを含む欄は引用符で囲んでください")))
            return
        }
        var rowProblems = false
        func field(_ column: String) -> (text: String, position: SourcePosition) {
            guard let index = columnIndex[column] else { return ("", start) }
            let cell = record[index]
            return (cell.text.trimmingSpaces, SourcePosition(file: file, line: cell.line, column: cell.column))
        }
        func problem(_ column: String, _ code: String, en: String, ja: String) {
            rowProblems = true
            diagnostics.append(Diagnostic(at: field(column).position, code: code, Message(
                en: "row \(row), column \(column): \(en)", ja: "\(row) 行目、列 \(column)：\(ja)")))
        }
        let id = field("id").text
        if id.isEmpty {
            problem("id", "missing-value", en: "an institution id is required", ja: "機関IDが必要です")
        } else if !InstitutionID.isValid(id) {
            problem("id", "invalid-id", en: "'\(id)' must be 1–32 letters, digits, '-' or '_'",
                    ja: "「\(id)」は英数字・「-」「_」の 1〜32 文字にしてください")
        } else if let first = firstRowOfID[id] {
            problem("id", "duplicate-id", en: "'\(id)' is already used on row \(first); ids must be unique",
                    ja: "「\(id)」は \(first) 行目で既に使われています。機関IDは重複できません")
        } else {
            firstRowOfID[id] = row
        }
        for (column, language) in [("name_ja", "Japanese"), ("name_en", "English")] {
            let name = field(column).text
            if name.isEmpty {
                problem(column, "missing-value", en: "the \(language) name is required",
                        ja: language == "Japanese" ? "日本語名が必要です" : "英語名が必要です")
            } else if name.count > Roster.maximumNameLength {
                problem(column, "too-long", en: "the name has \(name.count) characters; at most \(Roster.maximumNameLength)",
                        ja: "名称が \(name.count) 文字あります。上限は \(Roster.maximumNameLength) 文字です")
            } else if name.unicodeScalars.contains(where: { $0.value < 0x20 }) {
                problem(column, "control-character", en: "the name contains a line break or control character",
                        ja: "名称に改行又は制御文字が含まれています")
            }
        }
        let categoryText = field("category").text
        let category = InstitutionCategory(rawValue: categoryText)
        if category == nil {
            let all = InstitutionCategory.allCases.map(\.rawValue)
            let hint = Suggestion.closest(to: categoryText, in: all)
            problem("category", "invalid-category",
                    en: "'\(categoryText)' is not a category" + (hint.map { "; did you mean '\($0)'?" } ?? "; use one of \(all.joined(separator: ", "))"),
                    ja: "「\(categoryText)」は種別ではありません" + (hint.map { "。「\($0)」の誤りではありませんか" } ?? "。\(all.joined(separator: "、")) のいずれかにしてください"))
        }
        let contact = field("contact").text
        if contact.count > Roster.maximumContactLength {
            problem("contact", "too-long", en: "the contact has \(contact.count) characters; at most \(Roster.maximumContactLength)",
                    ja: "連絡先が \(contact.count) 文字あります。上限は \(Roster.maximumContactLength) 文字です")
        }
        for column in Roster.optionalColumns where columnIndex[column] != nil {
            let text = field(column).text
            if text.count > Roster.maximumNameLength {
                problem(column, "too-long", en: "'\(column)' has \(text.count) characters; at most \(Roster.maximumNameLength)",
                        ja: "「\(column)」が \(text.count) 文字あります。上限は \(Roster.maximumNameLength) 文字です")
            } else if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                problem(column, "control-character", en: "'\(column)' contains a line break or control character",
                        ja: "「\(column)」に改行又は制御文字が含まれています")
            }
        }
        guard !rowProblems, let category else { return }
        entries.append(RosterEntry(id: id, nameJa: field("name_ja").text, nameEn: field("name_en").text, category: category, contact: contact,
                                   headTitle: field("head_title").text, headName: field("head_name").text,
                                   contactName: field("contact_name").text, ministry: field("ministry").text))
    }
}
