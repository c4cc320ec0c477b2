/// A rubric's verdict rules, ready to be evaluated many times per card: once for the verdict and again for every
/// status change the margin search tries (DESIGN §3). Knows whether the rules are *monotone* — every condition can
/// only turn true as `laxity`, `max_domain_laxity` and `critical_unmet` grow, and the rules run from the worst verdict
/// to the best — which lets the margin search try only each measure's largest change (see `VerdictMargin`).
struct VerdictRules: Sendable {
    let rules: [Rubric.VerdictRule]
    /// True when a worse state (any of the three variables larger) can never give a better verdict.
    let monotone: Bool

    init(_ rules: [Rubric.VerdictRule]) {
        self.rules = rules
        let conditionsGrow = rules.allSatisfy { Self.isUpwardClosed($0.condition.node) }
        let worstFirst = zip(rules, rules.dropFirst()).allSatisfy { $0.verdict.goodness <= $1.verdict.goodness }
        self.monotone = conditionsGrow && worstFirst
    }

    /// The verdict of the first rule that holds; `adequate` when none does.
    func verdict(laxity: Double, maxDomainLaxity: Double, criticalUnmet: Int, today: CivilDate) -> Verdict {
        let environment = VerdictEnvironment(laxity: laxity, maxDomainLaxity: maxDomainLaxity,
                                             criticalUnmet: Double(criticalUnmet), today: today)
        for rule in rules {
            // The loader checked that verdict rules read only these three numbers, so they cannot fail at run time.
            if (try? ExpressionEvaluator.isTrue(rule.condition.node, in: environment)) ?? false { return rule.verdict }
        }
        return .adequate
    }

    /// Whether a condition, once true, stays true when any verdict variable grows: comparisons of a non-decreasing
    /// term against a constant, joined by `and` / `or`. Anything else (=, !=, not(), functions) is treated as
    /// arbitrary, and the margin search then tries every change.
    static func isUpwardClosed(_ node: ExpressionNode) -> Bool {
        switch node {
        case let .binary(op, lhs, rhs):
            switch op {
            case .or, .and: return isUpwardClosed(lhs) && isUpwardClosed(rhs)
            case .greater, .greaterOrEqual: return isNonDecreasing(lhs) && isConstant(rhs)
            case .less, .lessOrEqual: return isConstant(lhs) && isNonDecreasing(rhs)
            case .equal, .notEqual, .plus, .minus, .times, .divide, .modulo: return false
            }
        case let .call(name, _, arguments, _):
            return arguments.isEmpty && (name == "true" || name == "false")
        case .string, .number, .reference, .variable, .current, .negate, .regexMatch:
            return false
        }
    }

    /// A numeric term that does not decrease when a variable grows.
    private static func isNonDecreasing(_ node: ExpressionNode) -> Bool {
        switch node {
        case .variable, .number: return true
        case let .negate(operand): return isConstant(operand)
        case let .binary(op, lhs, rhs):
            switch op {
            case .plus: return isNonDecreasing(lhs) && isNonDecreasing(rhs)
            case .minus: return isNonDecreasing(lhs) && isConstant(rhs)
            case .times: return (isNonDecreasing(lhs) && isNonNegativeNumber(rhs)) || (isNonNegativeNumber(lhs) && isNonDecreasing(rhs))
            case .divide: return isNonDecreasing(lhs) && isPositiveNumber(rhs)
            case .or, .and, .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .modulo: return false
            }
        case .string, .reference, .current, .call, .regexMatch: return false
        }
    }

    private static func isConstant(_ node: ExpressionNode) -> Bool {
        switch node {
        case .number: true
        case let .negate(operand): isConstant(operand)
        case .string, .reference, .variable, .current, .binary, .call, .regexMatch: false
        }
    }

    private static func isNonNegativeNumber(_ node: ExpressionNode) -> Bool {
        if case let .number(value) = node { return value >= 0 }
        return false
    }

    private static func isPositiveNumber(_ node: ExpressionNode) -> Bool {
        if case let .number(value) = node { return value > 0 }
        return false
    }
}

/// The three verdict variables without a dictionary: the margin search evaluates the rules a few dozen times a card.
struct VerdictEnvironment: ExpressionEnvironment {
    var laxity: Double
    var maxDomainLaxity: Double
    var criticalUnmet: Double
    var today: CivilDate

    var currentValue: XPathValue? { nil }

    func value(ofSlot slot: Int) -> XPathValue? { nil }

    func variable(named name: String) -> XPathValue? {
        switch name {
        case "laxity": .number(laxity)
        case "max_domain_laxity": .number(maxDomainLaxity)
        case "critical_unmet": .number(criticalUnmet)
        default: nil
        }
    }
}

extension Verdict {
    /// 0 substandard, 1 needs improvement, 2 adequate: a larger number is a better verdict.
    public var goodness: Int {
        switch self {
        case .substandard: 0
        case .needsImprovement: 1
        case .adequate: 2
        }
    }
}
