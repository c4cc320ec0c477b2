public import SurveyCore

/// The rubric's arithmetic in words — the one place that says what met, partly met, not met and not applicable mean,
/// how points, laxity, verdicts and confidence are computed — generated from the rubric itself, with no expression
/// code and no internal id. The report's method, the letters and the codebook all quote it.
public struct RubricWording: Sendable {
    let rubric: Rubric

    /// The wording of `rubric`.
    public init(_ rubric: Rubric) {
        self.rubric = rubric
    }

    /// What each measure status means and what it keeps.
    public static let statuses: [Message] = [
        Message(en: "Met: the practice is in place (for a critical measure, with at least the required document); keeps all the measure's points.",
                ja: "充足：取組が行われている（重要項目は所定の資料があるものに限る）。配点をすべて得ます。"),
        Message(en: "Partly met: the practice is in place only in part, or a critical measure is claimed without the document that shows it; keeps half the points.",
                ja: "一部充足：取組が一部にとどまる、又は重要項目について取組を示す資料がない。配点の半分を得ます。"),
        Message(en: "Not met: the practice is not in place; keeps no points.", ja: "未充足：取組が行われていない。得点は 0 です。"),
        Message(en: "Not applicable: the measure does not concern the institution (for example, it has no such activity); it leaves the calculation.",
                ja: "対象外：当該機関に該当しない（例：該当する活動がない）。計算から除きます。"),
    ]

    /// How points are kept, in one sentence.
    public static let points = Message(
        en: "Each measure carries 5 (essential), 3 (important) or 1 (good practice) points; met keeps all, partly met half, not met none, and a measure that does not apply leaves the calculation.",
        ja: "評価項目の配点は 5 点（必須）・3 点（重要）・1 点（望ましい取組）です。充足は全点、一部充足は半分、未充足は 0 点を得て、対象外の項目は計算から除きます。")

    /// What "partly met" covers, for letters.
    public static let partlyMet = Message(
        en: "A measure counts as partly met when it is met only in part, or when a critical measure is met without the document that shows it.",
        ja: "「一部充足」には、取組が一部にとどまる場合のほか、重要項目について取組を示す資料の添付がない場合を含みます。")

    /// Laxity and domain laxity in words.
    public static let laxity: [Message] = [
        Message(en: "A domain's laxity is the share of its applicable points that the institution did not keep, from 0 (every applicable measure met) to 100 (none met).",
                ja: "領域別未充足率は、その領域の対象となる配点のうち得られなかった割合で、0（すべて充足）から 100（いずれも未充足）までの値です。"),
        Message(en: "The laxity score is the weighted mean of the domains' laxities, each domain counting by its weight; domains with no applicable measure leave it. It is computed unrounded and shown to one decimal.",
                ja: "未充足率は、領域別未充足率を各領域の重みで加重平均した値です（対象となる項目のない領域は除きます）。計算は端数を丸めずに行い、小数第 1 位まで表示します。"),
    ]

    /// The verdict rules in words, first that holds first, then the default.
    public var verdictRules: [Message] {
        rubric.verdicts.map { rule in
            let condition = Self.words(rule.condition.node)
            return Message(en: "\(Self.capitalised(rule.verdict.label.en)) when \(condition.en).",
                           ja: "\(condition.ja)場合は「\(rule.verdict.label.ja)」。")
        } + [Message(en: "Adequate otherwise.", ja: "いずれにも当たらない場合は「\(Verdict.adequate.label.ja)」。")]
    }

    /// The confidence rules in words.
    public var confidenceRules: [Message] {
        rubric.confidence.map { rule in
            let condition = Self.words(rule.condition.node)
            return Message(en: "\(Self.capitalised(rule.confidence.label.en)) when \(condition.en).",
                           ja: "\(condition.ja)場合は「\(rule.confidence.label.ja)」。")
        } + [Message(en: "Low otherwise.", ja: "いずれにも当たらない場合は「\(Confidence.low.label.ja)」。")]
    }

    /// How the rules are applied.
    public static let firstRuleWins = Message(en: "The rules are read in order; the first that holds decides.",
                                              ja: "次の規則を上から順に当てはめ、最初に当てはまるもので決めます。")

    /// What confidence measures.
    public static let confidence = Message(
        en: "Confidence says how far an institution's kept points rest on evidence: the share of kept points backed by a document (E1 or higher), by operating records an analyst reviewed (E2 or higher) or by independent verification (E3). With no point kept, every share counts as complete.",
        ja: "確度は、得点がどの程度根拠に裏付けられているかを表します。得点のうち資料の添付（E1 以上）、分析担当者による運用記録の確認（E2 以上）、独立したデータによる検証（E3）に裏付けられた割合から決めます（得点がない場合は、いずれの割合も満たすものとします）。")

    private static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    /// A rule's condition in words: comparisons of the rubric's variables joined by "and" / "or".
    static func words(_ node: ExpressionNode) -> Message {
        switch node {
        case let .binary(.or, lhs, rhs):
            let parts = disjuncts(lhs) + disjuncts(rhs)
            let words = parts.map(Self.words)
            return Message(en: words.map(\.en).joined(separator: ", or "), ja: words.map(\.ja).joined(separator: "か、"))
        case let .binary(.and, lhs, rhs):
            let left = words(lhs)
            let right = words(rhs)
            return Message(en: "\(left.en) and \(right.en)", ja: "\(left.ja)とともに、\(right.ja)")
        case let .binary(op, .variable(name, _), .number(value)):
            return comparison(name, op, value)
        case .binary, .string, .number, .reference, .variable, .current, .negate, .call, .regexMatch:
            return Message(en: "the rubric's condition holds", ja: "評価基準の条件に当たる")
        }
    }

    private static func disjuncts(_ node: ExpressionNode) -> [ExpressionNode] {
        if case let .binary(.or, lhs, rhs) = node { return disjuncts(lhs) + disjuncts(rhs) }
        return [node]
    }

    private static func comparison(_ name: String, _ op: BinaryOperator, _ value: Double) -> Message {
        let number = XPathValue.format(value)
        let percent = XPathValue.format(value * 100)
        let relation: (en: String, ja: String) = switch op {
        case .greater: ("above", "を超える")
        case .greaterOrEqual: ("at least", "以上である")
        case .less: ("below", "未満である")
        case .lessOrEqual: ("at most", "以下である")
        case .equal: ("exactly", "である")
        case .notEqual: ("other than", "以外である")
        case .or, .and, .plus, .minus, .times, .divide, .modulo: ("", "")
        }
        switch name {
        case "critical_unmet" where op == .greater && value == 0:
            return Message(en: "any critical measure is not met in full", ja: "重要項目のうち充足していないものがある")
        case "critical_unmet":
            return Message(en: "the number of critical measures not met in full is \(relation.en) \(number)",
                           ja: "充足していない重要項目の数が \(number)\(relation.ja)")
        case "laxity":
            return Message(en: "the laxity score is \(relation.en) \(number)", ja: "未充足率が \(number)\(relation.ja)")
        case "max_domain_laxity":
            return Message(en: "any domain's laxity is \(relation.en) \(number)", ja: "いずれかの領域別未充足率が \(number)\(relation.ja)")
        case "evidenced_e1", "evidenced_e2", "evidenced_e3":
            let level = name.suffix(2).uppercased()
            return Message(en: "the share of kept points backed by evidence of \(level) or higher is \(relation.en) \(percent) %",
                           ja: "\(level) 以上の根拠に裏付けられた得点の割合が \(percent)%\(relation.ja)")
        default:
            return Message(en: "the rubric's condition holds", ja: "評価基準の条件に当たる")
        }
    }
}
