/// What expressions read while a form is evaluated: the values and relevance of every cell, and where the
/// expression stands (top level, or one instance of a repeat). One scope is created per evaluation pass and
/// updated in place, because creating one per expression costs more than evaluating most expressions.
///
/// Follows JavaRosa: non-relevant nodes drop out of node lists, and inside an instance a repeat and its items
/// are bound to that instance.
struct FormScope: ExpressionEnvironment {
    let table: SlotTable
    var values: [XPathValue]
    var relevance: [Bool]
    let start: [Int]
    let instanceCounts: [Int]
    /// The repeat whose instance is being evaluated, or -1 at top level.
    var repeatSlot: Int
    var instance: Int
    var currentValue: XPathValue?
    let today: CivilDate

    /// Positions the scope on `slot` (instance `instance` of its repeat, if any), with `current` as `.`.
    mutating func place(at slot: Int, instance: Int, current: XPathValue? = nil) {
        repeatSlot = slot < 0 ? -1 : table.repeats[slot]
        self.instance = instance
        currentValue = current
    }

    /// Positions the scope inside instance `instance` of the repeat at `repeatSlot`.
    mutating func enter(repeat repeatSlot: Int, instance: Int) {
        self.repeatSlot = repeatSlot
        self.instance = instance
        currentValue = nil
    }

    func value(ofSlot slot: Int) -> XPathValue? {
        guard slot >= 0, slot < table.types.count else { return nil }
        if table.types[slot] == .repeat {
            return .list(Array(repeating: .empty, count: nodeCount(ofSlot: slot) ?? 0))
        }
        let targetRepeat = table.repeats[slot]
        if targetRepeat < 0 { return values[start[slot]] }
        if targetRepeat == repeatSlot { return values[start[slot] + instance] }
        let cells = start[slot]..<(start[slot] + instanceCounts[targetRepeat])
        return .list(cells.filter { relevance[$0] }.map { values[$0] })
    }

    func nodeCount(ofSlot slot: Int) -> Int? {
        guard slot >= 0, slot < table.types.count else { return nil }
        if table.types[slot] == .repeat {
            if slot == repeatSlot { return 1 }
            return relevance[start[slot]] ? instanceCounts[slot] : 0
        }
        let targetRepeat = table.repeats[slot]
        if targetRepeat < 0 { return relevance[start[slot]] ? 1 : 0 }
        if targetRepeat == repeatSlot { return relevance[start[slot] + instance] ? 1 : 0 }
        let cells = start[slot]..<(start[slot] + instanceCounts[targetRepeat])
        return cells.filter { relevance[$0] }.count
    }

    func variable(named name: String) -> XPathValue? { nil }
}
