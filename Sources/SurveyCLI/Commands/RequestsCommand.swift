import ArgumentParser
import Foundation
import SurveyCore
import SurveyServices
import SurveyStore

/// `chosa requests list|review`: the improvement requests opened by issued letters, and the analysts' decisions.
struct RequestsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "requests",
        abstract: "List and review improvement requests. / 改善依頼の一覧と確認。",
        subcommands: [List.self, Review.self]
    )
}

extension RequestsCommand {
    /// `--status` of `chosa requests list`.
    enum StatusFilter: String, ExpressibleByArgument, CaseIterable {
        case open
        case replied
        case closed
        case overdue
    }

    /// `chosa requests list [--status …] [--institution ID] [--format table|json|csv]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List improvement requests. / 改善依頼を一覧表示します。",
            discussion: "overdue: open and past the letter's reply deadline (today in Japan time, or --today)."
        )

        @Option(name: .long, help: "open, replied, closed or overdue. / 状況")
        var status: StatusFilter?
        @Option(name: .long, help: "Only this institution. / 機関ID")
        var institution: String?
        @Option(name: .long, help: "Output: table, json or csv. / 出力形式")
        var format: ScoreCommand.Format = .table
        @OptionGroup var today: TodayOption
        @OptionGroup var survey: SurveyIDOption
        @OptionGroup var database: DatabaseOption
        @OptionGroup var language: LanguageOption

        func run() throws {
            let lang = language.language
            let store = try database.open(lang)
            let day = today.date
            let requests = try storeStep(lang) { () throws(StoreError) in
                try store.requests(survey: try survey.selected(in: store.catalog()).survey.id, institution: institution)
            }.filter { request in
                switch status {
                case nil: true
                case .overdue?: request.isOverdue(on: day)
                case let filter?: request.status.rawValue == filter.rawValue
                }
            }
            func state(_ request: ImprovementRequestRecord) -> String {
                request.isOverdue(on: day) ? "overdue" : request.status.rawValue
            }
            switch format {
            case .json:
                Terminal.out(try JSONOutput.string(JSONValue.array(requests.map { $0.json(status: state($0)) })))
            case .csv:
                Terminal.out(CSV.document(header: ["id", "institution", "measure", "critical", "letter", "status", "due", "action", "planned_by",
                                                   "contest", "note"],
                                          rows: requests.map { request in
                                              [.number(Double(request.id)), .text(request.institution), .text(request.measure),
                                               .text(request.critical ? "yes" : "no"), .text(request.letterNumber), .text(state(request)),
                                               .text(request.due.description), .text(request.lastReply?.action ?? ""),
                                               .text(request.lastReply?.plannedBy?.description ?? ""), .text(request.lastReply?.contest ?? ""),
                                               .text(request.lastNote ?? "")]
                                          }), terminator: "")
            case .table:
                let header = [Message(en: "id", ja: "番号"), Message(en: "institution", ja: "機関"), Message(en: "measure", ja: "評価項目"),
                              Message(en: "status", ja: "状況"), Message(en: "due", ja: "期限"), Message(en: "reply", ja: "回答")].map { $0.text(lang) }
                var table = TextTable(header: header, rows: requests.map { request in
                    [String(request.id), request.institution, request.measure + (request.critical ? " *" : ""), state(request),
                     request.due.description, request.lastReply.map { String($0.action.prefix(40)) + ($0.contest == nil ? "" : " [contest]") } ?? "-"]
                })
                table.rightAligned = [0]
                Terminal.out(table.render())
                Terminal.out(Message(en: "\(requests.count) requests (* critical)", ja: "改善依頼 \(requests.count) 件（* は重要項目）").text(lang))
            }
        }
    }

    /// `chosa requests review ID --accept|--return --note …`.
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "Accept or return an institution's reply to a request. / 改善依頼への回答を受理又は差し戻します。",
            discussion: """
            --accept closes the request and records the improvement as an override of the measure to met with your note \
            (a contest decided in the institution's favour is accepted the same way); rescore with `chosa score`. \
            --return reopens it; the institution sees your note on the portal and in the API.
            """
        )

        @Argument(help: "Request id (from `chosa requests list`). / 改善依頼の番号")
        var id: Int64
        @Flag(name: .long, help: "Accept the reply. / 受理")
        var accept = false
        @Flag(name: .customLong("return"), help: "Return the reply with a note. / 差し戻し")
        var giveBack = false
        @Option(name: .long, help: "Why. / 理由")
        var note: String
        @OptionGroup var database: DatabaseOption
        @OptionGroup var language: LanguageOption

        func validate() throws {
            guard accept != giveBack else { throw ValidationError("give exactly one of --accept and --return / --accept か --return のどちらか一つを指定してください") }
        }

        func run() throws {
            let lang = language.language
            let store = try database.open(lang)
            let updated = try storeStep(lang) { () throws(StoreError) in
                try store.reviewRequest(id, accept: accept, note: note, by: database.actor)
            }
            Terminal.out(accept
                ? Message(en: "request \(id) (\(updated.institution) \(updated.measure)): accepted and closed; \(updated.measure) is overridden to met",
                          ja: "改善依頼 \(id)（\(updated.institution) \(updated.measure)）を受理し、完了しました。評価項目は「充足」に上書きされています").text(lang)
                : Message(en: "request \(id) (\(updated.institution) \(updated.measure)): returned to the institution with your note",
                          ja: "改善依頼 \(id)（\(updated.institution) \(updated.measure)）を理由を付して差し戻しました").text(lang))
        }
    }
}
