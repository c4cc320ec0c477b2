/// What an expression reads while it is evaluated: item values, caller-supplied variables, the item's own value and today's date.
public protocol ExpressionEnvironment {
    /// The value of the item bound to `slot`, as seen from where the expression is evaluated
    /// (a sibling in the same repeat instance, or the list of values from outside the repeat); nil if there is no such slot.
    func value(ofSlot slot: Int) -> XPathValue?
    /// The value of a bare name such as `laxity` in rubric verdicts; nil when the name is not defined here.
    func variable(named name: String) -> XPathValue?
    /// The value `.` reads (the item a constraint belongs to); nil where `.` has no meaning.
    var currentValue: XPathValue? { get }
    /// The date `today()` returns, in Asia/Tokyo.
    var today: CivilDate { get }
    /// How many relevant nodes a reference to `slot` matches (`count()`); nil to count the value read instead.
    func nodeCount(ofSlot slot: Int) -> Int?
}

extension ExpressionEnvironment {
    /// By default a reference is one node.
    public func nodeCount(ofSlot slot: Int) -> Int? { nil }
}

/// An environment with only variables and a date: for `chosa expr` without answers and for rubric verdicts.
public struct VariableEnvironment: ExpressionEnvironment {
    /// Values of bare names.
    public var variables: [String: XPathValue]
    /// The date `today()` returns.
    public var today: CivilDate
    /// The value of `.`, if any.
    public var currentValue: XPathValue?

    /// An environment from variables and a date.
    public init(variables: [String: XPathValue] = [:], today: CivilDate, currentValue: XPathValue? = nil) {
        self.variables = variables
        self.today = today
        self.currentValue = currentValue
    }

    public func value(ofSlot slot: Int) -> XPathValue? { nil }

    public func variable(named name: String) -> XPathValue? { variables[name] }
}
