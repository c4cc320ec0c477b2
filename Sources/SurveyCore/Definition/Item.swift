/// One questionnaire item (question, note, calculation, evidence upload, group or repeat) as defined in `survey.yaml`.
public struct Item: Sendable, Equatable, Identifiable {
    /// Unique id across the survey, e.g. `verifies_beyond_self_report`.
    public var id: String
    /// What kind of item this is.
    public var type: ItemType
    /// The question or label; absent only on `calculate` items.
    public var text: LocalizedText?
    /// Guidance shown under the question.
    public var hint: LocalizedText?
    /// Whether an answer is needed when the item is relevant.
    public var required: Requirement
    /// When the item is asked; nil means always (within its section and groups).
    public var relevant: Expression?
    /// A condition every non-empty answer must meet; `.` is the answer.
    public var constraint: Expression?
    /// What to tell the respondent when the constraint fails.
    public var constraintMessage: LocalizedText?
    /// How a `calculate` item's value is computed.
    public var calculation: Expression?
    /// The id of the choice list for `select_one` / `select_multiple`.
    public var choices: String?
    /// For repeats: the fewest instances (when relevant).
    public var minCount: Int?
    /// For repeats: the most instances.
    public var maxCount: Int?
    /// For `select_one`: where the answer is taken from before the institution gives one.
    public var prefill: Prefill?
    /// For evidence: accepted media types (empty means any of chosa's defaults).
    public var accept: [String]
    /// For groups and repeats: the items inside.
    public var items: [Item]
    /// Where the item's definition starts in `survey.yaml`.
    public var position: SourcePosition

    /// An item with defaults for everything but its id, type and position.
    public init(id: String, type: ItemType, position: SourcePosition) {
        self.id = id
        self.type = type
        self.text = nil
        self.hint = nil
        self.required = .optional
        self.relevant = nil
        self.constraint = nil
        self.constraintMessage = nil
        self.calculation = nil
        self.choices = nil
        self.minCount = nil
        self.maxCount = nil
        self.prefill = nil
        self.accept = []
        self.items = []
        self.position = position
    }
}
