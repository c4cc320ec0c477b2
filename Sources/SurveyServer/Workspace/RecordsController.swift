import Foundation
import Hummingbird
import NIOCore
import SurveyCore
import SurveyOffice
import SurveyReports
import SurveyServices
import SurveyStore

/// The season's records: improvement requests and their review, the audit log with filters, the exports, and
/// the public report's preview.
struct RecordsController {
    let pages: WorkspacePages

    func addRoutes(to group: RouterGroup<WorkspaceRequestContext>) {
        group.get("requests", use: requests)
        group.post("requests/:id/review", use: review)
        group.get("audit", use: audit)
        group.get("exports", use: exports)
        group.get("exports/:file", use: exportFile)
        group.get("report", use: report)
        group.get("report/:file", use: reportPreview)
    }

    @Sendable func requests(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let language = PortalLanguage.of(request)
        let (_, survey) = try await pages.survey(request)
        let store = pages.store
        let surveyID = survey.survey.id
        let (records, institutions) = try await StoreWork.run { () throws(StoreError) in
            (try store.requests(survey: surveyID), try store.institutions())
        }
        let names = Dictionary(institutions.map { ($0.id, WorkspacePages.name($0, language)) }, uniquingKeysWith: { first, _ in first })
        let titles = Dictionary(survey.rubric.domains.flatMap(\.measures).map { ($0.id, $0.title.text(language)) }, uniquingKeysWith: { first, _ in first })
        let order: [ImprovementRequestRecord.Status] = [.replied, .open, .closed]
        let sorted = records.sorted { (order.firstIndex(of: $0.status) ?? 3, $0.id) < (order.firstIndex(of: $1.status) ?? 3, $1.id) }
        var page = pages.base(request, context: context, title: WorkspaceText.text("requests", language))
        page["hasRows"] = !sorted.isEmpty
        page["rows"] = sorted.map { record -> [String: Any] in
            var fields: [String: Any] = [
                "id": String(record.id), "letter": record.letterNumber, "institutionID": record.institution,
                "institution": names[record.institution] ?? record.institution, "measure": titles[record.measure] ?? record.measure,
                "critical": record.critical, "due": WorkspacePages.shownDate(record.due, language),
                "status": WorkspaceText.text(record.status.rawValue, language), "reviewable": record.status == .replied,
            ]
            if let reply = record.lastReply {
                fields["action"] = reply.action
                if let by = reply.plannedBy { fields["plannedBy"] = WorkspacePages.shownDate(by, language) }
                if let contest = reply.contest, !contest.isEmpty { fields["contest"] = contest }
            }
            if let note = record.lastNote, !note.isEmpty { fields["note"] = note }
            return fields
        }
        return pages.html("requests", page)
    }

    @Sendable func review(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let analyst = try context.require(.analyst)
        let form = try await WorkspaceForms.read(request, context: context, configuration: pages.configuration)
        guard let id = context.parameters.get("id").flatMap(Int64.init) else { throw PortalError.notFound(Message(en: "No such request.", ja: "該当する要請はありません。")) }
        let decision = form.value("decision")
        guard decision == "accept" || decision == "return" else {
            throw PortalError.badRequest(Message(en: "Choose accept or return.", ja: "承認又は差戻しを選んでください。"))
        }
        let (store, now, note) = (pages.store, pages.clock.now(), form.value("note") ?? "")
        try await StoreWork.run { () throws(StoreError) in
            _ = try store.reviewRequest(id, accept: decision == "accept", note: note, by: Actor(analyst.name, at: now))
        }
        return WorkspacePages.saved(request, "/requests")
    }

    @Sendable func audit(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let language = PortalLanguage.of(request)
        let query = request.uri.queryParameters
        func value(_ key: String) -> String { String((query.get(key) ?? "").trimmingCharacters(in: .whitespaces).prefix(100)) }
        var filter = AuditFilter()
        var page = pages.base(request, context: context, title: WorkspaceText.text("audit", language))
        for key in ["institution", "analyst", "from", "to"] { page[key] = value(key) }
        if !value("institution").isEmpty { filter.institution = value("institution") }
        if !value("analyst").isEmpty { filter.actor = value("analyst") }
        let from = value("from"), through = value("to")
        if !from.isEmpty { filter.from = CivilDate(iso: from) }
        if !through.isEmpty { filter.through = CivilDate(iso: through) }
        if (!from.isEmpty && filter.from == nil) || (!through.isEmpty && filter.through == nil) {
            page["filterError"] = Message(en: "Write dates as YYYY-MM-DD; the date filter was not applied.",
                                          ja: "日付は YYYY-MM-DD の形式で入力してください。日付による絞り込みは適用していません。").text(language)
        }
        let store = pages.store
        let rows = try await StoreWork.run { [filter] () throws(StoreError) in try store.auditEntries(filter) }
        page["rows"] = rows.map { row -> [String: Any] in
            ["at": WorkspacePages.shownTime(row.at), "actor": row.actor, "action": row.action, "entity": row.entity, "entityID": row.entityID,
             "after": String((row.after ?? "").prefix(300))]
        }
        return pages.html("audit", page)
    }

