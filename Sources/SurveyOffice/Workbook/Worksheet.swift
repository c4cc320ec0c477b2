/// One sheet of a workbook: a grid of cells with column widths, drop-downs and protection.
public struct Worksheet: Sendable, Equatable {
    /// Whether a sheet shows as a tab.
    public enum Visibility: String, Sendable, Equatable {
        /// An ordinary tab.
        case visible
        /// Hidden, but a user can unhide it.
        case hidden
    }

    /// The tab name (at most 31 characters, none of `[]:*?/\`).
    public var name: String
    /// The cells by row, from row 1; rows may be shorter than others.
    public var rows: [[Cell]]
    /// Widths in characters by 1-based column number.
    public var columnWidths: [Int: Double]
    /// Input rules such as drop-down lists.
    public var validations: [DataValidation]
    /// When true, locked cells cannot be edited in Excel (no password: this guards against slips, not people).
    public var isProtected: Bool
    /// Rows kept in view while scrolling (e.g. 1 for a header row).
    public var frozenRows: Int
    /// Whether the tab shows.
    public var visibility: Visibility

    /// An empty sheet named `name`.
    public init(name: String, rows: [[Cell]] = []) {
        self.name = name
        self.rows = rows
        self.columnWidths = [:]
        self.validations = []
        self.isProtected = false
        self.frozenRows = 0
        self.visibility = .visible
    }

    /// Adds a row below the last one.
    public mutating func append(_ row: [Cell]) {
        rows.append(row)
    }

    /// The value at 1-based `row` and `column`, `.empty` outside the grid.
    public func value(row: Int, column: Int) -> CellValue {
        guard row >= 1, row <= rows.count, column >= 1, column <= rows[row - 1].count else { return .empty }
        return rows[row - 1][column - 1].value
    }

    /// Characters a sheet name may not contain.
    public static let forbiddenNameCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// `text` made into a valid sheet name: forbidden characters replaced and cut to Excel's 31 characters.
    public static func safeName(_ text: String) -> String {
        let cleaned = String(text.map { forbiddenNameCharacters.contains($0) ? "_" : $0 }.prefix(31))
        return cleaned.isEmpty ? "Sheet" : cleaned
    }
}

/// An input rule on a range of cells.
public struct DataValidation: Sendable, Equatable {
    /// What the cells accept.
    public enum Rule: Sendable, Equatable {
        /// One of the values in a range or defined name (`source` is a formula without `=`).
        case list(source: String)
        /// Whole numbers.
        case wholeNumber
        /// Any number.
        case decimal
        /// Dates.
        case date
    }

    /// Cells it applies to, e.g. `C3` or `C3:C9`.
    public var range: String
    /// What they accept.
    public var rule: Rule
    /// A note shown when a cell is selected.
    public var prompt: String?
    /// The message shown when a value breaks the rule.
    public var error: String?

    /// A validation from its parts.
    public init(range: String, rule: Rule, prompt: String? = nil, error: String? = nil) {
        self.range = range
        self.rule = rule
        self.prompt = prompt
        self.error = error
    }
}
