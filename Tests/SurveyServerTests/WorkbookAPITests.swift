import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SurveyCore
import SurveyOffice
import SurveyServer
import SurveyStore
import Testing

/// `GET`/`PUT /api/v1/response.xlsx` (DESIGN §5.12): a workbook download, filled offline, is a draft save with the same rules.
@Suite struct WorkbookAPITests {
    static let mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    private func download(_ api: APIClient, language: String = "ja") async throws -> Workbook {
        let response = try await api.get("response.xlsx?lang=\(language)")
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == Self.mediaType)
        #expect(response.headers[.contentDisposition]?.contains(".xlsx") == true)
        return try WorkbookReader.read(Data(response.body.readableBytesView))
    }

    private func upload(_ api: APIClient, _ workbook: Workbook) async throws -> TestResponse {
        try await upload(api, try WorkbookWriter.data(workbook))
    }

    private func upload(_ api: APIClient, _ data: Data) async throws -> TestResponse {
        try await api.client.execute(uri: "/api/v1/response.xlsx", method: .put, headers: api.headers(Self.mediaType),
                                     body: ByteBuffer(bytes: data))
    }

    /// Types `value` into the answer cell of the row whose id is `id`, on whichever sheet holds it.
    private func fill(_ workbook: inout Workbook, _ id: String, _ value: CellValue) throws {
        for index in workbook.sheets.indices {
            let sheet = workbook.sheets[index]
            guard sheet.name != "cover", let row = (1...max(1, sheet.rows.count)).first(where: { sheet.value(row: $0, column: 1) == .text(id) })
            else { continue }
            while workbook.sheets[index].rows[row - 1].count < 3 { workbook.sheets[index].rows[row - 1].append(.empty) }
            workbook.sheets[index].rows[row - 1][2] = Cell(value, locked: false)
            return
        }
        Issue.record("no row for \(id)")
    }

    private func fillRepeat(_ workbook: inout Workbook, sheet name: String, rows: [[CellValue]]) throws {
        let index = try #require(workbook.sheets.firstIndex { $0.name == name })
        for (offset, values) in rows.enumerated() {
            let row = AnswerWorkbookLayout.repeatHeaderRows + offset
            while workbook.sheets[index].rows.count <= row { workbook.sheets[index].rows.append([]) }
            workbook.sheets[index].rows[row] = values.map { Cell($0, locked: false) }
        }
    }

    @Test func downloadFillUploadSavesEveryItemType() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: harness.token("NU-001"))
            var workbook = try await download(api)
            #expect(workbook.sheets.map(\.name) == ["cover", "basics", "details", "partners", "lists"])
            try fill(&workbook, "has_office", .text("はい"))
            try fill(&workbook, "office_name", .text("研究推進部"))
            try fill(&workbook, "colour", .text("Blue"))
            try fill(&workbook, "colours", .text("赤; その他"))
            try fill(&workbook, "staff", .number(12))
            try fill(&workbook, "fte", .text("10.5"))
            try fill(&workbook, "founded", .number(36_617))
            try fill(&workbook, "story", .text("一行目\n二行目"))
            try fill(&workbook, "reviewed", .text("いいえ"))
            try fillRepeat(&workbook, sheet: "partners", rows: [[.text("X Institute"), .number(100)], [.text("Y 大学"), .empty]])

            let saved = try await upload(api, workbook)
            #expect(saved.status == .ok, "\(saved.text)")
            #expect(try saved.json()["revision"]?.number == 1)

            let draft = try await api.get("response").json()
            #expect(draft["revision"]?.number == 1)
            #expect(draft["answers"] == .object([
                "has_office": "yes", "office_name": "研究推進部", "colour": "blue", "colours": ["red", "other"], "staff": 12,
                "fte": .number(10.5), "founded": "2000-04-01", "story": "一行目\n二行目", "reviewed": "no",
                "partners": [.object(["partner": "X Institute", "amount": 100]), .object(["partner": "Y 大学"])],
            ]))
            // The next download holds the saved answers at the new revision.
            let again = try await download(api, language: "en")
            #expect(again.sheet(named: "cover")?.value(row: 6, column: 2) == .number(1))
            let basics = try #require(again.sheet(named: "basics"))
            #expect((1...basics.rows.count).contains { basics.value(row: $0, column: 3) == .text("Yes") })
        }
    }

    @Test func aWorkbookDownloadedBeforeSomeoneElseSavedIs409WithTheirChanges() async throws {
        let harness = try Harness.make(keys: 2)
        try await harness.app().test(.router) { client in
            let alice = APIClient(client, token: harness.token("NU-001"))
            let bob = APIClient(client, token: harness.token("NU-001", 1))
            var workbook = try await download(alice)
            #expect(try await bob.save(["staff": 3], base: 0).status == .ok)
            try fill(&workbook, "staff", .number(12))
            let refused = try await upload(alice, workbook)
            #expect(refused.status == .conflict)
            let body = try refused.json()
            #expect(body["current_revision"]?.number == 1)
            #expect(body["changed_items"] == ["staff"])
            #expect(try await alice.get("response").json()["answers"] == .object(["staff": 3]))
        }
    }

    @Test func badValuesAre422NamedByCellAndNothingIsSaved() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: harness.token("NU-001"))
            var workbook = try await download(api)
            try fill(&workbook, "staff", .text("十二人"))
            try fill(&workbook, "colour", .text("緑"))
            try fill(&workbook, "office_name", .text("Office"))
            let refused = try await upload(api, workbook)
            #expect(refused.status == .unprocessableContent)
            let problems = try refused.json()["problems"]?.array ?? []
            let staffRow = try #require(workbook.sheet(named: "basics").flatMap { sheet in
                (1...sheet.rows.count).first { sheet.value(row: $0, column: 1) == .text("staff") } })
            #expect(problems.contains { $0["path"]?.string == "basics!C\(staffRow)" && $0["message"]?["ja"]?.string == "整数を入力してください" })
            #expect(problems.count == 2)
            let draft = try await api.get("response").json()
            #expect(draft["revision"]?.number == 0)
            #expect(draft["answers"] == .object([:]))
        }
    }

    @Test func problemsTheValidatorFindsAreNamedByCell() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: harness.token("NU-001"))
            var workbook = try await download(api)
            try fill(&workbook, "staff", .number(-3))
            let saved = try await upload(api, workbook)
            // A broken constraint is saved (work is never lost) and reported by the cell it came from.
            #expect(saved.status == .ok)
            let paths = try saved.json()["problems"]?.array.compactMap { $0["path"]?.string } ?? []
            #expect(paths.contains { $0.hasPrefix("basics!C") })
        }
    }

    @Test func hostileAndOversizedWorkbooksAreRefused() async throws {
        var configuration = ServerConfiguration(port: 0)
        configuration.maxUploadBytes = 64 * 1024
        let harness = try Harness.make(configuration: configuration)
        try await harness.app().test(.router) { client in
            let api = APIClient(client, token: harness.token("NU-001"))
            let notZip = try await upload(api, Data("id,answer\nstaff,12\n".utf8))
            #expect(notZip.status == .badRequest)
            #expect(try notZip.json()["message"]?["en"]?.string?.contains("not an Excel workbook") == true)
            let legacy = try await upload(api, Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)))
            #expect(legacy.status == .badRequest)
            let huge = try await upload(api, Data(repeating: 0x50, count: 70 * 1024))
            #expect(huge.status == .contentTooLarge)
            #expect(try await api.get("response").json()["revision"]?.number == 0)
        }
    }

    @Test func anotherInstitutionsWorkbookCannotOverwriteTheirs() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            let first = APIClient(client, token: harness.token("NU-001"))
            let second = APIClient(client, token: harness.token("PU-002"))
            var workbook = try await download(first)
            try fill(&workbook, "staff", .number(5))
            let refused = try await upload(second, workbook)
            #expect(refused.status == .unprocessableContent)
            #expect(try refused.json()["problems"]?.array.first?["path"]?.string == "cover!B8")
            #expect(try await first.get("response").json()["answers"] == .object([:]))
            #expect(try await second.get("response").json()["answers"] == .object([:]))
        }
    }
}