    /// The files on the exports page: name, phrase, and how to make it.
    private static let exportFiles: [(file: String, label: Message)] = [
        ("responses.json", Message(en: "Latest submissions as response files (JSON; imports back unchanged)", ja: "最新の提出内容（回答ファイル形式 JSON、再取込可）")),
        ("responses.csv", Message(en: "Latest submissions, one row per institution (CSV for Excel)", ja: "最新の提出内容（1 機関 1 行、Excel 用 CSV）")),
        ("responses.xlsx", Message(en: "Latest submissions as an Excel workbook (one sheet for the answers, one per repeated list)",
                                   ja: "最新の提出内容（Excel ブック。回答の本表と、繰返し項目ごとのシート）")),
        ("scores.csv", Message(en: "Current scores with margins and domain laxities (CSV)", ja: "現在の評価結果（判定の余裕・領域別未充足率を含む CSV）")),
    ]

    @Sendable func exports(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let language = PortalLanguage.of(request)
        var page = pages.base(request, context: context, title: WorkspaceText.text("exports", language))
        page["files"] = Self.exportFiles.map { ["file": $0.file, "label": $0.label.text(language)] }
        return pages.html("exports", page)
    }

    @Sendable func exportFile(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let name = context.parameters.get("file") ?? ""
        let (catalog, survey) = try await pages.survey(request)
        let store = pages.store
        let surveyID = survey.survey.id
        let (body, type): (Data, String)
        switch name {
        case "responses.json":
            body = try await StoreWork.run { () throws(StoreError) in try ResponseExport(store: store).json(surveyID: surveyID) }
            type = "application/json"
        case "responses.csv":
            let tables = try await StoreWork.run { () throws(StoreError) in try ResponseExport(store: store).tables(surveyID: surveyID) }
            body = Data((tables.first { $0.repeatID == nil }?.csv(excel: true) ?? "").utf8)
            type = "text/csv; charset=utf-8"
        case "responses.xlsx":
            let tables = try await StoreWork.run { () throws(StoreError) in try ResponseExport(store: store).tables(surveyID: surveyID) }
            do {
                body = try TableWorkbook.data(tables.map { TableWorkbook.Table(name: $0.repeatID ?? "responses", header: $0.header, rows: $0.rows) })
            } catch {
                throw PortalError.badRequest(error.message)
            }
            type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "scores.csv":
            let cards = try await StoreWork.run { () throws(StoreError) in try CurrentScores.cards(store: store, catalog: catalog, survey: surveyID) }
            body = Data(ScoreCSV.document(cards.values.map(\.card).sorted { $0.institution < $1.institution }, rubric: survey.rubric, excel: true).utf8)
            type = "text/csv; charset=utf-8"
        default:
            throw PortalError.notFound(Message(en: "There is no export named '\(name)'.", ja: "「\(name)」という出力はありません。"))
        }
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentDisposition] = ContentDisposition.attachment("\(surveyID)-\(name)")
        headers[.cacheControl] = "private, no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    @Sendable func report(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let language = PortalLanguage.of(request)
        var page = pages.base(request, context: context, title: WorkspaceText.text("report", language))
        page["editions"] = [["file": "preview.ja.html", "lang": "ja", "label": "日本語"], ["file": "preview.en.html", "lang": "en", "label": "English"]]
        return pages.html("report", page)
    }

    /// The report as `chosa report` would write it now, rendered in memory (nothing is written to disk).
    @Sendable func reportPreview(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let file = context.parameters.get("file") ?? ""
        guard let language: Language = file == "preview.ja.html" ? .ja : file == "preview.en.html" ? .en : nil else {
            throw PortalError.notFound(Message(en: "No such preview.", ja: "該当するプレビューはありません。"))
        }
        let (_, survey) = try await pages.survey(request)
        let (store, now, surveyID) = (pages.store, pages.clock.now(), survey.survey.id)
        let html = try await BlockingWork.run { () throws(PortalError) -> String in
            do {
                let input = try ReportSource.input(store: store, surveyID: surveyID, now: now, version: ChosaVersion.current)
                let report = ReportPublisher.publish(input, rules: DisclosureRules(minimumCell: DisclosureRules.defaultMinimumCell))
                return try HTMLReport(report, language: language, otherEdition: nil).render()
            } catch {
                throw PortalError.badRequest(Message(en: "The report cannot be made yet: \(error)", ja: "公表資料をまだ作成できません：\(error)"))
            }
        }
        return WorkspacePages.document(html)
    }
}
