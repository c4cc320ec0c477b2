public import SurveyCore

/// Writes a relevance condition out in words for people reading a paper form:
/// `${has_office} = 'yes'` becomes "you answered “Yes” to Q3.2" / 「Q3.2 で「はい」と回答した」.
/// Conditions it cannot phrase fall back to the expression with item ids replaced by question numbers.
public struct ConditionWording: Sendable {
    let survey: SurveyDefinition
    let numbers: QuestionNumbers

    /// Wording for conditions of `survey`, numbering questions with `numbers`.
    public init(survey: SurveyDefinition, numbers: QuestionNumbers) {
        self.survey = survey
        self.numbers = numbers
    }

    /// What a condition governs: one question, or a whole section.
    public enum Scope: Sendable {
        case question
        case section
    }

    /// The instruction for an item (or section) asked only when `condition` holds, as a full sentence.
    public func instruction(_ condition: Expression, for scope: Scope = .question) -> Message {
        let answer = scope == .question ? Message(en: "Answer", ja: "回答してください")
                                        : Message(en: "Answer this section", ja: "このセクションに回答してください")
        let clauses = conjuncts(condition.node, .and)
        if clauses.count > 1 {
            let phrased = clauses.map(clause)
            return Message(en: "\(answer.en) only if all of these hold: " + phrased.map(\.en).joined(separator: "; ") + ".",
                           ja: "次のすべてに該当する場合のみ\(answer.ja)：" + phrased.map(\.ja).joined(separator: "／") + "。")
        }
        let alternatives = conjuncts(condition.node, .or)
        if alternatives.count > 1 {
            let phrased = alternatives.map(clause)
            return Message(en: "\(answer.en) only if any of these holds: " + phrased.map(\.en).joined(separator: "; ") + ".",
                           ja: "次のいずれかに該当する場合のみ\(answer.ja)：" + phrased.map(\.ja).joined(separator: "／") + "。")
        }
        let single = clause(condition.node)
        return Message(en: "\(answer.en) only if \(single.en).", ja: "\(single.ja)場合のみ\(answer.ja)。")
    }

    private func conjuncts(_ node: ExpressionNode, _ op: BinaryOperator) -> [ExpressionNode] {
        if case let .binary(found, lhs, rhs) = node, found == op {
            return conjuncts(lhs, op) + conjuncts(rhs, op)
        }
        return [node]
    }

    /// One condition as a clause ("you answered “Yes” to Q3.2" / 「Q3.2 で「はい」と回答した」).
    func clause(_ node: ExpressionNode) -> Message {
        switch node {
        case let .binary(op, .reference(reference), .string(value)) where op == .equal || op == .notEqual:
            return equality(reference, value, negated: op == .notEqual)
        case let .binary(op, .string(value), .reference(reference)) where op == .equal || op == .notEqual:
            return equality(reference, value, negated: op == .notEqual)
        case let .binary(op, .reference(reference), .number(number)):
            return comparison(reference, op, XPathValue.format(number)) ?? fallback(node)
        case let .call("selected", _, arguments, _) where arguments.count == 2:
            if case let .reference(reference) = arguments[0], case let .string(value) = arguments[1] {
                let label = choiceLabel(reference.name, value)
                let q = numbers.label(reference.name)
                return Message(en: "you ticked “\(label.en)” in \(q)", ja: "\(q) で「\(label.ja)」を選んだ")
            }
            return fallback(node)
        case let .call("not", _, arguments, _) where arguments.count == 1:
            if case let .call("selected", _, inner, _) = arguments[0], inner.count == 2,
               case let .reference(reference) = inner[0], case let .string(value) = inner[1] {
                let label = choiceLabel(reference.name, value)
                let q = numbers.label(reference.name)
                return Message(en: "you did not tick “\(label.en)” in \(q)", ja: "\(q) で「\(label.ja)」を選ばなかった")
            }
            return fallback(node)
        case let .binary(op, .call("count-selected", _, arguments, _), .number(number)) where arguments.count == 1:
            if case let .reference(reference) = arguments[0], op == .greaterOrEqual || op == .greater {
                let least = Int(number) + (op == .greater ? 1 : 0)
                let q = numbers.label(reference.name)
                return Message(en: "you ticked at least \(least) option\(least == 1 ? "" : "s") in \(q)",
                               ja: "\(q) で \(least) つ以上選んだ")
            }
            return fallback(node)
        default:
            return fallback(node)
        }
    }

