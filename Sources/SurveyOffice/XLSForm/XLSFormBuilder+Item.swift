import Foundation
import SurveyCore

extension XLSFormBuilder {
    /// Columns whose values chosa cannot carry; a value in one is noted and dropped.
    static let droppedColumns: [String: Message] = [
        "default": Message(en: "default answers are not supported; the default is dropped", ja: "既定値には対応していません。既定値は取り込みません"),
        "choice_filter": Message(en: "choice_filter is not supported; every choice is offered", ja: "choice_filter には対応していません。すべての選択肢を表示します"),
        "required_message": Message(en: "required_message is not supported; chosa's own message is shown", ja: "required_message には対応していません。chosa の標準の文言を表示します"),
        "read_only": Message(en: "read_only is not supported; the question can be answered", ja: "read_only には対応していません。回答できる設問として取り込みます"),
        "trigger": Message(en: "trigger is not supported; it is dropped", ja: "trigger には対応していません。取り込みません"),
        "guidance_hint": Message(en: "guidance_hint is not supported; it is dropped", ja: "guidance_hint には対応していません。取り込みません"),
        "media::image": Message(en: "media are not supported; the image is dropped", ja: "画像等のメディアには対応していません。取り込みません"),
        "media::audio": Message(en: "media are not supported; the audio is dropped", ja: "画像等のメディアには対応していません。取り込みません"),
        "media::video": Message(en: "media are not supported; the video is dropped", ja: "画像等のメディアには対応していません。取り込みません"),
        "image": Message(en: "media are not supported; the image is dropped", ja: "画像等のメディアには対応していません。取り込みません"),
        "audio": Message(en: "media are not supported; the audio is dropped", ja: "画像等のメディアには対応していません。取り込みません"),
        "video": Message(en: "media are not supported; the video is dropped", ja: "画像等のメディアには対応していません。取り込みません"),
    ]

    /// Columns whose dropping changes what respondents may answer, so they count as unsupported rather than warnings.
    static let unsupportedColumns: Set<String> = ["choice_filter", "default", "trigger"]

    /// One survey-sheet row as an item of `type`.
    mutating func readItem(_ row: XLSFormTable.Row, id: String, type: ItemType, list: String?) -> DraftSurvey.Item {
        var item = DraftSurvey.Item(id: id, type: type)
        item.cells = itemCells(row)
        item.text = texts(survey, row, "label")
        item.hint = texts(survey, row, "hint")
        item.relevant = survey.value(row, "relevant")?.text
        item.constraint = survey.value(row, "constraint")?.text
        item.constraintMessage = texts(survey, row, "constraint_message")
        item.choices = list
        if let found = survey.value(row, "required") { item.required = Self.requirement(found.text) }
        let appearance = survey.value(row, "appearance")?.text.lowercased() ?? ""
        if type == .text, appearance.contains("multiline") { item.type = .longText }
        if let marker = survey.value(row, "chosa::type")?.text, marker == ItemType.yesNo.rawValue, type == .selectOne {
            item.type = .yesNo
            if let list { yesNoLists.insert(list) }
            item.choices = nil
        }
        if let found = survey.value(row, "calculation") {
            if type == .calculate {
                item.calculation = found.text
            } else {
                notes.append(ImportNote(cell: found.cell, Message(
                    en: "a calculation on a \(type.rawValue) question (a computed default) is not supported; it is dropped",
                    ja: "\(type.rawValue) 型の設問の calculation（計算による既定値）には対応していません。取り込みません")))
            }
        }
        if type == .repeat { readRepeatCount(row, into: &item) }
        if item.type == .selectOne, let prefill = survey.value(row, "chosa::prefill")?.text { item.prefill = prefill }
        if type == .evidence, let accept = survey.value(row, "body::accept")?.text {
            item.accept = accept.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
        }
        if item.text == nil, type != .calculate, type != .note {
            item.text = Dictionary(uniqueKeysWithValues: languages.map { ($0, id) })
            notes.append(ImportNote(cell: survey.cell(row, "label"), Message(
                en: "'\(id)' has no label; its name is used as the question", ja: "「\(id)」にラベルがないため、name を設問文にしました"),
                severity: .warning))
        }
        for (column, message) in Self.droppedColumns.sorted(by: { $0.key < $1.key }) {
            guard let found = survey.value(row, column) else { continue }
            notes.append(ImportNote(cell: found.cell, message, severity: Self.unsupportedColumns.contains(column) ? .unsupported : .warning))
        }
        return item
    }

    private mutating func readRepeatCount(_ row: XLSFormTable.Row, into item: inout DraftSurvey.Item) {
        if let found = survey.value(row, "repeat_count") {
            if let count = Int(found.text), count >= 1 {
                item.maxCount = count
            } else {
                notes.append(ImportNote(cell: found.cell, Message(
                    en: "repeat_count '\(found.text)' is not a whole number; the repeat has no maximum",
                    ja: "repeat_count「\(found.text)」が整数ではないため、繰り返しの上限なしで取り込みます")))
            }
        }
        if let found = survey.value(row, "chosa::min"), let count = Int(found.text), count >= 0 { item.minCount = count }
        if let found = survey.value(row, "chosa::max"), let count = Int(found.text), count >= 1 { item.maxCount = count }
    }

    /// `yes`, `true`, `TRUE()` → always; `no`, `false`, blank → nil (optional); anything else is an expression.
    static func requirement(_ text: String) -> String? {
        let lowered = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "= "))
        switch lowered {
        case "yes", "true", "true()", "1": return "true"
        case "no", "false", "false()", "0", "": return nil
        default: return text
        }
    }

    /// The cell of each column in the row, keyed by what the YAML calls it.
    func itemCells(_ row: XLSFormTable.Row) -> [String: String] {
        let keys = ["name": "id", "type": "type", "label": "text", "hint": "hint", "required": "required", "relevant": "relevant",
                    "constraint": "constraint", "constraint_message": "constraint_message", "calculation": "calculation",
                    "repeat_count": "max", "chosa::max": "max", "chosa::min": "min", "body::accept": "accept",
                    "chosa::prefill": "prefill"]
        var cells: [String: String] = [:]
        for (column, key) in keys { cells[key] = survey.cell(row, column) }
        cells["choices"] = survey.cell(row, "type")
        return cells
    }
}
