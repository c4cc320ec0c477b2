import SurveyCore

/// How many verdicts rest on one answer: cards whose verdict would become more favourable if one measure's status
/// changed (`ScoreCard.restsOnOneAnswer`, margin 1 toward better, DESIGN §3) — the verdicts an analyst confirms before
/// a letter is issued. The report states their share of all verdicts.
public struct FragileVerdicts: Sendable, Equatable {
    /// Verdicts with margin 1, all institutions.
    public var count: Int
    /// Verdicts whose margin is known.
    public var scored: Int

    /// The share in whole percents, rounded half up.
    public var percent: Int? {
        DisclosureRules.percent(count, of: scored)
    }

    /// Whether one card's verdict rests on one answer (the one definition is `ScoreCard.restsOnOneAnswer`).
    static func isFragile(_ card: ScoreCard) -> Bool? {
        card.restsOnOneAnswer
    }

    /// The count over `input`'s cards that carry a margin; nil when none does, or when fewer than K do.
    static func of(_ input: ReportInput, rules: DisclosureRules) -> FragileVerdicts? {
        var count = 0
        var scored = 0
        for institution in input.institutions {
            guard let card = institution.card, let fragile = isFragile(card) else { continue }
            scored += 1
            if fragile { count += 1 }
        }
        guard scored >= rules.minimumCell else { return nil }
        return FragileVerdicts(count: count, scored: scored)
    }
}
