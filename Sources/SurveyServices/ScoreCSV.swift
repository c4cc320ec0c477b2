public import SurveyCore

/// Score cards as CSV, one row per institution: `chosa score --format csv`, `scores.csv` of `chosa demo`, and the
/// workspace's export all write it here. Laxities are unrounded so the CSV recomputes exactly; margins are empty
/// where null.
public enum ScoreCSV {
    /// The document; with `excel`, a byte-order mark first so Excel reads it as UTF-8.
    public static func document(_ cards: [ScoreCard], rubric: Rubric, excel: Bool = false) -> String {
        let header = ["institution", "laxity", "verdict", "confidence", "critical_unmet", "margin_down", "margin_up"]
            + rubric.domains.map { "domain_\($0.id)" }
        let rows: [[CSV.Field]] = cards.map { card in
            [.text(card.institution), .number(card.laxity), .text(card.verdict.rawValue), .text(card.confidence.rawValue),
             .text(card.criticalUnmet.joined(separator: ";")),
             card.marginDown.map { .number(Double($0)) } ?? .empty, card.marginUp.map { .number(Double($0)) } ?? .empty]
                + rubric.domains.map { domain in card.domainLaxity(domain.id).map(CSV.Field.number) ?? .empty }
        }
        return CSV.document(header: header, rows: rows, excel: excel)
    }
}
