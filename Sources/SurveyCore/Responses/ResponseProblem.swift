/// A problem in a response: which answer (by path, e.g. `foreign_funding[2].amount_jpy`) and what is wrong.
public struct ResponseProblem: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Errors block a submission; warnings (e.g. an answer to a question that was not asked) do not.
    public var severity: Diagnostic.Severity
    /// Where in the response: an item id, with `[n]` for a repeat instance (0-based), or a top-level field name.
    public var path: String
    /// The item the problem is about, when it is about one.
    public var itemID: String?
    /// The kind of problem (its raw value is the stable code, e.g. `required`, `wrong-type`), which also says
    /// whether it blocks a draft save.
    public var code: ResponseProblemCode
    /// What is wrong and how to fix it.
    public var message: Message

    /// A problem from its parts.
    public init(_ severity: Diagnostic.Severity = .error, path: String, itemID: String? = nil, code: ResponseProblemCode, _ message: Message) {
        self.severity = severity
        self.path = path
        self.itemID = itemID
        self.code = code
        self.message = message
    }

    /// `path: error: message` in `language`.
    public func rendered(_ language: Language) -> String {
        Self.rendered(severity, path: path, message: message, language)
    }

    /// `path: error: message` in `language`, for any problem found at a path (responses and import files alike).
    public static func rendered(_ severity: Diagnostic.Severity, path: String, message: Message, _ language: Language) -> String {
        let label = switch (severity, language) {
        case (.error, .en): "error"
        case (.warning, .en): "warning"
        case (.error, .ja): "エラー"
        case (.warning, .ja): "警告"
        }
        return path.isEmpty ? "\(label): \(message.text(language))" : "\(path): \(label): \(message.text(language))"
    }

    /// The English rendering.
    public var description: String { rendered(.en) }
}

extension Array where Element == ResponseProblem {
    /// True when any problem is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
