import Foundation
import SurveyCore

/// The work of reading one answer workbook: answers and problems gathered sheet by sheet.
struct ReadingState {
    let workbook: Workbook
    let layout: AnswerWorkbookLayout
    var answers: [String: JSONValue] = [:]
    var cells: [String: String] = [:]
    var problems: [AnswerWorkbookReader.CellProblem] = []

    init(workbook: Workbook, layout: AnswerWorkbookLayout) {
        self.workbook = workbook
        self.layout = layout
    }

    private func named(_ name: String, fallback: CellReference) -> (String, CellValue) {
        let target = workbook.definedNames.first { $0.name == name }.flatMap { AnswerWorkbookReader.target(of: $0.formula) }
        let sheetName = target?.sheet ?? "cover"
        let cell = target?.cell ?? fallback
        let value = workbook.sheet(named: sheetName)?.value(row: cell.row, column: cell.column) ?? .empty
        return (cell.named(in: sheetName), value)
    }

    /// The draft revision recorded on the cover.
    mutating func revision() -> Int? {
        let (cell, value) = named(AnswerWorkbookLayout.revisionName, fallback: CellReference(row: 6, column: 2))
        if case let .number(number) = value, let revision = Int(exactly: number), revision >= 0 { return revision }
        if let revision = Int(value.text.trimmingCharacters(in: .whitespaces)), revision >= 0 { return revision }
        problems.append(.init(cell: cell, itemID: nil, Message(
            en: "the draft revision is missing; this is not a workbook downloaded from chosa, or the cover was changed",
            ja: "回答の版がありません。chosa からダウンロードしたブックではないか、表紙が変更されています")))
        return nil
    }

    /// The institution id on the cover and its cell; the caller decides whether it must match.
    func institution() -> (id: String, cell: String) {
        let (cell, value) = named(AnswerWorkbookLayout.institutionName, fallback: CellReference(row: 8, column: 2))
        return (value.text.trimmingCharacters(in: .whitespaces), cell)
    }

    /// Refuses a workbook downloaded for another survey.
    mutating func checkSurvey() {
        let (cell, value) = named(AnswerWorkbookLayout.surveyName, fallback: CellReference(row: 7, column: 2))
        let id = value.text.trimmingCharacters(in: .whitespaces)
        guard id != layout.survey.id else { return }
        problems.append(.init(cell: cell, itemID: nil, Message(
            en: "this workbook is for survey '\(id)', not '\(layout.survey.id)'; download the current workbook",
            ja: "このブックは調査「\(id)」用で、「\(layout.survey.id)」用ではありません。最新のブックをダウンロードしてください")))
    }

    mutating func readSection(_ section: Section) {
        let name = layout.sectionSheets[section.id] ?? section.id
        guard let sheet = workbook.sheet(named: name) else {
            problems.append(.init(cell: name, itemID: nil, Message(en: "sheet '\(name)' is missing; do not rename or delete sheets",
                                                                  ja: "シート「\(name)」がありません。シートの名前を変えたり削除したりしないでください")))
            return
        }
        for row in 2...max(2, sheet.rows.count) {
            let id = sheet.value(row: row, column: 1).text.trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty else { continue }
            guard let item = layout.survey.item(id) else {
                problems.append(.init(cell: CellReference(row: row, column: 1).named(in: sheet.name), itemID: nil, Message(
                    en: "'\(id)' is not a question of this survey; do not change the id column",
                    ja: "「\(id)」はこの調査の設問ではありません。id 列は変更しないでください")))
                continue
            }
            let cell = CellReference(row: row, column: 3).named(in: sheet.name)
            if item.type == .repeat {
                cells[id] = cell
                readRepeat(item)
            } else if item.type.isAnswerable, let value = convert(item, sheet.value(row: row, column: 3), cell: cell) {
                answers[id] = value
                cells[id] = cell
            }
        }
    }

    private mutating func readRepeat(_ item: Item) {
        let name = layout.repeatSheets[item.id] ?? item.id
        guard let sheet = workbook.sheet(named: name) else {
            problems.append(.init(cell: name, itemID: item.id, Message(en: "sheet '\(name)' is missing; do not rename or delete sheets",
                                                                      ja: "シート「\(name)」がありません。シートの名前を変えたり削除したりしないでください")))
            return
        }
        let columns = SheetFiller.columns(item)
        var columnOf: [String: Int] = [:]
        for column in 1...max(1, sheet.rows.first?.count ?? 0) {
            let id = sheet.value(row: 1, column: column).text.trimmingCharacters(in: .whitespaces)
            if columns.contains(where: { $0.id == id }) { columnOf[id] = column }
        }
        var instances: [JSONValue] = []
        let first = AnswerWorkbookLayout.repeatHeaderRows + 1
        guard sheet.rows.count >= first else { return }
        for row in first...sheet.rows.count {
            let blank = columns.allSatisfy { child in columnOf[child.id].map { sheet.value(row: row, column: $0).isBlank } ?? true }
            if blank { continue }
            var fields: [String: JSONValue] = [:]
            let index = instances.count
            for child in columns {
                guard let column = columnOf[child.id] else { continue }
                let cell = CellReference(row: row, column: column).named(in: sheet.name)
                if let value = convert(child, sheet.value(row: row, column: column), cell: cell) {
                    fields[child.id] = value
                    cells["\(item.id)[\(index)].\(child.id)"] = cell
                }
            }
            cells["\(item.id)[\(index)]"] = CellReference(row: row, column: 1).named(in: sheet.name)
            instances.append(.object(fields))
        }
        if !instances.isEmpty { answers[item.id] = .array(instances) }
    }
}
