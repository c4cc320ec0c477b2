/// A checked questionnaire: its metadata, choice lists, sections and the flattened item slots evaluation uses.
/// Built only by `SurveyLoader`, which guarantees ids are unique, references are bound and calculations have no cycles.
public struct SurveyDefinition: Sendable, Equatable {
    /// Two definitions are equal when they define the same questionnaire.
    public static func == (lhs: SurveyDefinition, rhs: SurveyDefinition) -> Bool {
        // Slots, the table and the evaluation order derive from the sections.
        lhs.id == rhs.id && lhs.version == rhs.version && lhs.title == rhs.title && lhs.description == rhs.description
            && lhs.languages == rhs.languages && lhs.deadline == rhs.deadline && lhs.choiceLists == rhs.choiceLists
            && lhs.sections == rhs.sections && lhs.previous == rhs.previous && lhs.opens == rhs.opens && lhs.publisher == rhs.publisher
    }

    /// Survey id, e.g. `cao-research-integrity-2023`.
    public var id: String
    /// Version label, e.g. `2023.1`.
    public var version: String
    /// The survey's title.
    public var title: LocalizedText
    /// An introduction for respondents.
    public var description: LocalizedText?
    /// Language codes every text has, e.g. `["ja", "en"]`.
    public var languages: [String]
    /// The last day answers are accepted (inclusive, Asia/Tokyo).
    public var deadline: CivilDate
    /// Choice lists in the order they were defined.
    public var choiceLists: [ChoiceList]
    /// Sections in order.
    public var sections: [Section]
    /// The first day answers are accepted (Asia/Tokyo); nil means from the day the survey is loaded.
    public var opens: CivilDate?
    /// The survey this one follows, and how its items map onto this one's (DESIGN §5.10); nil for a first year.
    public var previous: PreviousSurvey?
    /// Who publishes the report, when survey.yaml says (`publisher:`); nil otherwise.
    public var publisher: Publisher?
    /// Every item, flattened in document order.
    public let slots: [ItemSlot]
    /// Order in which relevance and calculations are evaluated: every slot after the slots it reads.
    public let evaluationOrder: [Int]
    /// The same slots in flat arrays for evaluation.
    let table: SlotTable
    private let slotByID: [String: Int]
    private let choiceListByID: [String: Int]

    init(id: String, version: String, title: LocalizedText, description: LocalizedText?, languages: [String],
         deadline: CivilDate, choiceLists: [ChoiceList], sections: [Section], evaluationOrder: [Int], publisher: Publisher? = nil) {
        self.publisher = publisher
        self.id = id
        self.version = version
        self.title = title
        self.description = description
        self.languages = languages
        self.deadline = deadline
        self.choiceLists = choiceLists
        self.sections = sections
        self.slots = ItemSlot.flatten(sections)
        self.table = SlotTable(slots: slots, sections: sections, choiceLists: choiceLists)
        self.evaluationOrder = evaluationOrder
        self.slotByID = Dictionary(slots.map { ($0.item.id, $0.index) }, uniquingKeysWith: { first, _ in first })
        self.choiceListByID = Dictionary(choiceLists.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The index of the slot of the item with `id` in `slots`: what evaluation looks up by id, without copying the
    /// slot (and retaining everything its item holds) as `slot(_:)` does.
    public func slotIndex(_ id: String) -> Int? {
        slotByID[id]
    }

    /// The slot of the item with `id`.
    public func slot(_ id: String) -> ItemSlot? {
        slotByID[id].map { slots[$0] }
    }

    /// The item with `id`.
    public func item(_ id: String) -> Item? {
        slot(id)?.item
    }

    /// The choice list with `id`.
    public func choiceList(_ id: String) -> ChoiceList? {
        choiceListByID[id].map { choiceLists[$0] }
    }

    /// The choice list an item uses, if it is a select item.
    public func choiceList(for item: Item) -> ChoiceList? {
        item.choices.flatMap(choiceList)
    }

    /// Whether answers are accepted on `day`: from `opens` (when set) through `deadline`, inclusive.
    public func isOpen(on day: CivilDate) -> Bool {
        (opens.map { $0 <= day } ?? true) && day <= deadline
    }

    /// Ids of every item that holds a value (not notes, groups or repeats), in document order.
    public var valueItemIDs: [String] {
        slots.filter { !$0.item.type.isContainer && $0.item.type != .note }.map(\.item.id)
    }
}
