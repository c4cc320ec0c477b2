import ArgumentParser
import Foundation
import SurveyCore
import SurveyStore

/// `chosa status [--format text|json]`: progress by category.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show progress by category: invited, started, submitted, scored. / 種別ごとの進捗を表示します。",
        discussion: "started: saved a draft or submitted. scored: the latest submission has a stored score (run `chosa score`)."
    )

    @Option(name: .long, help: "Output: text or json. / 出力形式")
    var format: ReportFormat = .text
    @OptionGroup var survey: SurveyIDOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        let store = try database.open(lang)
        let status = try storeStep(lang) { () throws(StoreError) in try store.status(survey: try survey.selected(in: store.catalog()).survey.id) }
        switch format {
        case .json:
            var categories: [String: JSONValue] = [:]
            for (category, counts) in status.byCategory { categories[category.rawValue] = Self.json(counts) }
            Terminal.out(try JSONOutput.string(JSONValue.object(["categories": .object(categories), "total": Self.json(status.total)])))
        case .text:
            let header = lang == .ja ? ["種別", "機関数", "招待", "着手", "提出", "評価"] : ["category", "institutions", "invited", "started", "submitted", "scored"]
            var rows = status.byCategory.map { ($0.0.label.text(lang), $0.1) }
            rows.append((lang == .ja ? "合計" : "total", status.total))
            let width = max(header[0].count, rows.map(\.0.count).max() ?? 0) + 2
            func pad(_ text: String, _ size: Int) -> String { text + String(repeating: " ", count: max(1, size - text.count)) }
            Terminal.out(pad(header[0], width) + header.dropFirst().map { pad($0, 13) }.joined())
            for (name, counts) in rows {
                Terminal.out(pad(name, width) + [counts.institutions, counts.invited, counts.started, counts.submitted, counts.scored]
                    .map { pad(String($0), 13) }.joined())
            }
        }
    }

    static func json(_ counts: StatusCounts) -> JSONValue {
        .object(["institutions": .number(Double(counts.institutions)), "invited": .number(Double(counts.invited)),
                 "started": .number(Double(counts.started)), "submitted": .number(Double(counts.submitted)),
                 "scored": .number(Double(counts.scored))])
    }
}
