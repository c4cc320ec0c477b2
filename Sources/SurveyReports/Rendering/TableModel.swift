/// A published table as plain data in one language: title, column headings, rows of cells with their suppression
/// marks, and the note that explains them. The HTML and Markdown editions render these, and a workbook writer
/// (report.xlsx, one sheet a table) can take them as they are: `PublishedReport.tableModels(_:)` lists every one.
public struct TableModel: Sendable, Equatable {
    /// One cell: its text as shown, the count behind it when it shows one, and its footnote mark when withheld or banded.
    public struct Cell: Sendable, Equatable {
        /// The text as shown, e.g. `34% (12)`, `≥90%`, `×`.
        public var text: String
        /// The number the cell shows, for a numeric spreadsheet cell (a count, or a figure such as a quantile).
        public var number: Double?
        /// The footnote mark (`a`, `b`, `c`), when withheld or banded.
        public var mark: String?
        /// Whether the cell is text to read (left-aligned, may wrap) rather than a figure.
        public var isText: Bool

        /// A cell from its parts.
        public init(text: String, number: Double? = nil, mark: String? = nil, isText: Bool = false) {
            self.text = text
            self.number = number
            self.mark = mark
            self.isText = isText
        }

        /// The text with its mark after a space (`× a`), as the Markdown edition and the workbook show it.
        public var shownText: String {
            mark.map { text + " " + $0 } ?? text
        }
    }

    /// One row: its heading cell and its cells.
    public struct Row: Sendable, Equatable {
        /// The row heading (a group, a measure, a rank).
        public var label: String
        /// The cells, one per header after the first.
        public var cells: [Cell]

        /// A row from its parts.
        public init(label: String, cells: [Cell]) {
            self.label = label
            self.cells = cells
        }
    }

    /// A stable id (`verdict`, `question.<id>`): for file and sheet names, never shown in the report.
    public var id: String
    /// The caption.
    public var title: String
    /// Column headings, the row headings' column first.
    public var headers: [String]
    /// The rows.
    public var rows: [Row]
    /// How to read it, shown under the table.
    public var note: String?

    /// A table from its parts.
    public init(id: String, title: String, headers: [String], rows: [Row], note: String? = nil) {
        self.id = id
        self.title = title
        self.headers = headers
        self.rows = rows
        self.note = note
    }
}
