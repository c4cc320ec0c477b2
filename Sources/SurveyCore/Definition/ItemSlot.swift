/// An item's place in the flattened questionnaire: its index, its containers and its section.
/// Evaluation reads values by slot index rather than by id, so a reference costs an array access.
public struct ItemSlot: Sendable, Equatable {
    /// The item as defined (containers still hold their children).
    public var item: Item
    /// This slot's index in `SurveyDefinition.slots`.
    public var index: Int
    /// The enclosing group or repeat, if any.
    public var parent: Int?
    /// The enclosing repeat, if any (repeats do not nest, so there is at most one).
    public var repeatSlot: Int?
    /// The index of the section the item belongs to.
    public var section: Int
    /// Slots of the items directly inside this group or repeat.
    public var children: [Int]
    /// How deeply the item is nested in groups and repeats (0 at section level).
    public var depth: Int
}

extension ItemSlot {
    /// Flattens sections into slots in document order (parents before their children).
    static func flatten(_ sections: [Section]) -> [ItemSlot] {
        var slots: [ItemSlot] = []
        func add(_ item: Item, parent: Int?, repeatSlot: Int?, section: Int, depth: Int) {
            let index = slots.count
            slots.append(ItemSlot(item: item, index: index, parent: parent, repeatSlot: repeatSlot,
                                  section: section, children: [], depth: depth))
            let innerRepeat = item.type == .repeat ? index : repeatSlot
            for child in item.items {
                slots[index].children.append(slots.count)
                add(child, parent: index, repeatSlot: innerRepeat, section: section, depth: depth + 1)
            }
        }
        for (sectionIndex, section) in sections.enumerated() {
            for item in section.items {
                add(item, parent: nil, repeatSlot: nil, section: sectionIndex, depth: 0)
            }
        }
        return slots
    }
}
