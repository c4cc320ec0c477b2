public import SurveyCore

/// A reason a response file was not imported, or a warning about it: where in the file, and what.
public struct ImportProblem: Sendable, Equatable {
    /// Where: `[2].answers.foreign_funding[0].amount_jpy`, `submission_id`, or empty for the whole file.
    public var path: String
    /// Errors stop the file; warnings do not.
    public var severity: Diagnostic.Severity
    /// What is wrong and how to fix it.
    public var message: Message

    /// A problem from its parts.
    public init(path: String, severity: Diagnostic.Severity = .error, _ message: Message) {
        self.path = path
        self.severity = severity
        self.message = message
    }

    /// `path: error: message` in `language`.
    public func rendered(_ language: Language) -> String {
        ResponseProblem.rendered(severity, path: path, message: message, language)
    }
}