    private func equality(_ reference: ExpressionNode.Reference, _ value: String, negated: Bool) -> Message {
        let q = numbers.label(reference.name)
        let item = survey.item(reference.name)
        if value.isEmpty {
            return negated ? Message(en: "you answered \(q)", ja: "\(q) に回答した")
                           : Message(en: "you left \(q) unanswered", ja: "\(q) が未回答の")
        }
        let label = choiceLabel(reference.name, value)
        switch item?.type {
        case .yesNo?, .selectOne?:
            return negated ? Message(en: "you did not answer “\(label.en)” to \(q)", ja: "\(q) で「\(label.ja)」以外を回答した")
                           : Message(en: "you answered “\(label.en)” to \(q)", ja: "\(q) で「\(label.ja)」と回答した")
        case .selectMultiple?, .integer?, .decimal?, .text?, .longText?, .date?, .evidence?, .note?, .calculate?, .repeat?, .group?, nil:
            return negated ? Message(en: "your answer to \(q) is not “\(value)”", ja: "\(q) の回答が「\(value)」ではない")
                           : Message(en: "your answer to \(q) is “\(value)”", ja: "\(q) の回答が「\(value)」である")
        }
    }

    private func comparison(_ reference: ExpressionNode.Reference, _ op: BinaryOperator, _ number: String) -> Message? {
        let q = numbers.label(reference.name)
        switch op {
        case .greater: return Message(en: "your answer to \(q) is more than \(number)", ja: "\(q) の回答が \(number) を超える")
        case .greaterOrEqual: return Message(en: "your answer to \(q) is \(number) or more", ja: "\(q) の回答が \(number) 以上の")
        case .less: return Message(en: "your answer to \(q) is less than \(number)", ja: "\(q) の回答が \(number) 未満の")
        case .lessOrEqual: return Message(en: "your answer to \(q) is \(number) or less", ja: "\(q) の回答が \(number) 以下の")
        case .equal: return Message(en: "your answer to \(q) is \(number)", ja: "\(q) の回答が \(number) である")
        case .notEqual: return Message(en: "your answer to \(q) is not \(number)", ja: "\(q) の回答が \(number) ではない")
        default: return nil
        }
    }

    private func choiceLabel(_ id: String, _ value: String) -> Message {
        guard let item = survey.item(id) else { return Message(en: value, ja: value) }
        if item.type == .yesNo { return YesNo.label(value) ?? Message(en: value, ja: value) }
        return survey.choiceList(for: item)?.choice(value)?.label.message ?? Message(en: value, ja: value)
    }

    /// The expression with `${id}` written as question numbers, for conditions too intricate to phrase.
    private func fallback(_ node: ExpressionNode) -> Message {
        let text = render(node)
        return Message(en: "the condition “\(text)” holds", ja: "条件「\(text)」を満たす")
    }

    private func render(_ node: ExpressionNode) -> String {
        switch node {
        case let .string(value): return "'\(value)'"
        case let .number(value): return XPathValue.format(value)
        case let .reference(reference): return numbers.label(reference.name)
        case let .variable(name, _): return name
        case .current: return "."
        case let .negate(operand): return "-\(render(operand))"
        case let .binary(op, lhs, rhs): return "\(render(lhs)) \(op.rawValue) \(render(rhs))"
        case let .call(name, _, arguments, _): return "\(name)(\(arguments.map(render).joined(separator: ", ")))"
        case let .regexMatch(subject, regex): return "regex(\(render(subject)), '\(regex.pattern)')"
        }
    }
}
