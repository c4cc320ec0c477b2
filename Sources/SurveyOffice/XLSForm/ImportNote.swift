public import SurveyCore

/// Something an XLSForm import could not carry over, or had to guess, named by sheet and cell (`survey!A14`).
public struct ImportNote: Sendable, Equatable, CustomStringConvertible {
    /// How much the note matters.
    public enum Severity: String, Sendable, Equatable {
        /// A construct chosa cannot carry was left out; the import fails unless unsupported constructs are skipped.
        case unsupported
        /// Carried over with a change the author should know about (a guessed language, a missing translation filled in).
        case warning
    }

    /// Where in the workbook, e.g. `survey!A14`; the sheet name alone when there is no single cell.
    public var cell: String
    /// What happened, in both languages.
    public var message: Message
    /// Unsupported or warning.
    public var severity: Severity

    /// A note from its parts.
    public init(cell: String, _ message: Message, severity: Severity = .unsupported) {
        self.cell = cell
        self.message = message
        self.severity = severity
    }

    /// `survey!A14: message` in `language`.
    public func rendered(_ language: Language) -> String {
        "\(cell): \(message.text(language))"
    }

    /// The English rendering.
    public var description: String { rendered(.en) }
}
