import Foundation
import SurveyCore

/// Reads the sheets of an XLSForm into a `DraftSurvey`, noting by cell everything it cannot carry.
struct XLSFormBuilder {
    var notes: [ImportNote] = []
    let survey: XLSFormTable
    let choices: XLSFormTable?
    let settings: XLSFormTable?
    /// The survey's languages in the order the form's columns first use them.
    var languages: [String] = []
    /// Language code by sheet name and column number; a text column missing here is left out.
    var columnLanguages: [String: [Int: String]] = [:]
    /// Choice lists referred to only by items that chosa reads back as yes/no questions.
    var yesNoLists: Set<String> = []
    var usedNames: Set<String> = []

    init(survey: XLSFormTable, choices: XLSFormTable?, settings: XLSFormTable?) {
        self.survey = survey
        self.choices = choices
        self.settings = settings
    }

    // MARK: - Languages

    /// Decides every text column's language: suffixed columns by their suffix, plain ones by `default_language`,
    /// else the first suffixed language, else a guess from the script of the labels.
    mutating func resolveLanguages() {
        let tables = [survey] + [choices, settings].compactMap { $0 }
        var defaultLanguage: String?
        if let settings, let row = settings.rows.first, case let (text, cell)? = settings.value(row, "default_language") {
            defaultLanguage = FormLanguage.code(text)
            if defaultLanguage == nil {
                notes.append(ImportNote(cell: cell, Message(
                    en: "default_language '\(text)' names no language code; write it as 'Japanese (ja)'",
                    ja: "default_language「\(text)」から言語コードが分かりません。「Japanese (ja)」のように書いてください"), severity: .warning))
            }
        }
        let suffixed = tables.flatMap { table in
            table.columns.filter { XLSFormTable.textColumns.contains($0.base) }.compactMap { $0.language.flatMap(FormLanguage.code) }
        }
        let plainLanguage: String
        if let defaultLanguage {
            plainLanguage = defaultLanguage
        } else if let first = suffixed.first {
            plainLanguage = first
        } else {
            let labels = survey.rows.compactMap { survey.value($0, "label")?.text }
            plainLanguage = labels.contains(where: FormLanguage.looksJapanese) ? "ja" : "en"
            if !labels.isEmpty {
                notes.append(ImportNote(cell: survey.sheet, Message(
                    en: "the form does not name its language; its texts are taken as '\(plainLanguage)' (set default_language in settings to choose)",
                    ja: "様式に言語の指定がないため、文言を「\(plainLanguage)」として取り込みました（settings の default_language で指定できます）"),
                    severity: .warning))
            }
        }
        for table in tables {
            var byColumn: [Int: String] = [:]
            for column in table.columns where XLSFormTable.textColumns.contains(column.base) {
                guard let suffix = column.language else {
                    byColumn[column.index] = plainLanguage
                    if table.rows.contains(where: { $0.cells[column.index] != nil }) { addLanguage(plainLanguage) }
                    continue
                }
                guard let code = FormLanguage.code(suffix) else {
                    notes.append(ImportNote(cell: "\(table.sheet)!\(CellReference(row: 1, column: column.index))", Message(
                        en: "column language '\(suffix)' names no language code; write it as '\(column.base)::\(suffix) (xx)'; the column is left out",
                        ja: "列の言語「\(suffix)」から言語コードが分かりません。「\(column.base)::\(suffix) (xx)」のように書いてください。この列は取り込みません")))
                    continue
                }
                byColumn[column.index] = code
                if table.rows.contains(where: { $0.cells[column.index] != nil }) { addLanguage(code) }
            }
            columnLanguages[table.sheet] = byColumn
        }
        if languages.isEmpty { languages = [plainLanguage] }
    }

    private mutating func addLanguage(_ code: String) {
        if !languages.contains(code) { languages.append(code) }
    }

    /// The texts of `base` in `row` by language, every survey language filled (a missing one from another, noted).
    mutating func texts(_ table: XLSFormTable, _ row: XLSFormTable.Row, _ base: String) -> DraftSurvey.Text? {
        var values: DraftSurvey.Text = [:]
        let byColumn = columnLanguages[table.sheet] ?? [:]
        for column in table.columns where column.base == base {
            guard let code = byColumn[column.index], let text = row.cells[column.index], values[code] == nil else { continue }
            values[code] = text
        }
        guard let fallback = languages.lazy.compactMap({ values[$0] }).first else { return nil }
        for code in languages where values[code] == nil {
            values[code] = fallback
            notes.append(ImportNote(cell: table.cell(row, base), Message(
                en: "\(base) has no '\(code)' text; the text in another language is used",
                ja: "\(base) に「\(code)」の文言がないため、他の言語の文言を使いました"), severity: .warning))
        }
        return values
    }

    // MARK: - Settings

