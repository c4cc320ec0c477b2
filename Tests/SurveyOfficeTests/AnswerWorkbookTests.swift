import Foundation
import SurveyCore
import SurveyOffice
import Testing

@Suite struct AnswerWorkbookTests {
    private func bilingualSurvey() throws -> SurveyDefinition {
        let deadline = try #require(CivilDate(year: 2026, month: 12, day: 31))
        let result = try XLSFormImporter.convert(xlsx: try OfficeFixtures.data("bilingual.xlsx"), source: "bilingual.xlsx",
                                                 fallbackID: "x", fallbackDeadline: deadline)
        return try #require(result.survey)
    }

    private func context(_ language: Language, revision: Int = 7) -> AnswerWorkbook.Context {
        AnswerWorkbook.Context(institutionID: "NU-001", institutionName: "東京大学", revision: revision, language: language)
    }

    /// The row of a section sheet whose id column holds `id`.
    private func row(of id: String, in sheet: Worksheet) throws -> Int {
        try #require((1...sheet.rows.count).first { sheet.value(row: $0, column: 1) == .text(id) }, "no row for \(id)")
    }

    private func setAnswer(_ value: CellValue, for id: String, sheet name: String, in workbook: inout Workbook) throws {
        let index = try #require(workbook.sheets.firstIndex { $0.name == name })
        let row = try row(of: id, in: workbook.sheets[index])
        // A sheet read back has no cells where nothing was written.
        while workbook.sheets[index].rows[row - 1].count < 3 { workbook.sheets[index].rows[row - 1].append(.empty) }
        workbook.sheets[index].rows[row - 1][2] = Cell(value, locked: false)
    }

    @Test(arguments: ["NU-001", "PU-002", "PR-003", "RA-004"], [Language.ja, .en])
    func realAnswersComeBackUnchanged(institution: String, language: Language) throws {
        let survey = try OfficeFixtures.realSurvey()
        let url = OfficeFixtures.realSurveyFile.deletingLastPathComponent().appendingPathComponent("examples/\(institution).json")
        let response = try #require(try ResponseFile.read(try Data(contentsOf: url)).first?.response)
        let bytes = try WorkbookWriter.data(AnswerWorkbook.build(survey, context: context(language), answers: response.answers))
        let reading = try AnswerWorkbookReader.read(bytes, survey: survey)
        #expect(reading.revision == 7)
        #expect(reading.answers == response.answers)
    }

    @Test func theWorkbookHasACoverSectionSheetsRepeatsAndDropDowns() throws {
        let survey = try bilingualSurvey()
        let workbook = AnswerWorkbook.build(survey, context: context(.ja), answers: [:])
        #expect(workbook.sheets.map(\.name) == ["cover", "profile", "practice", "agreements", "lists"])
        let cover = try #require(workbook.sheet(named: "cover"))
        #expect(cover.value(row: 3, column: 2) == .text("東京大学"))
        #expect(cover.value(row: 5, column: 2) == .date(try #require(CivilDate(year: 2024, month: 10, day: 31))))
        #expect(cover.value(row: 5, column: 3) == .text("令和6年10月31日"))
        #expect(cover.value(row: 6, column: 2) == .number(7))
        let profile = try #require(workbook.sheet(named: "profile"))
        #expect((1...4).map { profile.value(row: 1, column: $0) } == [.text("id"), .text("question"), .text("answer"), .text("hint")])
        #expect(profile.isProtected)
        let statusRow = try row(of: "policy_status", in: profile)
        #expect(profile.rows[statusRow - 1][2].locked == false)
        #expect(profile.rows[statusRow - 1][0].locked)
        #expect(profile.validations.contains(DataValidation(range: "C\(statusRow)", rule: .list(source: "choices_status"), error: "一覧から選択してください。")))
        let practice = try #require(workbook.sheet(named: "practice"))
        let otherRow = try row(of: "office_other", in: practice)
        #expect(practice.value(row: otherRow, column: 2).text.contains("▶"), "a follow-up question carries its condition in words")
        #expect(workbook.sheet(named: "lists")?.visibility == .hidden)
        #expect(workbook.definedNames.contains { $0.name == "choices_status" && $0.formula.hasPrefix("'lists'!$") })
    }

