/// Evaluates a bound expression tree with XPath 1.0 conversions and ODK (JavaRosa) function semantics.
public enum ExpressionEvaluator {
    /// The value of `node` in `environment`; throws when a value cannot be computed (an impossible date, a bad regex).
    public static func evaluate<Environment: ExpressionEnvironment>(
        _ node: ExpressionNode, in environment: Environment
    ) throws(ExpressionError) -> XPathValue {
        switch node {
        case let .string(text):
            return .string(text)
        case let .number(value):
            return .number(value)
        case let .reference(reference):
            guard let slot = reference.slot, let value = environment.value(ofSlot: slot) else {
                throw .evaluation(reference.offset, en: "unknown item ${\(reference.name)}",
                                  ja: "不明な項目 ${\(reference.name)} です")
            }
            return value
        case let .variable(name, offset):
            guard let value = environment.variable(named: name) else {
                throw .evaluation(offset, en: "unknown name '\(name)'", ja: "不明な名前「\(name)」です")
            }
            return value
        case let .current(offset):
            guard let value = environment.currentValue else {
                throw .evaluation(offset, en: "'.' has no value here", ja: "ここでは「.」に値がありません")
            }
            return value
        case let .negate(operand):
            return .number(-(try single(operand, environment).numberValue))
        case let .binary(op, lhs, rhs):
            return try binary(op, lhs, rhs, environment)
        case let .call(name, function, arguments, offset):
            guard let function else {
                throw .evaluation(offset, en: "unknown function \(name)()", ja: "不明な関数 \(name)() です")
            }
            return try call(function, arguments, offset: offset, environment)
        case let .regexMatch(subject, regex):
            // JavaRosa's regex() is Java's Pattern.matches: the whole string must match.
            return .boolean(regex.matchesWhole(try single(subject, environment).stringValue))
        }
    }

    /// The truth value of `node`, as relevance, constraints and rubric rules read it.
    public static func isTrue<Environment: ExpressionEnvironment>(
        _ node: ExpressionNode, in environment: Environment
    ) throws(ExpressionError) -> Bool {
        try single(node, environment).booleanValue
    }

    /// Evaluates a node that must produce one value, not the list of a repeated item.
    static func single<Environment: ExpressionEnvironment>(
        _ node: ExpressionNode, _ environment: Environment
    ) throws(ExpressionError) -> XPathValue {
        let value = try evaluate(node, in: environment)
        if case .list = value {
            throw .evaluation(node.offset, en: "this item repeats, so it has several values here; use sum(), count(), min() or max()",
                              ja: "この項目は繰り返しのため、ここでは複数の値を持ちます。sum()、count()、min()、max() を使ってください")
        }
        return value
    }

    private static func binary<Environment: ExpressionEnvironment>(
        _ op: BinaryOperator, _ lhs: ExpressionNode, _ rhs: ExpressionNode, _ environment: Environment
    ) throws(ExpressionError) -> XPathValue {
        switch op {
        case .or:
            if try single(lhs, environment).booleanValue { return .boolean(true) }
            return .boolean(try single(rhs, environment).booleanValue)
        case .and:
            if !(try single(lhs, environment).booleanValue) { return .boolean(false) }
            return .boolean(try single(rhs, environment).booleanValue)
        default:
            break
        }
        let a = try single(lhs, environment)
        let b = try single(rhs, environment)
        switch op {
        case .equal: return .boolean(equals(a, b))
        case .notEqual: return .boolean(!equals(a, b))
        case .less: return .boolean(a.numberValue < b.numberValue)
        case .lessOrEqual: return .boolean(a.numberValue <= b.numberValue)
        case .greater: return .boolean(a.numberValue > b.numberValue)
        case .greaterOrEqual: return .boolean(a.numberValue >= b.numberValue)
        case .plus: return .number(a.numberValue + b.numberValue)
        case .minus: return .number(a.numberValue - b.numberValue)
        case .times: return .number(a.numberValue * b.numberValue)
        case .divide: return .number(a.numberValue / b.numberValue)
        case .modulo: return .number(a.numberValue.truncatingRemainder(dividingBy: b.numberValue))
        case .or, .and: return .boolean(false)  // handled above
        }
    }

    /// `=` as JavaRosa's XPathEqExpr: booleans win, then numbers (equal within 1e-12, so NaN and ∞ never are), otherwise text.
    static func equals(_ a: XPathValue, _ b: XPathValue) -> Bool {
        switch (a, b) {
        case (.boolean, _), (_, .boolean):
            return a.booleanValue == b.booleanValue
        case (.number, _), (_, .number):
            return Swift.abs(a.numberValue - b.numberValue) < 1e-12
        default:
            return a.stringValue == b.stringValue
        }
    }
}

extension ExpressionNode {
    /// Offset of the node's first token in the expression text, for messages.
    public var offset: Int {
        switch self {
        case .string, .number: 0
        case let .reference(reference): reference.offset
        case let .variable(_, offset), let .current(offset): offset
        case let .negate(operand): Swift.max(0, operand.offset - 1)
        case let .binary(_, lhs, _): lhs.offset
        case let .call(_, _, _, offset): offset
        case let .regexMatch(subject, _): subject.offset
        }
    }
}
