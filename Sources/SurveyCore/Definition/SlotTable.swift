/// Per-slot facts in flat arrays, for the evaluation hot path: reading `slots[i].item.relevant` copies a large
/// `Item` (dozens of retains); reading `table.relevant[i]` does not. Immutable once built, hence `Sendable`.
final class SlotTable: Sendable {
    /// Whether an item must be answered, without the `Expression` wrapper.
    enum RequiredRule: Sendable {
        case optional
        case always
        case when(ExpressionNode)
    }

    let ids: [String]
    let types: [ItemType]
    /// Enclosing group or repeat, or -1.
    let parents: [Int]
    /// Enclosing repeat, or -1.
    let repeats: [Int]
    let sections: [Int]
    let relevant: [ExpressionNode?]
    let calculation: [ExpressionNode?]
    let constraint: [ExpressionNode?]
    let required: [RequiredRule]
    let sectionRelevant: [ExpressionNode?]
    /// The allowed values of select items, in list order (empty for other types).
    let choiceValues: [[String]]
    /// Slots outside any repeat, in document order.
    let topLevel: [Int]
    /// For each repeat slot, the slots inside it (any depth), in document order.
    let insideRepeat: [[Int]]

    init(slots: [ItemSlot], sections: [Section], choiceLists: [ChoiceList]) {
        let lists = Dictionary(choiceLists.map { ($0.id, $0.choices.map(\.value)) }, uniquingKeysWith: { first, _ in first })
        choiceValues = slots.map { slot in slot.item.choices.flatMap { lists[$0] } ?? [] }
        ids = slots.map(\.item.id)
        types = slots.map(\.item.type)
        parents = slots.map { $0.parent ?? -1 }
        repeats = slots.map { $0.repeatSlot ?? -1 }
        self.sections = slots.map(\.section)
        relevant = slots.map { $0.item.relevant?.node }
        calculation = slots.map { $0.item.calculation?.node }
        constraint = slots.map { $0.item.constraint?.node }
        required = slots.map { slot in
            switch slot.item.required {
            case .optional: .optional
            case .always: .always
            case let .when(expression): .when(expression.node)
            }
        }
        sectionRelevant = sections.map { $0.relevant?.node }
        topLevel = slots.filter { $0.repeatSlot == nil }.map(\.index)
        var inside = [[Int]](repeating: [], count: slots.count)
        for slot in slots {
            if let repeatSlot = slot.repeatSlot { inside[repeatSlot].append(slot.index) }
        }
        insideRepeat = inside
    }
}
