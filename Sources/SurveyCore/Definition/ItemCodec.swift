/// What one item type means, in one place: the YAML keys it takes, how its answer is held in JSON, how a form's
/// text becomes that JSON and back, how the answer reads in words, which CSV columns it fills and what answer
/// space a paper form gives it. Everything else switches exhaustively over `ItemType` or over these shapes, so
/// adding a type is one `case` here (and its template) and the compiler lists the rest.
///
/// The JSON check of an answer on the validation hot path is `AnswerConversion` (it works from the slot table).
public struct ItemCodec: Sendable, Equatable {
    /// How an answer of the type is held in the response JSON (DESIGN §5.4).
    public enum Answer: Sendable, Equatable {
        /// No answer of its own: notes, groups, calculations.
        case none
        /// `"yes"` or `"no"`.
        case yesNo
        /// One choice value as a string.
        case choice
        /// An array of choice values.
        case choices
        /// A number; `integer` when it must be whole.
        case number(integer: Bool)
        /// A string; `long` for multi-line text.
        case text(long: Bool)
        /// `"YYYY-MM-DD"`.
        case date
        /// Files attached beside the answers (`evidence`), not in them.
        case files
        /// An array of entry objects.
        case rows
    }

    /// The columns an item fills in the submissions CSV.
    public enum Columns: Sendable, Equatable {
        /// None (notes, groups).
        case none
        /// One column named after the item, holding the value.
        case value
        /// One 0/1 column per choice, `item__choice`.
        case perChoice
        /// `item__calculated`, the computed value.
        case calculated
        /// `item__rows`, the number of entries.
        case rowCount
        /// One column with the attached files' names.
        case fileNames
    }

    /// The answer space a paper form prints for the item.
    public enum PaperSpace: Sendable, Equatable {
        /// Nothing (calculations are not asked; containers print their children).
        case none
        /// A note printed as a quotation.
        case note
        /// Options marked with ○, one of them.
        case markOne
        /// Options ticked, any of them.
        case tickAny
        /// A blank for a number.
        case number
        /// A blank line.
        case line
        /// Several blank lines.
        case lines(Int)
        /// 令和　年　月　日.
        case date
        /// "Attach the document".
        case attachment
        /// A heading with the items inside.
        case heading
        /// Numbered entries with the items inside.
        case entries
    }

    /// The type described.
    public let type: ItemType
    /// How the answer is held.
    public let answer: Answer
    /// Keys the type takes beyond `id`, `type`, `text`, `hint` and `relevant`.
    public let extraKeys: [String]
    /// The CSV columns.
    public let columns: Columns
    /// The paper form's answer space.
    public let paper: PaperSpace

    /// The codec of `type` (built once: it is read on every answer of every page).
    public static func of(_ type: ItemType) -> ItemCodec {
        table[type] ?? make(type)
    }

    private static let table = Dictionary(uniqueKeysWithValues: ItemType.allCases.map { ($0, make($0)) })

    private static func make(_ type: ItemType) -> ItemCodec {
        let asked = ["required", "constraint", "constraint_message"]
        return switch type {
        case .yesNo: ItemCodec(type: type, answer: .yesNo, extraKeys: asked, columns: .value, paper: .markOne)
        case .selectOne: ItemCodec(type: type, answer: .choice, extraKeys: asked + ["choices", "prefill"], columns: .value, paper: .markOne)
        case .selectMultiple: ItemCodec(type: type, answer: .choices, extraKeys: asked + ["choices"], columns: .perChoice, paper: .tickAny)
        case .integer: ItemCodec(type: type, answer: .number(integer: true), extraKeys: asked, columns: .value, paper: .number)
        case .decimal: ItemCodec(type: type, answer: .number(integer: false), extraKeys: asked, columns: .value, paper: .number)
        case .text: ItemCodec(type: type, answer: .text(long: false), extraKeys: asked, columns: .value, paper: .line)
        case .longText: ItemCodec(type: type, answer: .text(long: true), extraKeys: asked, columns: .value, paper: .lines(4))
        case .date: ItemCodec(type: type, answer: .date, extraKeys: asked, columns: .value, paper: .date)
        case .evidence: ItemCodec(type: type, answer: .files, extraKeys: ["required", "accept"], columns: .fileNames, paper: .attachment)
        case .note: ItemCodec(type: type, answer: .none, extraKeys: [], columns: .none, paper: .note)
        case .calculate: ItemCodec(type: type, answer: .none, extraKeys: ["calculation"], columns: .calculated, paper: .none)
        case .repeat: ItemCodec(type: type, answer: .rows, extraKeys: ["min", "max", "items"], columns: .rowCount, paper: .entries)
        case .group: ItemCodec(type: type, answer: .none, extraKeys: ["items"], columns: .none, paper: .heading)
        }
    }

    /// True when the respondent types or picks the answer in the item's own input.
    public var isTyped: Bool {
        switch answer {
        case .yesNo, .choice, .choices, .number, .text, .date: true
        case .none, .files, .rows: false
        }
    }
}