    @Test func everyItemTypeFilledInTheWorkbookIsRead() throws {
        let survey = try bilingualSurvey()
        var workbook = try WorkbookReader.read(try WorkbookWriter.data(AnswerWorkbook.build(survey, context: context(.ja), answers: [:])))
        try setAnswer(.number(120), for: "staff_count", sheet: "profile", in: &workbook)
        try setAnswer(.text("１２．５"), for: "budget_share", sheet: "profile", in: &workbook)
        try setAnswer(.number(45_200), for: "policy_date", sheet: "profile", in: &workbook)
        try setAnswer(.text("施行中"), for: "policy_status", sheet: "profile", in: &workbook)
        try setAnswer(.text("Human resources"), for: "lead_office", sheet: "profile", in: &workbook)
        try setAnswer(.text("安全保障貿易管理; その他"), for: "offices", sheet: "practice", in: &workbook)
        try setAnswer(.text("研究推進部"), for: "office_other", sheet: "practice", in: &workbook)
        try setAnswer(.text("一行目\n二行目"), for: "notes", sheet: "practice", in: &workbook)
        let repeatIndex = try #require(workbook.sheets.firstIndex { $0.name == "agreements" })
        while workbook.sheets[repeatIndex].rows.count < 5 { workbook.sheets[repeatIndex].rows.append([]) }
        workbook.sheets[repeatIndex].rows[2] = [Cell("X Institute"), Cell(.number(1_200_000))]
        workbook.sheets[repeatIndex].rows[4] = [Cell("Y University"), Cell(.empty)]

        let reading = try AnswerWorkbookReader.read(try WorkbookWriter.data(workbook), survey: survey)

        #expect(reading.revision == 7)
        #expect(reading.answers == [
            "staff_count": .number(120), "budget_share": .number(12.5), "policy_date": .string("2023-10-01"),
            "policy_status": .string("in_force"), "lead_office": .string("human_resources"),
            "offices": .array([.string("export_control"), .string("other")]), "office_other": .string("研究推進部"),
            "notes": .string("一行目\n二行目"),
            "agreements": .array([.object(["partner": .string("X Institute"), "amount_jpy": .number(1_200_000)]),
                                  .object(["partner": .string("Y University")])]),
        ])
        #expect(reading.cells["staff_count"] == "profile!C3")
        #expect(reading.cells["agreements[1].partner"] == "agreements!A5")
    }

    @Test func wrongCellsAreNamedBySheetAndCell() throws {
        let survey = try bilingualSurvey()
        var workbook = AnswerWorkbook.build(survey, context: context(.ja), answers: [:])
        try setAnswer(.text("たくさん"), for: "staff_count", sheet: "profile", in: &workbook)
        try setAnswer(.number(3.5), for: "staff_count", sheet: "profile", in: &workbook)
        try setAnswer(.text("2023-02-30"), for: "policy_date", sheet: "profile", in: &workbook)
        try setAnswer(.text("施行済み"), for: "policy_status", sheet: "profile", in: &workbook)
        let repeatIndex = try #require(workbook.sheets.firstIndex { $0.name == "agreements" })
        workbook.sheets[repeatIndex].rows[2] = [Cell("X"), Cell("百万")]
        let bytes = try WorkbookWriter.data(workbook)
        do {
            _ = try AnswerWorkbookReader.read(bytes, survey: survey)
            Issue.record("a workbook with wrong cells was read")
        } catch {
            guard case let .problems(problems) = error else { throw error }
            #expect(problems.map(\.cell) == ["profile!C3", "profile!C5", "profile!C6", "agreements!B3"])
            #expect(problems.first?.message.ja == "整数を入力してください")
            #expect(problems.first?.itemID == "staff_count")
        }
    }

    @Test func aWorkbookForAnotherSurveyOrWithoutItsRevisionIsRefused() throws {
        let survey = try bilingualSurvey()
        var workbook = AnswerWorkbook.build(survey, context: context(.en), answers: [:])
        workbook.sheets[0].rows[5][1] = Cell(.empty)
        workbook.sheets[0].rows[6][1] = Cell("another-survey")
        let bytes = try WorkbookWriter.data(workbook)
        do {
            _ = try AnswerWorkbookReader.read(bytes, survey: survey)
            Issue.record("read a workbook without a revision")
        } catch {
            guard case let .problems(problems) = error else { throw error }
            #expect(problems.map(\.cell) == ["cover!B6", "cover!B7"])
        }
    }

    @Test func hostileFilesAreRefusedBeforeReading() throws {
        let survey = try bilingualSurvey()
        #expect(throws: AnswerWorkbookReader.Failure.unreadable(.macros(path: "xl/vbaProject.bin"))) {
            try AnswerWorkbookReader.read(try OfficeFixtures.data("hostile/macro.xlsm"), survey: survey)
        }
    }
}
