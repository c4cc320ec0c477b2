/// The kinds of questionnaire item (DESIGN §5.1).
public enum ItemType: String, Sendable, CaseIterable, Codable {
    case yesNo = "yes_no"
    case selectOne = "select_one"
    case selectMultiple = "select_multiple"
    case integer
    case decimal
    case text
    case longText = "long_text"
    case date
    case evidence
    case note
    case calculate
    case `repeat` = "repeat"
    case group

    /// True for items that hold an answer typed by the respondent.
    public var isAnswerable: Bool {
        ItemCodec.of(self).isTyped
    }

    /// True for items that hold other items.
    public var isContainer: Bool { self == .repeat || self == .group }

    /// "a" or "an" before the type's name in English messages.
    public var article: String {
        switch self {
        case .integer, .evidence: "an"
        default: "a"
        }
    }

    /// True for item types that take a choice list.
    public var takesChoices: Bool { self == .selectOne || self == .selectMultiple }
}
