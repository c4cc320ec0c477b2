public import SurveyCore

/// A spreadsheet workbook held in memory: the part of Office Open XML (`.xlsx`) chosa writes and reads.
///
/// Build one value by value and turn it into bytes with `WorkbookWriter.data(_:)`; read bytes back, with every
/// hostile-file guard applied, with `WorkbookReader.read(_:limits:)`:
///
/// ```swift
/// var sheet = Worksheet(name: "profile")
/// sheet.append([Cell("id", bold: true), Cell("answer", bold: true)])
/// sheet.append([Cell("staff_count"), Cell(.number(120), locked: false)])
/// sheet.columnWidths = [1: 24, 2: 40]
/// sheet.validations = [DataValidation(range: "B2:B2", rule: .list(source: "choices_yes_no"))]
/// sheet.isProtected = true                       // locked cells (the default) cannot be edited
/// let workbook = Workbook(sheets: [sheet], definedNames: [DefinedName(name: "choices_yes_no", formula: "'lists'!$A$1:$A$2")])
/// let bytes = try WorkbookWriter.data(workbook)
/// let back = try WorkbookReader.read(bytes)      // cells come back as text or numbers; dates as serial numbers
/// ```
///
/// Cells hold text, numbers, dates (written as Excel serial days with a date format) and booleans. Strings are
/// written to the shared-string table; the reader accepts shared strings, inline strings and formula results.
/// Styles are limited to what forms need: bold, wrapped text, unlocked cells and dates.
public struct Workbook: Sendable, Equatable {
    /// The sheets, in tab order.
    public var sheets: [Worksheet]
    /// Workbook-level names, e.g. a choice list's range used by drop-downs.
    public var definedNames: [DefinedName]

    /// A workbook from its sheets and names.
    public init(sheets: [Worksheet] = [], definedNames: [DefinedName] = []) {
        self.sheets = sheets
        self.definedNames = definedNames
    }

    /// The sheet whose name matches `name`, ignoring case as Excel does.
    public func sheet(named name: String) -> Worksheet? {
        let wanted = name.lowercased()
        return sheets.first { $0.name.lowercased() == wanted }
    }
}

/// A workbook-level defined name such as `choices_yes_no` → `'lists'!$A$1:$A$2`.
public struct DefinedName: Sendable, Equatable {
    /// The name formulas use.
    public var name: String
    /// What it refers to, without a leading `=`.
    public var formula: String

    /// A defined name from its parts.
    public init(name: String, formula: String) {
        self.name = name
        self.formula = formula
    }
}

/// The value in one cell.
public enum CellValue: Sendable, Equatable {
    /// No value.
    case empty
    /// Text, written as a shared string.
    case text(String)
    /// A number.
    case number(Double)
    /// A calendar date, written as an Excel serial day with a date format.
    case date(CivilDate)
    /// TRUE or FALSE.
    case bool(Bool)

    /// Days between Excel's 1900 epoch (as Excel counts it, with its 1900 leap-year quirk) and 1970-01-01.
    public static let serialOfUnixEpoch = 25_569

    /// The value as text the way a person would read it in the cell (numbers without a needless `.0`).
    public var text: String {
        switch self {
        case .empty: ""
        case let .text(value): value
        case let .number(value): Self.format(value)
        case let .date(value): value.description
        case let .bool(value): value ? "TRUE" : "FALSE"
        }
    }

    /// True when the cell holds nothing or only whitespace.
    public var isBlank: Bool {
        text.allSatisfy(\.isWhitespace)
    }

    /// A number formatted without exponent or trailing `.0` where it is whole.
    public static func format(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// The calendar date of an Excel serial day number (whole days; the time of day is ignored).
    public static func date(serial: Double) -> CivilDate {
        CivilDate(daysSinceEpoch: Int(serial.rounded(.down)) - serialOfUnixEpoch)
    }
}

/// A cell: its value and the little styling forms need.
public struct Cell: Sendable, Equatable {
    /// The value.
    public var value: CellValue
    /// Whether the cell is locked when its sheet is protected (Excel's default is locked).
    public var locked: Bool
    /// Bold text, for headers.
    public var bold: Bool
    /// Wrap long text inside the cell.
    public var wraps: Bool

    /// A cell from its value and style.
    public init(_ value: CellValue, locked: Bool = true, bold: Bool = false, wraps: Bool = false) {
        self.value = value
        self.locked = locked
        self.bold = bold
        self.wraps = wraps
    }

    /// A text cell.
    public init(_ text: String, locked: Bool = true, bold: Bool = false, wraps: Bool = false) {
        self.init(.text(text), locked: locked, bold: bold, wraps: wraps)
    }

    /// An empty, locked cell.
    public static let empty = Cell(.empty)
}