    /// The survey's id, version, title, description and deadline from the settings sheet, with fallbacks.
    mutating func readSettings(fallbackID: String, fallbackDeadline: CivilDate) -> (id: String, version: String, title: DraftSurvey.Text,
                                                                                  description: DraftSurvey.Text?, deadline: CivilDate) {
        let row = settings?.rows.first
        var id = fallbackID
        var version = "1"
        var title: DraftSurvey.Text?
        var description: DraftSurvey.Text?
        var deadline = fallbackDeadline
        var deadlineGiven = false
        if let settings, let row {
            if case let (text, cell)? = settings.value(row, "form_id") {
                if IDPattern.surveyID.matches(text) {
                    id = text
                } else {
                    id = Self.sanitizedID(text, fallback: fallbackID)
                    notes.append(ImportNote(cell: cell, Message(en: "form_id '\(text)' \(IDPattern.surveyID.rule.en); '\(id)' is used",
                                                                ja: "form_id「\(text)」\(IDPattern.surveyID.rule.ja)。「\(id)」を使いました"),
                                            severity: .warning))
                }
            }
            if case let (text, _)? = settings.value(row, "version") { version = text }
            title = texts(settings, row, "chosa_title") ?? texts(settings, row, "form_title")
            description = texts(settings, row, "description")
            if let column = settings.column("deadline"), let text = row.cells[column.index] {
                if let date = CivilDate(iso: text) ?? Double(text).map(CellValue.date(serial:)) {
                    deadline = date
                    deadlineGiven = true
                } else {
                    notes.append(ImportNote(cell: settings.cell(row, column), Message(
                        en: "deadline '\(text)' is not a date", ja: "deadline「\(text)」は日付ではありません"), severity: .warning))
                }
            }
        }
        if !deadlineGiven {
            notes.append(ImportNote(cell: settings?.sheet ?? "settings", Message(
                en: "the form has no deadline (settings column 'deadline'); \(deadline) is written, edit it in survey.yaml",
                ja: "様式に締切（settings の deadline 列）がないため \(deadline) としました。survey.yaml で修正してください"), severity: .warning))
        }
        let fallbackTitle = Dictionary(uniqueKeysWithValues: languages.map { ($0, id) })
        return (id, version, title ?? fallbackTitle, description, deadline)
    }

    /// `text` with every character a survey id cannot hold replaced by `-`.
    static func sanitizedID(_ text: String, fallback: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
        let cleaned = String(text.map { allowed.contains($0) ? $0 : "-" }.prefix(64)).trimmingCharacters(in: CharacterSet(charactersIn: "-._"))
        return IDPattern.surveyID.matches(cleaned) ? cleaned : fallback
    }

    // MARK: - Choices

    mutating func readChoices() -> [DraftSurvey.ChoiceList] {
        guard let choices else { return [] }
        var lists: [DraftSurvey.ChoiceList] = []
        for row in choices.rows {
            guard case let (listID, listCell)? = choices.value(row, "list_name") else { continue }
            guard case let (value, valueCell)? = choices.value(row, "name") else {
                notes.append(ImportNote(cell: choices.cell(row, "name"), Message(
                    en: "the choice in list '\(listID)' has no name; it is left out", ja: "リスト「\(listID)」の選択肢に name がありません。取り込みません")))
                continue
            }
            guard IDPattern.itemID.matches(listID) else {
                notes.append(ImportNote(cell: listCell, Message(en: "list name '\(listID)' \(IDPattern.itemID.rule.en); the choice is left out",
                                                                ja: "リスト名「\(listID)」\(IDPattern.itemID.rule.ja)。この選択肢は取り込みません")))
                continue
            }
            guard IDPattern.choiceValue.matches(value) else {
                notes.append(ImportNote(cell: valueCell, Message(en: "choice value '\(value)' \(IDPattern.choiceValue.rule.en); the choice is left out",
                                                                 ja: "選択肢の値「\(value)」\(IDPattern.choiceValue.rule.ja)。この選択肢は取り込みません")))
                continue
            }
            let label = texts(choices, row, "label") ?? Dictionary(uniqueKeysWithValues: languages.map { ($0, value) })
            let choice = DraftSurvey.Choice(value: value, label: label, cell: valueCell)
            if let index = lists.firstIndex(where: { $0.id == listID }) {
                guard !lists[index].choices.contains(where: { $0.value == value }) else {
                    notes.append(ImportNote(cell: valueCell, Message(en: "value '\(value)' appears twice in list '\(listID)'; the second is left out",
                                                                     ja: "リスト「\(listID)」に値「\(value)」が重複しています。2つ目は取り込みません")))
                    continue
                }
                lists[index].choices.append(choice)
            } else {
                lists.append(DraftSurvey.ChoiceList(id: listID, choices: [choice], cell: listCell))
            }
        }
        return lists
    }
}
