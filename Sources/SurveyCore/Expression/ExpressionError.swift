/// A problem in an expression: where in its text (offset in Unicode scalars) and what is wrong.
public struct ExpressionError: Error, Sendable, Equatable {
    /// Offset of the problem in the expression text, from 0, in Unicode scalars.
    public var offset: Int
    /// A stable identifier for the kind of problem, e.g. `expression-syntax`.
    public var code: String
    /// What is wrong, in Japanese and English.
    public var message: Message

    /// An error from its parts.
    public init(offset: Int, code: String, _ message: Message) {
        self.offset = offset
        self.code = code
        self.message = message
    }

    static func syntax(_ offset: Int, en: String, ja: String) -> ExpressionError {
        ExpressionError(offset: offset, code: "expression-syntax", Message(en: en, ja: ja))
    }

    static func evaluation(_ offset: Int, en: String, ja: String) -> ExpressionError {
        ExpressionError(offset: offset, code: "expression-evaluation", Message(en: en, ja: ja))
    }
}
