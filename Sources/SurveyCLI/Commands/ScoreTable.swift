import SurveyCore
import SurveyServices
import SurveyReports

/// Score cards as a terminal table and as CSV.
enum ScoreTable {
    /// The table, with each verdict's margins and a flag on verdicts that rest on one answer; a note under the table
    /// says what the flag means when any card carries it.
    static func text(_ cards: [ScoreCard], rubric: Rubric, _ language: Language) -> String {
        let header = [Message(en: "institution", ja: "機関"), Message(en: "laxity", ja: "未充足率"), Message(en: "verdict", ja: "判定"),
                      Message(en: "margin down", ja: "悪化まで"), Message(en: "margin up", ja: "改善まで"),
                      Message(en: "review", ja: "確認"),
                      Message(en: "confidence", ja: "確度"), Message(en: "critical unmet", ja: "未充足重要項目")]
            .map { $0.text(language) } + rubric.domains.map(\.id)
        let rows = cards.map { card in
            [card.institution, Figures.oneDecimal(card.laxity), card.verdict.label.text(language),
             margin(card.marginDown), margin(card.marginUp), card.restsOnOneAnswer ? flag.text(language) : "",
             card.confidence.label.text(language), "\(card.criticalUnmet.count)"]
                + rubric.domains.map { domain in card.domainLaxity(domain.id).map(Figures.oneDecimal) ?? "-" }
        }
        var table = TextTable(header: header, rows: rows)
        table.rightAligned = Set([1, 3, 4, 7] + rubric.domains.indices.map { $0 + 8 })
        var text = table.render()
        if cards.contains(where: \.restsOnOneAnswer) {
            text += "\n" + note.text(language)
        }
        return text
    }

    /// The flag on a margin-1 verdict.
    static let flag = Message(en: "needs analyst confirmation", ja: "要確認")

    static let note = Message(
        en: "margin down / up: how many measures' statuses must change for a worse / better verdict (3+ means three or more; - where none exists). A verdict one change away waits for an analyst's confirmation before any letter is issued.",
        ja: "悪化まで／改善まで：判定が悪化／改善するために状態が変わる必要のある評価項目の数（3+ は3項目以上、- は該当なし）。1項目の変更で判定が変わるものは、通知の発出前に分析担当者の確認を要します。")

    /// "1", "2", "3+" or "-".
    static func margin(_ value: Int?) -> String {
        guard let value else { return "-" }
        return value >= 3 ? "3+" : "\(value)"
    }

    /// One row per institution (the one CSV writer is `ScoreCSV` in SurveyServices).
    static func csv(_ cards: [ScoreCard], rubric: Rubric) -> String {
        ScoreCSV.document(cards, rubric: rubric)
    }
}
