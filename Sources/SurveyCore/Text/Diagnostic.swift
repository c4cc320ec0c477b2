/// One problem found in something a user wrote, with where it is and what to do about it.
public struct Diagnostic: Error, Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Whether the problem stops the file from being used.
    public enum Severity: String, Sendable, Codable {
        case error
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// Where the problem is, when the input has positions.
    public var position: SourcePosition?
    /// The file the problem is in, for problems about a whole file (no line or column).
    public var file: String?
    /// A stable identifier for the kind of problem, e.g. `duplicate-id`, for tests and machines.
    public var code: String
    /// What is wrong and how to fix it, in Japanese and English.
    public var message: Message

    /// A diagnostic from its parts.
    public init(_ severity: Severity = .error, at position: SourcePosition?, file: String? = nil, code: String, _ message: Message) {
        self.severity = severity
        self.position = position
        self.file = position?.file ?? file
        self.code = code
        self.message = message
    }

    /// `file:line:column: error: message`, or without the position when there is none.
    public func rendered(_ language: Language) -> String {
        let label: String
        switch (severity, language) {
        case (.error, .en): label = "error"
        case (.warning, .en): label = "warning"
        case (.error, .ja): label = "エラー"
        case (.warning, .ja): label = "警告"
        }
        let prefix = position.map { "\($0): " } ?? file.map { "\($0): " } ?? ""
        return "\(prefix)\(label): \(message.text(language))"
    }

    /// The English rendering.
    public var description: String { rendered(.en) }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error (warnings alone do not block).
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file, line and column; diagnostics without a position last, in their original order.
    public func sortedByPosition() -> [Diagnostic] {
        enumerated().sorted { a, b in
            switch (a.element.position, b.element.position) {
            case let (pa?, pb?): return pa == pb ? a.offset < b.offset : pa < pb
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)
    }
}
