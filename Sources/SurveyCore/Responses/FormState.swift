/// A response evaluated against its survey: for every item (and repeat instance) whether it is relevant and its
/// effective value, with calculations computed. Non-relevant items read as empty. Validation, scoring and the portal read this.
public struct FormState: Sendable {
    /// The survey the state was evaluated against.
    public let survey: SurveyDefinition
    /// Instances per repeat slot (0 for slots that are not repeats).
    public let instanceCounts: [Int]
    /// Effective values, one cell per slot outside repeats and one per instance inside them.
    let values: [XPathValue]
    /// Relevance, in the same cells as `values`.
    let relevance: [Bool]
    /// Whether the respondent supplied a value (before relevance), in the same cells.
    let answered: [Bool]
    /// First cell of each slot.
    let start: [Int]
    /// Problems met while evaluating (a constraint or calculation that could not be computed).
    public let evaluationProblems: [ResponseProblem]
    /// The date `today()` returned; rubric rules are evaluated as of the same day.
    public let today: CivilDate

    init(survey: SurveyDefinition, instanceCounts: [Int], values: [XPathValue], relevance: [Bool], answered: [Bool],
         start: [Int], evaluationProblems: [ResponseProblem], today: CivilDate) {
        self.survey = survey
        self.today = today
        self.instanceCounts = instanceCounts
        self.values = values
        self.relevance = relevance
        self.answered = answered
        self.start = start
        self.evaluationProblems = evaluationProblems
    }

    /// The cell of `slot` in `instance` (ignored for slots outside repeats).
    func cell(_ slot: Int, _ instance: Int?) -> Int {
        survey.table.repeats[slot] < 0 ? start[slot] : start[slot] + (instance ?? 0)
    }

    /// The effective value of the item in `slot` (from `SurveyDefinition.slotIndex(_:)`) outside any repeat: for
    /// callers that look the same items up in many forms and resolve their ids once.
    public func value(slot: Int) -> XPathValue {
        isValidCell(slot, nil) ? values[cell(slot, nil)] : .empty
    }

    /// Whether the item in `slot` outside any repeat is asked.
    public func isRelevant(slot: Int) -> Bool {
        isValidCell(slot, nil) ? relevance[cell(slot, nil)] : false
    }

    /// The number of instances the repeat in `slot` has.
    public func instances(ofSlot slot: Int) -> Int {
        instanceCounts[slot]
    }

    /// The effective value of an item (empty when not relevant); inside a repeat, of one instance.
    public func value(_ id: String, instance: Int? = nil) -> XPathValue {
        guard let slot = survey.slotIndex(id), isValidCell(slot, instance) else { return .empty }
        return values[cell(slot, instance)]
    }

    /// Whether an item (or one repeat instance of it) is asked, given its own, its groups' and its section's conditions.
    public func isRelevant(_ id: String, instance: Int? = nil) -> Bool {
        guard let slot = survey.slotIndex(id), isValidCell(slot, instance) else { return false }
        return relevance[cell(slot, instance)]
    }

    /// Whether the respondent supplied a value for the item (whether or not it is relevant).
    public func isAnswered(_ id: String, instance: Int? = nil) -> Bool {
        guard let slot = survey.slotIndex(id), isValidCell(slot, instance) else { return false }
        return answered[cell(slot, instance)]
    }

    /// Every relevant value of an item: one for an item outside repeats (empty when not relevant), one per relevant
    /// instance inside a repeat. Explanations show what a rule read this way.
    public func values(of id: String) -> [XPathValue] {
        guard let slot = survey.slotIndex(id) else { return [] }
        let repeatSlot = survey.table.repeats[slot]
        guard repeatSlot >= 0 else { return [values[start[slot]]] }
        return (0..<instanceCounts[repeatSlot]).map { start[slot] + $0 }.filter { relevance[$0] }.map { values[$0] }
    }

    /// The number of instances a repeat has.
    public func instances(of repeatID: String) -> Int {
        guard let slot = survey.slotIndex(repeatID) else { return 0 }
        return instanceCounts[slot]
    }

    private func isValidCell(_ slot: Int, _ instance: Int?) -> Bool {
        let repeatSlot = survey.table.repeats[slot]
        guard repeatSlot >= 0 else { return true }
        guard let instance else { return false }
        return instance >= 0 && instance < instanceCounts[repeatSlot]
    }
}

extension FormState {
    /// A scope over this state, placed at top level; callers move it with `place(at:instance:current:)`.
    func scope() -> FormScope {
        FormScope(table: survey.table, values: values, relevance: relevance, start: start, instanceCounts: instanceCounts,
                  repeatSlot: -1, instance: 0, currentValue: nil, today: today)
    }

    /// Evaluates an expression at top level, as of the form's date (rubric rules read the response this way).
    public func evaluate(_ expression: Expression) throws(ExpressionError) -> XPathValue {
        try ExpressionEvaluator.evaluate(expression.node, in: scope())
    }
}
