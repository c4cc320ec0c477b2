/// An expression as written in a definition file: its text, where it stands, and its parsed and bound tree.
public struct Expression: Sendable, Equatable {
    /// The text as written.
    public var source: String
    /// The parsed tree; references carry slots once the definition is bound.
    public var node: ExpressionNode
    /// Where the text stands in its file, for messages.
    public var position: SourcePosition

    /// An expression from its parts.
    public init(source: String, node: ExpressionNode, position: SourcePosition) {
        self.source = source
        self.node = node
        self.position = position
    }
}

/// Whether an item must be answered: never, always, or when an expression is true.
public enum Requirement: Sendable, Equatable {
    case optional
    case always
    case when(Expression)
}
