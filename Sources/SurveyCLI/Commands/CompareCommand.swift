import ArgumentParser
import Foundation
import SurveyCore
import SurveyReports
import SurveyServices
import SurveyStore

/// `chosa compare --survey-id NEW --with OLD [--format table|json|csv]`: two survey years side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two survey years: laxity, verdict and changed measures per institution. / 2 つの年度の調査結果を機関ごとに比較します。",
        discussion: """
        Lists every institution scored in both surveys with its laxity and verdict then and now and the measures whose \
        status changed, then each category's verdicts in each year. Scores are recomputed from the latest submissions \
        and the analysts' current reviews of each survey, as `chosa report` does.
        """
    )

    @OptionGroup var survey: SurveyIDOption
    @Option(name: .customLong("with"), help: "The earlier survey id to compare with. / 比較する前回調査のID")
    var older: String
    @Option(name: .long, help: "Output: table, json or csv. / 出力形式")
    var format: ScoreCommand.Format = .table
    @OptionGroup var database: DatabaseOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        let store = try database.open(lang)
        let comparison = try storeStep(lang) { () throws(StoreError) in
            try YearComparison.compare(store: store, newSurvey: survey.surveyID, oldSurvey: older)
        }
        if comparison.newSurvey == comparison.oldSurvey {
            throw ValidationError("--with names the same survey as --survey-id; compare two different years / --with と --survey-id に同じ調査が指定されています")
        }
        switch format {
        case .json: Terminal.out(try JSONOutput.string(CompareOutput.json(comparison)))
        case .csv: Terminal.out(CompareOutput.csv(comparison), terminator: "")
        case .table: Terminal.out(CompareOutput.text(comparison, lang))
        }
    }
}

/// The three renderings of a `YearComparison`.
enum CompareOutput {
    static func json(_ comparison: YearComparison) -> JSONValue {
        func verdicts(_ counts: [Verdict: Int]) -> JSONValue {
            .object(Dictionary(uniqueKeysWithValues: Verdict.allCases.map { ($0.rawValue, JSONValue.number(Double(counts[$0] ?? 0))) }))
        }
        return .object([
            "survey": .string(comparison.newSurvey), "with": .string(comparison.oldSurvey),
            "institutions": .array(comparison.rows.map { row in
                .object([
                    "institution": .string(row.institution), "category": .string(row.category.rawValue),
                    "laxity_before": .number(row.laxityBefore), "laxity_after": .number(row.laxityAfter),
                    "verdict_before": .string(row.verdictBefore.rawValue), "verdict_after": .string(row.verdictAfter.rawValue),
                    "changed_measures": .array(row.changes.map {
                        .object(["measure": .string($0.measure), "before": .string($0.before.rawValue), "after": .string($0.after.rawValue)])
                    }),
                ])
            }),
            "categories": .array(comparison.categories.map { entry in
                .object(["category": entry.category.map { .string($0.rawValue) } ?? .string("all"),
                         "before": verdicts(entry.before), "after": verdicts(entry.after),
                         "scored_before": .number(Double(entry.scoredBefore)), "scored_after": .number(Double(entry.scoredAfter))])
            }),
        ])
    }

    /// One row per institution; changed measures as `id:before>after` separated by `;`.
    static func csv(_ comparison: YearComparison) -> String {
        CSV.document(header: ["institution", "category", "laxity_before", "laxity_after", "verdict_before", "verdict_after", "changed_measures"],
                     rows: comparison.rows.map { row in
                         [.text(row.institution), .text(row.category.rawValue), .number(row.laxityBefore), .number(row.laxityAfter),
                          .text(row.verdictBefore.rawValue), .text(row.verdictAfter.rawValue),
                          .text(row.changes.map { "\($0.measure):\($0.before.rawValue)>\($0.after.rawValue)" }.joined(separator: ";"))]
                     })
    }

    static func text(_ comparison: YearComparison, _ lang: Language) -> String {
        let before = comparison.oldSurvey
        let after = comparison.newSurvey
        let header = [Message(en: "institution", ja: "機関"), Message(en: "laxity then", ja: "未充足率（前回）"),
                      Message(en: "laxity now", ja: "未充足率（今回）"), Message(en: "verdict then", ja: "判定（前回）"),
                      Message(en: "verdict now", ja: "判定（今回）"), Message(en: "changed measures", ja: "判定が変わった評価項目")]
            .map { $0.text(lang) }
        var institutions = TextTable(header: header, rows: comparison.rows.map { row in
            [row.institution, Figures.oneDecimal(row.laxityBefore), Figures.oneDecimal(row.laxityAfter),
             row.verdictBefore.label.text(lang), row.verdictAfter.label.text(lang),
             row.changes.map { "\($0.measure) (\($0.before.label.text(lang)) → \($0.after.label.text(lang)))" }.joined(separator: ", ")]
        })
        institutions.rightAligned = [1, 2]
        let when = [Message(en: "then", ja: "前回"), Message(en: "now", ja: "今回")].map { $0.text(lang) }
        let verdictHeader = [Message(en: "category", ja: "区分").text(lang)]
            + Verdict.allCases.flatMap { verdict in when.map { lang == .ja ? "\(verdict.label.ja)（\($0)）" : "\(verdict.label.en) \($0)" } }
        let categoryRows = comparison.categories.map { entry -> [String] in
            let name = entry.category?.label.text(lang) ?? Message(en: "all", ja: "全体").text(lang)
            return [name] + Verdict.allCases.flatMap { verdict in
                [share(entry.before[verdict] ?? 0, of: entry.scoredBefore), share(entry.after[verdict] ?? 0, of: entry.scoredAfter)]
            }
        }
        var categories = TextTable(header: verdictHeader, rows: categoryRows)
        categories.rightAligned = Set(1..<verdictHeader.count)
        let summary = Message(en: "then: \(before); now: \(after); \(comparison.rows.count) institutions scored in both",
                              ja: "前回：\(before)、今回：\(after)。両方で評価された機関：\(comparison.rows.count)").text(lang)
        return [summary, "", institutions.render(), "", categories.render()].joined(separator: "\n")
    }

    /// `n (p %)`.
    private static func share(_ count: Int, of total: Int) -> String {
        total == 0 ? "-" : "\(count) (\(Figures.oneDecimal(100 * Double(count) / Double(total))) %)"
    }
}
