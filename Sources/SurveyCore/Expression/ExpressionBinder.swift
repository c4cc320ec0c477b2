/// Checks a parsed expression against the items it may read and binds each `${id}` to its slot.
/// Reports every problem (unknown items and functions, wrong arity, misplaced `.`, repeated items
/// read as one value, invalid literal regular expressions and dates) rather than stopping at the first.
public struct ExpressionBinder: Sendable {
    /// What the binder knows of one item.
    public struct Symbol: Sendable, Equatable {
        /// The item's slot.
        public var slot: Int
        /// The item's type.
        public var type: ItemType
        /// The repeat the item is inside, if any.
        public var repeatSlot: Int?

        /// A symbol from its parts.
        public init(slot: Int, type: ItemType, repeatSlot: Int?) {
            self.slot = slot
            self.type = type
            self.repeatSlot = repeatSlot
        }
    }

    /// Where an expression is evaluated, which decides what it may read.
    public struct Context: Sendable {
        /// The repeat whose instance the expression is evaluated in, if any.
        public var repeatSlot: Int?
        /// Whether `.` (the item's own value) may be used.
        public var allowsCurrent: Bool
        /// Bare names the caller supplies, e.g. `laxity` in verdicts.
        public var variables: [String]

        /// A context from its parts.
        public init(repeatSlot: Int? = nil, allowsCurrent: Bool = false, variables: [String] = []) {
            self.repeatSlot = repeatSlot
            self.allowsCurrent = allowsCurrent
            self.variables = variables
        }
    }

    private let symbols: [String: Symbol]

    /// A binder over the items named in `symbols`.
    public init(symbols: [String: Symbol]) {
        self.symbols = symbols
    }

    /// A binder over every item of a checked survey.
    public init(survey: SurveyDefinition) {
        var symbols: [String: Symbol] = [:]
        for slot in survey.slots {
            symbols[slot.item.id] = Symbol(slot: slot.index, type: slot.item.type, repeatSlot: slot.repeatSlot)
        }
        self.init(symbols: symbols)
    }

    /// The bound tree and every problem found; the tree is usable only when the problem list is empty.
    public func bind(_ node: ExpressionNode, in context: Context) -> (node: ExpressionNode, problems: [ExpressionError]) {
        var problems: [ExpressionError] = []
        let bound = bind(node, context, aggregate: nil, &problems)
        return (bound, problems)
    }

    private func bind(_ node: ExpressionNode, _ context: Context, aggregate: ExpressionFunction?,
                      _ problems: inout [ExpressionError]) -> ExpressionNode {
        switch node {
        case .string, .number, .regexMatch:
            return node
        case let .reference(reference):
            return .reference(bindReference(reference, context, aggregate: aggregate, &problems))
        case let .variable(name, offset):
            if !context.variables.contains(name) {
                problems.append(unknownName(name, offset: offset, context))
            }
            return node
        case let .current(offset):
            if !context.allowsCurrent {
                problems.append(ExpressionError(offset: offset, code: "misplaced-current", Message(
                    en: "'.' (the item's own answer) can only be used in a constraint",
                    ja: "「.」（その項目自身の回答）は constraint の中でだけ使えます")))
            }
            return node
        case let .negate(operand):
            return .negate(bind(operand, context, aggregate: nil, &problems))
        case let .binary(op, lhs, rhs):
            return .binary(op, bind(lhs, context, aggregate: nil, &problems), bind(rhs, context, aggregate: nil, &problems))
        case let .call(name, function, arguments, offset):
            guard let function else {
                let hint = Suggestion.closest(to: name, in: ExpressionFunction.allCases.map(\.rawValue))
                problems.append(ExpressionError(offset: offset, code: "unknown-function", Message(
                    en: "unknown function \(name)()" + (hint.map { "; did you mean \($0)()?" } ?? ""),
                    ja: "不明な関数 \(name)() です" + (hint.map { "。\($0)() の誤りではありませんか" } ?? ""))))
                return .call(name: name, function: nil,
                             arguments: arguments.map { bind($0, context, aggregate: nil, &problems) }, offset: offset)
            }
            checkArity(function, arguments.count, offset: offset, &problems)
            let lists = function.acceptsValueLists(argumentCount: arguments.count)
            let bound = arguments.map { bind($0, context, aggregate: lists ? function : nil, &problems) }
            return specialise(function, name: name, bound, offset: offset, &problems)
        }
    }

