import SurveyCore
import SurveyReports

/// Writes items as rows of a section sheet, and each repeat as a sheet of its own.
struct SheetFiller {
    let layout: AnswerWorkbookLayout
    let language: Language
    let wording: ConditionWording
    let numbers: QuestionNumbers
    private(set) var repeatSheets: [Worksheet] = []

    init(layout: AnswerWorkbookLayout, language: Language, wording: ConditionWording, numbers: QuestionNumbers) {
        self.layout = layout
        self.language = language
        self.wording = wording
        self.numbers = numbers
    }

    /// The question as shown: its number, its text, and the condition under which it is asked, in words.
    func question(_ item: Item) -> String {
        var text = (numbers.number(item.id).map { "Q\($0) " } ?? "") + (item.text?.text(language) ?? item.id)
        if let relevant = item.relevant { text += "\n▶ " + wording.instruction(relevant).text(language) }
        return text
    }

    mutating func fill(_ sheet: inout Worksheet, items: [Item], answers: [String: JSONValue]) {
        for item in items {
            let row = sheet.rows.count + 1
            let hint = item.hint?.text(language) ?? ""
            switch item.type {
            case .group:
                sheet.append([Cell(item.id), Cell(question(item), bold: true, wraps: true), Cell.empty, Cell(hint, wraps: true)])
                fill(&sheet, items: item.items, answers: answers)
            case .note:
                sheet.append([Cell(item.id), Cell(question(item), wraps: true), Cell.empty, Cell(hint, wraps: true)])
            case .calculate:
                let marker = Message(en: "(calculated)", ja: "（自動計算）").text(language)
                sheet.append([Cell(item.id), Cell(item.text?.text(language) ?? item.id, wraps: true), Cell(marker), Cell(hint, wraps: true)])
            case .evidence:
                let marker = Message(en: "(attach files in the portal)", ja: "（ファイルはポータルで添付）").text(language)
                sheet.append([Cell(item.id), Cell(question(item), wraps: true), Cell(marker), Cell(hint, wraps: true)])
            case .repeat:
                let name = layout.repeatSheets[item.id] ?? item.id
                let marker = Message(en: "→ sheet '\(name)', one row per entry", ja: "→ シート「\(name)」に 1 行 1 件で入力").text(language)
                sheet.append([Cell(item.id), Cell(question(item), wraps: true), Cell(marker), Cell(hint, wraps: true)])
                repeatSheets.append(repeatSheet(item, name: name, rows: answers[item.id]))
            case .yesNo, .selectOne, .selectMultiple, .integer, .decimal, .text, .longText, .date:
                var hintText = hint
                if item.type == .selectMultiple {
                    let labels = layout.options(for: item).map { $0.label.text(language) }.joined(separator: "; ")
                    hintText += (hintText.isEmpty ? "" : "\n") + Message(en: "Choose any of (separate with ;): ", ja: "次から選択（; 区切り）：").text(language) + labels
                }
                sheet.append([Cell(item.id), Cell(question(item), wraps: true), answerCell(item, answers[item.id]), Cell(hintText, wraps: true)])
                if let validation = validation(item, range: "C\(row)") { sheet.validations.append(validation) }
            }
        }
    }

    /// The value items of a repeat, groups inside it flattened.
    static func columns(_ item: Item) -> [Item] {
        item.items.flatMap { child -> [Item] in
            switch child.type {
            case .group: return columns(child)
            case .yesNo, .selectOne, .selectMultiple, .integer, .decimal, .text, .longText, .date: return [child]
            case .evidence, .note, .calculate, .repeat: return []
            }
        }
    }

    private func repeatSheet(_ item: Item, name: String, rows value: JSONValue?) -> Worksheet {
        var sheet = Worksheet(name: name)
        let columns = Self.columns(item)
        sheet.append(columns.map { Cell($0.id, bold: true) })
        sheet.append(columns.map { Cell(question($0), bold: true, wraps: true) })
        var instances: [[String: JSONValue]] = []
        if case let .array(elements)? = value {
            for case let .object(fields) in elements { instances.append(fields) }
        }
        let total = min(instances.count + AnswerWorkbook.spareRepeatRows, item.maxCount ?? Int.max)
        let first = AnswerWorkbookLayout.repeatHeaderRows + 1
        for index in 0..<max(total, instances.count) {
            let fields = index < instances.count ? instances[index] : [:]
            sheet.append(columns.map { answerCell($0, fields[$0.id]) })
        }
        let last = max(first, first + max(total, instances.count) - 1)
        for (index, column) in columns.enumerated() {
            let letters = CellReference.letters(index + 1)
            if let validation = validation(column, range: "\(letters)\(first):\(letters)\(last)") { sheet.validations.append(validation) }
            sheet.columnWidths[index + 1] = 28
        }
        sheet.isProtected = true
        sheet.frozenRows = AnswerWorkbookLayout.repeatHeaderRows
        return sheet
    }

    /// An unlocked cell holding the answer as the respondent sees it: labels for choices, dates as dates.
    func answerCell(_ item: Item, _ value: JSONValue?) -> Cell {
        let options = layout.options(for: item)
        func label(_ chosen: String) -> String { options.first { $0.value == chosen }?.label.text(language) ?? chosen }
        let content: CellValue
        switch value {
        case nil, .null?, .bool?, .object?:
            content = .empty
        case let .array(elements)?:
            content = .text(elements.compactMap { if case let .string(chosen) = $0 { label(chosen) } else { nil } }.joined(separator: "; "))
        case let .number(number)?:
            content = .number(number)
        case let .string(text)?:
            switch item.type {
            case .yesNo, .selectOne: content = .text(label(text))
            case .date: content = CivilDate(iso: text).map(CellValue.date) ?? .text(text)
            case .selectMultiple, .integer, .decimal, .text, .longText, .evidence, .note, .calculate, .repeat, .group: content = .text(text)
            }
        }
        return Cell(content, locked: false, wraps: item.type == .longText || item.type == .text)
    }

    private func validation(_ item: Item, range: String) -> DataValidation? {
        switch item.type {
        case .yesNo, .selectOne:
            return DataValidation(range: range, rule: .list(source: AnswerWorkbookLayout.listName(item.type == .yesNo ? nil : item.choices)),
                                  error: Message(en: "Choose from the list.", ja: "一覧から選択してください。").text(language))
        case .integer:
            return DataValidation(range: range, rule: .wholeNumber, error: Message(en: "Enter a whole number.", ja: "整数を入力してください。").text(language))
        case .decimal:
            return DataValidation(range: range, rule: .decimal, error: Message(en: "Enter a number.", ja: "数値を入力してください。").text(language))
        case .date:
            return DataValidation(range: range, rule: .date, prompt: "YYYY-MM-DD",
                                  error: Message(en: "Enter a date.", ja: "日付を入力してください。").text(language))
        case .selectMultiple, .text, .longText, .evidence, .note, .calculate, .repeat, .group:
            return nil
        }
    }
}
