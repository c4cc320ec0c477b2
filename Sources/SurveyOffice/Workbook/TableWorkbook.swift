public import Foundation
public import SurveyCore

/// Plain tables as one workbook, a sheet a table: the header row bold and frozen, numbers as numbers, text as
/// text (a cell typed as a string is never evaluated, so no formula guard is needed here as it is in CSV).
/// The workspace's `responses.xlsx` (each submission table of `ResponseExport`) is written with it.
public enum TableWorkbook {
    /// One table: its sheet's name (made valid and unique), header and rows.
    public struct Table: Sendable {
        public var name: String
        public var header: [String]
        public var rows: [[CSV.Field]]

        /// A table from its parts.
        public init(name: String, header: [String], rows: [[CSV.Field]]) {
            self.name = name
            self.header = header
            self.rows = rows
        }
    }

    /// The workbook of `tables`, in order.
    public static func workbook(_ tables: [Table]) -> Workbook {
        var used: Set<String> = []
        let sheets = tables.map { table -> Worksheet in
            var name = Worksheet.safeName(table.name)
            var suffix = 2
            while used.contains(name.lowercased()) {
                name = Worksheet.safeName(String(table.name.prefix(27)) + "~\(suffix)")
                suffix += 1
            }
            used.insert(name.lowercased())
            var sheet = Worksheet(name: name, rows: [table.header.map { Cell(.text($0), bold: true) }] + table.rows.map { row in
                row.map { field -> Cell in
                    switch field {
                    case let .text(text): Cell(.text(text))
                    case let .number(value): value.isFinite ? Cell(.number(value)) : Cell(.empty)
                    case .empty: Cell(.empty)
                    }
                }
            })
            sheet.frozenRows = 1
            return sheet
        }
        return Workbook(sheets: sheets)
    }

    /// The workbook as .xlsx bytes.
    public static func data(_ tables: [Table]) throws(OfficeError) -> Data {
        try WorkbookWriter.data(workbook(tables))
    }
}
