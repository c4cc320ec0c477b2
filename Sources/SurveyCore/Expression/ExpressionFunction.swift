/// The functions of the expression language (DESIGN §5.2), with how many arguments each takes.
public enum ExpressionFunction: String, Sendable, CaseIterable {
    case `true` = "true"
    case `false` = "false"
    case not
    case boolean
    case number
    case string
    case stringLength = "string-length"
    case concat
    case contains
    case startsWith = "starts-with"
    case endsWith = "ends-with"
    case substr
    case substringBefore = "substring-before"
    case substringAfter = "substring-after"
    case translate
    case normalizeSpace = "normalize-space"
    case regex
    case selected
    case selectedAt = "selected-at"
    case countSelected = "count-selected"
    case `if` = "if"
    case coalesce
    case round
    case int
    case abs
    case pow
    case min
    case max
    case sum
    case count
    case date
    case today

    /// The fewest arguments the function takes.
    public var minimumArguments: Int {
        switch self {
        case .true, .false, .today, .concat, .min, .max: 0
        case .not, .boolean, .number, .string, .stringLength, .normalizeSpace, .countSelected, .round, .int, .abs,
             .sum, .count, .date: 1
        case .contains, .startsWith, .endsWith, .substr, .substringBefore, .substringAfter,
             .regex, .selected, .selectedAt, .coalesce, .pow: 2
        case .translate, .if: 3
        }
    }

    /// The most arguments the function takes; nil for no limit.
    public var maximumArguments: Int? {
        switch self {
        case .true, .false, .today: 0
        case .not, .boolean, .number, .string, .stringLength, .normalizeSpace, .countSelected,
             .int, .abs, .sum, .count, .date: 1
        case .contains, .startsWith, .endsWith, .substringBefore, .substringAfter, .regex,
             .selected, .selectedAt, .coalesce, .pow, .round: 2
        case .substr, .translate, .if: 3
        case .concat, .min, .max: nil
        }
    }

    /// True when the function reads a list of values (a reference into a repeat from outside it) given `count` arguments.
    /// As in JavaRosa, `min`, `max` and `concat` read a list only as their single argument.
    public func acceptsValueLists(argumentCount count: Int) -> Bool {
        switch self {
        case .sum, .count: true
        case .min, .max, .concat: count == 1
        default: false
        }
    }

    /// How the argument count reads in a message, e.g. "2 or 3" / 「2〜3個」.
    var arityDescription: Message {
        switch (minimumArguments, maximumArguments) {
        case let (low, high?) where low == high:
            return Message(en: "\(low)", ja: "\(low)個")
        case let (low, high?):
            return Message(en: "\(low) to \(high)", ja: "\(low)〜\(high)個")
        case let (low, nil):
            return Message(en: "at least \(low)", ja: "\(low)個以上")
        }
    }
}
