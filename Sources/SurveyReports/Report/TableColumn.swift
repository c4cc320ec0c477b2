public import SurveyCore

/// A column of a count table: a stable code for the open data and a bilingual heading.
public struct TableColumn: Sendable, Equatable {
    /// The code used in CSV and JSON, e.g. `met`, `substandard`, `submitted`.
    public var code: String
    /// The heading.
    public var label: Message

    /// A column from its parts.
    public init(code: String, label: Message) {
        self.code = code
        self.label = label
    }
}
