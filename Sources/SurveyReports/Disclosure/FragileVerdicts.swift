import SurveyCore

/// How many verdicts rest on one answer: cards whose verdict would change if one measure's status changed
/// (margin 1 toward worse or better, DESIGN §3). The report states their share of all verdicts.
public struct FragileVerdicts: Sendable, Equatable {
    /// Verdicts with margin 1, all institutions.
    public var count: Int
    /// Verdicts whose margin is known.
    public var scored: Int

    /// The share in whole percents, rounded half up.
    public var percent: Int? {
        DisclosureRules.percent(count, of: scored)
    }

    /// Whether one card's verdict rests on one answer; nil when the card carries no margin.
    ///
    /// HOOK (verdict-trust work): once `ScoreCard` has `marginDown` / `marginUp` (Int?, 1, 2 or 3), replace the body
    /// with `guard card.marginDown != nil || card.marginUp != nil else { return nil }; return card.marginDown == 1 || card.marginUp == 1`.
    /// Until then every card answers nil and the report says the share is not computed.
    static func isFragile(_ card: ScoreCard) -> Bool? {
        _ = card
        return nil
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
