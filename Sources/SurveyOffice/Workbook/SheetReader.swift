import Foundation
import SurveyCore

/// Reads one worksheet part into rows of cells, within the row and column limits, as the parser streams it.
final class SheetReader {
    private var sheet: Worksheet
    private let strings: [String]
    private let limits: WorkbookLimits
    private var rowNumber = 0
    private var columnNumber = 0
    private var cellType = "n"
    private var reference: CellReference?
    private var value: String?
    private var inlineText = ""
    private var inValue = false
    private var inInlineText = false
    private var phoneticDepth = 0

    private init(name: String, strings: [String], limits: WorkbookLimits) {
        self.sheet = Worksheet(name: name)
        self.strings = strings
        self.limits = limits
    }

    static func read(_ data: Data, part: String, name: String, strings: [String], limits: WorkbookLimits) throws(OfficeError) -> Worksheet {
        let reader = SheetReader(name: name, strings: strings, limits: limits)
        try XMLEvents.parse(data, part: part) { (event) throws(OfficeError) in try reader.consume(event) }
        return reader.sheet
    }

    private func consume(_ event: XMLEvent) throws(OfficeError) {
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
            guard let at = reference else { return }
            reference = nil
            columnNumber = at.column
            guard at.row <= limits.rows else { throw .sheetTooLarge(sheet: sheet.name, limit: "\(limits.rows) rows") }
            guard at.column <= limits.columns else { throw .sheetTooLarge(sheet: sheet.name, limit: "\(limits.columns) columns") }
            let cellValue = Self.value(type: cellType, raw: value, inline: inlineText, strings: strings)
            if case .empty = cellValue { return }
            place(Cell(cellValue), at: at)
        case .start, .end:
            return
        }
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

    /// Puts a cell in place, growing the grid in place (never copying a row).
    private func place(_ cell: Cell, at reference: CellReference) {
        while sheet.rows.count < reference.row { sheet.rows.append([]) }
        let row = reference.row - 1
        while sheet.rows[row].count < reference.column { sheet.rows[row].append(.empty) }
        sheet.rows[row][reference.column - 1] = cell
    }
}
