/// A parsed expression: the tree the evaluator walks, with each node's offset in the source text for messages.
public indirect enum ExpressionNode: Sendable, Equatable {
    /// A string literal.
    case string(String)
    /// A number literal.
    case number(Double)
    /// `${name}`: the value of an item. `slot` is filled in when the expression is bound to a survey.
    case reference(Reference)
    /// A bare name such as `laxity` in rubric verdicts: a variable supplied by the caller.
    case variable(name: String, offset: Int)
    /// `.`: the value of the item the expression belongs to (constraints only).
    case current(offset: Int)
    /// Unary minus.
    case negate(ExpressionNode)
    /// A binary operator.
    case binary(BinaryOperator, ExpressionNode, ExpressionNode)
    /// A function call; `function` is nil when the name is not a known function (reported by the checker).
    case call(name: String, function: ExpressionFunction?, arguments: [ExpressionNode], offset: Int)
    /// `regex(x, 'literal')` with the pattern compiled once when the expression was checked.
    case regexMatch(ExpressionNode, LinearRegex)

    /// A `${name}` reference and, once bound, the item slot it reads.
    public struct Reference: Sendable, Equatable {
        /// The item id as written.
        public var name: String
        /// Offset of `$` in the expression, in Unicode scalars.
        public var offset: Int
        /// The slot of the referenced item, set by binding.
        public var slot: Int?

        /// A reference as parsed, not yet bound.
        public init(name: String, offset: Int, slot: Int? = nil) {
            self.name = name
            self.offset = offset
            self.slot = slot
        }
    }
}

/// The binary operators of the expression language, in XPath 1.0's meaning.
public enum BinaryOperator: String, Sendable, Equatable {
    case or
    case and
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case plus = "+"
    case minus = "-"
    case times = "*"
    case divide = "div"
    case modulo = "mod"
}

extension ExpressionNode {
    /// Every `${…}` reference in the tree, in source order.
    public var references: [Reference] {
        var found: [Reference] = []
        visit { node in
            if case let .reference(reference) = node { found.append(reference) }
        }
        return found
    }

    /// Calls `body` on this node and every node below it, parents first.
    public func visit(_ body: (ExpressionNode) -> Void) {
        body(self)
        switch self {
        case .string, .number, .reference, .variable, .current:
            break
        case let .negate(operand):
            operand.visit(body)
        case let .binary(_, lhs, rhs):
            lhs.visit(body)
            rhs.visit(body)
        case let .call(_, _, arguments, _):
            for argument in arguments { argument.visit(body) }
        case let .regexMatch(subject, _):
            subject.visit(body)
        }
    }

    /// A copy with every node rewritten bottom-up by `transform`.
    public func rewritten(_ transform: (ExpressionNode) throws -> ExpressionNode) rethrows -> ExpressionNode {
        let rebuilt: ExpressionNode
        switch self {
        case .string, .number, .reference, .variable, .current:
            rebuilt = self
        case let .negate(operand):
            rebuilt = .negate(try operand.rewritten(transform))
        case let .binary(op, lhs, rhs):
            rebuilt = .binary(op, try lhs.rewritten(transform), try rhs.rewritten(transform))
        case let .call(name, function, arguments, offset):
            rebuilt = .call(name: name, function: function,
                            arguments: try arguments.map { try $0.rewritten(transform) }, offset: offset)
        case let .regexMatch(subject, regex):
            rebuilt = .regexMatch(try subject.rewritten(transform), regex)
        }
        return try transform(rebuilt)
    }
}
