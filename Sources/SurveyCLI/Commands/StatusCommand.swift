import ArgumentParser
import Foundation
import SurveyCore
import SurveyStore

/// `chosa status [--format text|json]`: progress by category; `--list …` the institutions still to answer.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show progress by category: invited, started, submitted, scored. / 種別ごとの進捗を表示します。",
        discussion: """
        started: saved a draft or submitted. scored: the latest submission has a stored score (run `chosa score`).
        --list not_started|draft_only|not_submitted lists those institutions with their contacts and last activity         (--format text, json or csv), for chasing them (`chosa reminders`).
        """
    )

    /// Which institutions `--list` shows.
    enum Listing: String, ExpressibleByArgument, CaseIterable {
        case notStarted = "not_started"
        case draftOnly = "draft_only"
        case notSubmitted = "not_submitted"

        func includes(_ entry: NonResponder) -> Bool {
            switch self {
            case .notStarted: !entry.hasDraft
            case .draftOnly: entry.hasDraft
            case .notSubmitted: true
            }
        }
    }

    /// `--format`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
        case csv
    }

    @Option(name: .long, help: "Output: text, json (or csv with --list). / 出力形式")
    var format: Format = .text
    @Option(name: .long, help: "List institutions: not_started, draft_only or not_submitted. / 未回答機関の一覧")
    var list: Listing?
    @OptionGroup var survey: SurveyIDOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if format == .csv, list == nil {
            throw ValidationError("--format csv needs --list / --format csv は --list と併せて指定してください")
        }
    }

    func run() throws {
        let lang = language.language
        let store = try database.open(lang)
        if let list {
            let entries = try storeStep(lang) { () throws(StoreError) in
                try store.nonResponders(survey: try survey.selected(in: store.catalog()).survey.id).filter(list.includes)
            }
            return Terminal.out(try NonResponderList.render(entries, format: format, lang), terminator: format == .csv ? "" : "\n")
        }
        let status = try storeStep(lang) { () throws(StoreError) in try store.status(survey: try survey.selected(in: store.catalog()).survey.id) }
        switch format {
        case .json:
            var categories: [String: JSONValue] = [:]
            for (category, counts) in status.byCategory { categories[category.rawValue] = Self.json(counts) }
            Terminal.out(try JSONOutput.string(JSONValue.object(["categories": .object(categories), "total": Self.json(status.total)])))
        case .text, .csv:
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
