import Foundation
import SurveyCore
import SurveyStore

/// The short Markdown summary `chosa demo` writes until the report issue lands: progress and verdicts by category.
enum DemoSummary {
    static func markdown(_ summary: DemoDatabase.Summary, status: (byCategory: [(InstitutionCategory, StatusCounts)], total: StatusCounts),
                         seed: UInt64, language: Language) -> String {
        let ja = language == .ja
        var lines = [ja ? "# デモ：技術流出防止策の取組状況（架空のデータ）" : "# Demo: measures against technology outflow (fictional data)", ""]
        lines.append(ja ? "乱数の種 \(seed)。すべての機関・回答は架空のものです。" : "Seed \(seed). Every institution and answer is fictional.")
        lines += ["", ja ? "## 回答状況" : "## Progress", ""]
        lines.append(ja ? "| 種別 | 機関数 | 招待 | 着手 | 提出 | 評価 |" : "| category | institutions | invited | started | submitted | scored |")
        lines.append("|---|---:|---:|---:|---:|---:|")
        for (category, counts) in status.byCategory {
            lines.append("| \(category.label.text(language)) | \(counts.institutions) | \(counts.invited) | \(counts.started) | \(counts.submitted) | \(counts.scored) |")
        }
        let total = status.total
        lines.append("| \(ja ? "合計" : "total") | \(total.institutions) | \(total.invited) | \(total.started) | \(total.submitted) | \(total.scored) |")
        lines += ["", ja ? "## 判定（評価済みの機関）" : "## Verdicts (scored institutions)", ""]
        lines.append(ja ? "| 種別 | 不十分 | 要改善 | 適切 | 平均未充足率 |" : "| category | substandard | needs improvement | adequate | mean laxity |")
        lines.append("|---|---:|---:|---:|---:|")
        for category in InstitutionCategory.allCases {
            let cards = summary.scores.filter { $0.institution.category == category.rawValue }.map(\.card)
            guard !cards.isEmpty else { continue }
            let counts = Verdict.allCases.map { verdict in cards.filter { $0.verdict == verdict }.count }
            let mean = cards.map(\.laxity).reduce(0, +) / Double(cards.count)
            lines.append("| \(category.label.text(language)) | \(counts[0]) | \(counts[1]) | \(counts[2]) | \(String(format: "%.1f", mean)) |")
        }
        let fragile = summary.scores.filter { $0.card.verdict != .adequate && $0.card.restsOnOneAnswer }.count
        lines += ["", ja ? "1項目の状態の変更で判定が改善する（通知の発出前に分析担当者の確認を要する）機関：\(fragile)"
                         : "Verdicts one measure away from a better verdict (an analyst confirms them before any letter): \(fragile)"]
        lines += ["", ja ? "機関別の結果は scores.csv にあります。" : "Per-institution results are in scores.csv.", ""]
        return lines.joined(separator: "\n")
    }
}
