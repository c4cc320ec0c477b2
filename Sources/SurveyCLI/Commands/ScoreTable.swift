import SurveyCore
import SurveyReports

/// Score cards as a terminal table and as CSV.
enum ScoreTable {
    static func text(_ cards: [ScoreCard], rubric: Rubric, _ language: Language) -> String {
        let header = [Message(en: "institution", ja: "機関"), Message(en: "laxity", ja: "弛緩度"), Message(en: "verdict", ja: "判定"),
                      Message(en: "confidence", ja: "確度"), Message(en: "critical unmet", ja: "未充足重要項目")]
            .map { $0.text(language) } + rubric.domains.map(\.id)
        let rows = cards.map { card in
            [card.institution, Figures.oneDecimal(card.laxity), card.verdict.label.text(language),
             card.confidence.label.text(language), "\(card.criticalUnmet.count)"]
                + rubric.domains.map { domain in card.domainLaxity(domain.id).map(Figures.oneDecimal) ?? "-" }
        }
        var table = TextTable(header: header, rows: rows)
        table.rightAligned = Set([1, 4] + rubric.domains.indices.map { $0 + 5 })
        return table.render()
    }

    /// One row per institution; laxities unrounded so the CSV recomputes exactly.
    static func csv(_ cards: [ScoreCard], rubric: Rubric) -> String {
        let header = ["institution", "laxity", "verdict", "confidence", "critical_unmet"] + rubric.domains.map { "domain_\($0.id)" }
        let rows: [[CSV.Field]] = cards.map { card in
            [.text(card.institution), .number(card.laxity), .text(card.verdict.rawValue), .text(card.confidence.rawValue),
             .text(card.criticalUnmet.joined(separator: ";"))]
                + rubric.domains.map { domain in card.domainLaxity(domain.id).map(CSV.Field.number) ?? .empty }
        }
        return CSV.document(header: header, rows: rows)
    }
}