/// The portal's side of offline answering: the overview's link and upload form.
@Suite struct WorkbookPortalTests {
    @Test func theOverviewOffersTheWorkbookAndAnUploadSavesIt() async throws {
        let harness = try Harness.make()
        try await harness.app().test(.router) { client in
            var browser = Browser(client)
            _ = try await browser.logIn(harness.token("NU-001"))
            let overview = try await browser.get("/portal")
            #expect(overview.text.contains("href=\"/portal/response.xlsx\""))
            #expect(overview.text.contains("action=\"/portal/response.xlsx\""))
            let csrf = Browser.hidden("_csrf", in: overview.text)
            let downloaded = try await browser.get("/portal/response.xlsx")
            #expect(downloaded.status == .ok)
            var workbook = try WorkbookReader.read(Data(downloaded.body.readableBytesView))
            let index = try #require(workbook.sheets.firstIndex { $0.name == "basics" })
            let row = try #require((1...workbook.sheets[index].rows.count).first { workbook.sheets[index].value(row: $0, column: 1) == .text("staff") })
            while workbook.sheets[index].rows[row - 1].count < 3 { workbook.sheets[index].rows[row - 1].append(.empty) }
            workbook.sheets[index].rows[row - 1][2] = Cell(.number(42), locked: false)
            let bytes = try WorkbookWriter.data(workbook)

            let forged = try await browser.post("/portal/response.xlsx", [("_csrf", "forged")], files: [("workbook", "answers.xlsx", bytes)])
            #expect(forged.status == .forbidden)
            let uploaded = try await browser.post("/portal/response.xlsx", [("_csrf", csrf)], files: [("workbook", "answers.xlsx", bytes)])
            #expect(uploaded.status == .seeOther)
            #expect(uploaded.headers[.location] == "/portal/review")
            #expect(try harness.store.draft(institution: "NU-001", survey: "all-types")?.answers["staff"] == .number(42))

            let stale = try await browser.post("/portal/response.xlsx", [("_csrf", csrf)], files: [("workbook", "answers.xlsx", bytes)])
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("staff"))
        }
    }
}
