import Foundation
import SurveyCore

/// Reads one worksheet part into rows of cells, within the row and column limits.
enum SheetReader {
    static func read(_ data: Data, part: String, name: String, strings: [String], limits: WorkbookLimits) throws(OfficeError) -> Worksheet {
        var sheet = Worksheet(name: name)
        var rowNumber = 0
        var columnNumber = 0
        var cellType = "n"
        var reference: CellReference?
        var value: String?
        var inlineText = ""
        var inValue = false
        var inInlineText = false
        var phoneticDepth = 0
        for event in try XMLEvents.parse(data, part: part) {
            switch event {
            case let .start("row", attributes):
                rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
                columnNumber = 0
            case let .start("c", attributes):
                reference = attributes["r"].flatMap { CellReference($0) } ?? CellReference(row: max(rowNumber, 1), column: columnNumber + 1)
                cellType = attributes["t"] ?? "n"
                value = nil
                inlineText = ""
            case .start("v", _):
                inValue = true
                value = value ?? ""
            case .end("v"):
                inValue = false
            case .start("rPh", _): phoneticDepth += 1
            case .end("rPh"): phoneticDepth -= 1
            case .start("t", _):
                inInlineText = phoneticDepth == 0
            case .end("t"):
                inInlineText = false
            case let .text(text):
                if inValue { value = (value ?? "") + text } else if inInlineText { inlineText += text }
            case .end("c"):
                guard let at = reference else { continue }
                columnNumber = at.column
                guard at.row <= limits.rows else { throw .sheetTooLarge(sheet: name, limit: "\(limits.rows) rows") }
                guard at.column <= limits.columns else { throw .sheetTooLarge(sheet: name, limit: "\(limits.columns) columns") }
                let cellValue = Self.value(type: cellType, raw: value, inline: inlineText, strings: strings)
                if case .empty = cellValue { continue }
                place(Cell(cellValue), at: at, in: &sheet)
                reference = nil
            case .start, .end:
                continue
            }
        }
        return sheet
    }

    private static func value(type: String, raw: String?, inline: String, strings: [String]) -> CellValue {
        switch type {
        case "s":
            guard let raw, let index = Int(raw.trimmingCharacters(in: .whitespaces)), strings.indices.contains(index) else { return .empty }
            return .text(strings[index])
        case "inlineStr":
            return .text(inline)
        case "str", "e":
            return raw.map(CellValue.text) ?? .empty
        case "b":
            return .bool(raw?.trimmingCharacters(in: .whitespaces) == "1")
        case "d":
            return raw.flatMap { CivilDate(iso: $0.prefix(10)) }.map(CellValue.date) ?? .empty
        default:
            guard let raw else { return .empty }
            return Double(raw.trimmingCharacters(in: .whitespaces)).map(CellValue.number) ?? .text(raw)
        }
    }

    private static func place(_ cell: Cell, at reference: CellReference, in sheet: inout Worksheet) {
        while sheet.rows.count < reference.row { sheet.rows.append([]) }
        var row = sheet.rows[reference.row - 1]
        while row.count < reference.column { row.append(.empty) }
        row[reference.column - 1] = cell
        sheet.rows[reference.row - 1] = row
    }
}