    private func bindReference(_ reference: ExpressionNode.Reference, _ context: Context, aggregate: ExpressionFunction?,
                               _ problems: inout [ExpressionError]) -> ExpressionNode.Reference {
        guard let symbol = symbols[reference.name] else {
            if symbols.isEmpty, !context.variables.isEmpty {
                let names = context.variables.joined(separator: ", ")
                problems.append(ExpressionError(offset: reference.offset, code: "unknown-reference", Message(
                    en: "these rules read only \(names), not answers", ja: "この規則で使えるのは \(names) だけで、回答は読めません")))
                return reference
            }
            let hint = Suggestion.closest(to: reference.name, in: symbols.keys)
            problems.append(ExpressionError(offset: reference.offset, code: "unknown-reference", Message(
                en: "unknown item ${\(reference.name)}" + (hint.map { "; did you mean ${\($0)}?" } ?? ""),
                ja: "不明な項目 ${\(reference.name)} です" + (hint.map { "。${\($0)} の誤りではありませんか" } ?? ""))))
            return reference
        }
        var bound = reference
        bound.slot = symbol.slot
        switch symbol.type {
        case .group, .note:
            problems.append(ExpressionError(offset: reference.offset, code: "valueless-reference", Message(
                en: "${\(reference.name)} is a \(symbol.type.rawValue) and has no value to read",
                ja: "${\(reference.name)} は \(symbol.type.rawValue) のため、読める値がありません")))
        case .repeat where aggregate != .count:
            problems.append(ExpressionError(offset: reference.offset, code: "repeated-reference", Message(
                en: "${\(reference.name)} is a repeat; only count(${\(reference.name)}) can read it",
                ja: "${\(reference.name)} は繰り返しです。count(${\(reference.name)}) でだけ読めます")))
        case .yesNo, .selectOne, .selectMultiple, .integer, .decimal, .text, .longText, .date, .evidence, .calculate, .repeat:
            if let repeatSlot = symbol.repeatSlot, repeatSlot != context.repeatSlot, aggregate == nil {
                problems.append(ExpressionError(offset: reference.offset, code: "repeated-reference", Message(
                    en: "${\(reference.name)} is inside a repeat and has one value per instance here; use sum(), count(), min(), max() or concat()",
                    ja: "${\(reference.name)} は繰り返しの中の項目のため、ここでは複数の値を持ちます。sum()、count()、min()、max()、concat() を使ってください")))
            }
        }
        return bound
    }

    private func checkArity(_ function: ExpressionFunction, _ count: Int, offset: Int, _ problems: inout [ExpressionError]) {
        let tooFew = count < function.minimumArguments
        let tooMany = function.maximumArguments.map { count > $0 } ?? false
        guard tooFew || tooMany else { return }
        let expected = function.arityDescription
        problems.append(ExpressionError(offset: offset, code: "wrong-arity", Message(
            en: "\(function.rawValue)() takes \(expected.en) argument\(expected.en == "1" ? "" : "s"), not \(count)",
            ja: "\(function.rawValue)() の引数は\(expected.ja)です（\(count)個ではありません）")))
    }

    /// Compiles literal regular expressions once and checks literal dates, so mistakes surface when the survey is checked.
    private func specialise(_ function: ExpressionFunction, name: String, _ arguments: [ExpressionNode], offset: Int,
                            _ problems: inout [ExpressionError]) -> ExpressionNode {
        let call = ExpressionNode.call(name: name, function: function, arguments: arguments, offset: offset)
        switch function {
        case .regex:
            guard arguments.count == 2, case let .string(pattern) = arguments[1] else { return call }
            do {
                return .regexMatch(arguments[0], try LinearRegex(pattern))
            } catch {
                problems.append(ExpressionError(offset: offset, code: "invalid-regex", Message(
                    en: "invalid regular expression '\(pattern)' at character \(error.offset + 1): \(error.messageEnglish)",
                    ja: "正規表現「\(pattern)」の \(error.offset + 1) 文字目が不正です：\(error.messageJapanese)")))
                return call
            }
        case .date:
            if arguments.count == 1, case let .string(text) = arguments[0], !text.isEmpty, CivilDate(javaRosa: text) == nil {
                problems.append(ExpressionError(offset: offset, code: "invalid-date", Message(
                    en: "'\(text)' is not a date; write YYYY-MM-DD with a day that exists",
                    ja: "「\(text)」は日付ではありません。実在する日を YYYY-MM-DD で書いてください")))
            }
            return call
        case .sum, .count:
            if arguments.count == 1, !isReference(arguments[0]) {
                problems.append(ExpressionError(offset: offset, code: "expected-reference", Message(
                    en: "\(function.rawValue)() reads the values of an item: write \(function.rawValue)(${item_id})",
                    ja: "\(function.rawValue)() は項目の値を読みます。\(function.rawValue)(${item_id}) と書いてください")))
            }
            return call
        default:
            return call
        }
    }

    private func isReference(_ node: ExpressionNode) -> Bool {
        if case .reference = node { return true }
        return false
    }

    private func unknownName(_ name: String, offset: Int, _ context: Context) -> ExpressionError {
        if ExpressionFunction(rawValue: name) != nil {
            return ExpressionError(offset: offset, code: "unknown-name", Message(
                en: "'\(name)' is a function: write \(name)()", ja: "「\(name)」は関数です。\(name)() と書いてください"))
        }
        if symbols[name] != nil {
            return ExpressionError(offset: offset, code: "unknown-name", Message(
                en: "'\(name)' is an item: write ${\(name)}", ja: "「\(name)」は項目です。${\(name)} と書いてください"))
        }
        if !context.variables.isEmpty {
            let hint = Suggestion.closest(to: name, in: context.variables)
            return ExpressionError(offset: offset, code: "unknown-name", Message(
                en: "unknown name '\(name)'" + (hint.map { "; did you mean '\($0)'?" } ?? "; names available here: \(context.variables.joined(separator: ", "))"),
                ja: "不明な名前「\(name)」です" + (hint.map { "。「\($0)」の誤りではありませんか" } ?? "。使える名前：\(context.variables.joined(separator: ", "))")))
        }
        return ExpressionError(offset: offset, code: "unknown-name", Message(
            en: "unknown name '\(name)'; refer to items as ${id} and quote text as '\(name)'",
            ja: "不明な名前「\(name)」です。項目は ${id}、文字列は '\(name)' のように書いてください"))
    }
}
