/// A named list of answer options shared by `select_one` and `select_multiple` items.
public struct ChoiceList: Sendable, Equatable, Identifiable {
    /// One option: the value stored in answers and its label.
    public struct Choice: Sendable, Equatable {
        /// The stored value; contains no whitespace, because multiple-choice answers are space-separated.
        public var value: String
        /// The label shown to respondents.
        public var label: LocalizedText

        /// A choice from its value and label.
        public init(value: String, label: LocalizedText) {
            self.value = value
            self.label = label
        }
    }

    /// The list id items name in `choices:`.
    public var id: String
    /// The options, in display order.
    public var choices: [Choice]

    /// A list from its id and options.
    public init(id: String, choices: [Choice]) {
        self.id = id
        self.choices = choices
    }

    /// The option with `value`, if any.
    public func choice(_ value: String) -> Choice? {
        choices.first { $0.value == value }
    }
}
