import Foundation
import SurveyCore
import SurveyOffice
import Testing

@Suite struct XLSFormImportTests {
    private let deadline = CivilDate(year: 2026, month: 12, day: 31) ?? CivilDate(daysSinceEpoch: 0)

    private func importFixture(_ path: String) throws -> XLSFormImporter.Result {
        try XLSFormImporter.convert(xlsx: try OfficeFixtures.data(path), source: path, fallbackID: "fixture", fallbackDeadline: deadline)
    }

    private func unsupportedCells(_ result: XLSFormImporter.Result) -> [String] {
        result.notes.filter { $0.severity == .unsupported }.map(\.cell)
    }

    @Test func bilingualFormBecomesABilingualSurveyInTheFormsOrder() throws {
        let result = try importFixture("bilingual.xlsx")
        let survey = try #require(result.survey, "\(result.notes) \(result.diagnostics)")
        #expect(survey.id == "integrity-pilot" && survey.version == "2024.1")
        #expect(survey.languages == ["ja", "en"])
        #expect(survey.title == LocalizedText(["ja": "研究インテグリティ試行調査", "en": "Research integrity pilot survey"]))
        #expect(survey.deadline == CivilDate(year: 2024, month: 10, day: 31))
        #expect(survey.sections.map(\.id) == ["profile", "practice"])
        #expect(survey.sections[0].description?.values["en"] == "As of 1 May 2023")
        #expect(survey.sections[1].relevant?.source == "${policy_status} = 'in_force'")
        #expect(survey.slots.map(\.item.id) == ["staff_count", "budget_share", "policy_date", "policy_status", "lead_office", "offices",
                                                "office_other", "notes", "agreements_note", "agreements", "partner", "amount_jpy",
                                                "amount_total", "policy_document"])
        let types = survey.slots.map(\.item.type)
        #expect(types == [.integer, .decimal, .date, .selectOne, .selectOne, .selectMultiple, .text, .longText, .note, .repeat, .text,
                          .integer, .calculate, .evidence])
        let staff = try #require(survey.item("staff_count"))
        #expect(staff.required == .always)
        #expect(staff.constraint?.source == ". >= 0")
        #expect(staff.constraintMessage == LocalizedText(["ja": "0以上の整数を入力してください", "en": "Enter a whole number of 0 or more"]))
        #expect(survey.item("budget_share")?.required == .optional)
        #expect(survey.item("policy_status")?.required == .always)
        #expect(survey.item("lead_office")?.choices == "offices")
        #expect(survey.item("agreements")?.maxCount == 50)
        #expect(survey.item("amount_total")?.calculation?.source == "sum(${amount_jpy})")
        #expect(survey.choiceList("status")?.choices.map(\.value) == ["in_force", "drafting", "none"])
        #expect(survey.choiceList("offices")?.choices.last?.label == LocalizedText(["ja": "その他", "en": "Other"]))
        // The one thing chosa cannot carry: a default answer.
        #expect(unsupportedCells(result) == ["survey!O12"])
        let yaml = try #require(result.yaml)
        #expect(yaml.contains("      - id: staff_count\n        type: integer\n        required: true\n"))
        #expect(yaml.contains("text: {ja: \"研究者数\", en: \"Number of researchers\"}"))
    }

    @Test func everyUnsupportedConstructIsReportedByItsCell() throws {
        let result = try importFixture("unsupported.xlsx")
        let survey = try #require(result.survey)
        #expect(survey.slots.map(\.item.id) == ["name_of_unit", "colour", "floors", "where_note"])
        let notes = Dictionary(result.notes.filter { $0.severity == .unsupported }.map { ($0.cell, $0.message.en) }) { first, _ in first }
        #expect(notes["survey!A2"]?.contains("device metadata 'start'") == true)
        #expect(notes["survey!A3"]?.contains("device metadata 'deviceid'") == true)
        #expect(notes["survey!A5"] == "type 'geopoint' is not supported; the question is left out")
        #expect(notes["survey!A6"]?.contains("'image'") == true)
        #expect(notes["survey!A7"]?.contains("'audio'") == true)
        #expect(notes["survey!A8"]?.contains("'barcode'") == true)
        #expect(notes["survey!A9"]?.contains("select_one_from_file") == true)
        #expect(notes["survey!A10"]?.contains("or specify other") == true)
        #expect(notes["survey!A11"]?.contains("loops") == true)
        #expect(notes["survey!A12"] == nil, "questions inside a loop go with it, unreported one by one")
        #expect(result.notes.allSatisfy { !$0.message.ja.isEmpty })
        // An unmarked single-language form becomes a single-language survey; the guess is a warning.
        #expect(survey.languages == ["en"])
        #expect(result.notes.contains { $0.severity == .warning && $0.message.en.contains("does not name its language") })
    }

    @Test func pyxformsSpecTestImportsWhatChosaCanCarry() throws {
        let result = try importFixture("pyxform/xlsform_spec_test.xlsx")
        let survey = try #require(result.survey, "\(result.notes) \(result.diagnostics)")
        #expect(survey.languages == ["en", "zh"])
        #expect(survey.sections.map(\.id) == ["part_1", "everything", "part_2"])
        #expect(survey.item("address")?.text == LocalizedText(["en": "Enter an address", "zh": "您好"]))
        #expect(survey.item("a_decimal")?.constraint?.source == ". <= ${a_integer}")
        #expect(survey.item("repeat_test")?.maxCount == 2)
        #expect(survey.item("required_text")?.required == .always)
        #expect(survey.item("select_multiple_test")?.type == .selectMultiple)
        #expect(survey.item("calculate_test")?.calculation?.source == "2+2")
        // Every type chosa cannot carry, each device-metadata field, the media-only note and the names that are not ids.
        let expected: Set<String> = ["survey!A30", "survey!A32", "survey!A33", "survey!A34", "survey!A35", "survey!A36", "survey!A37",
                                     "survey!A38", "survey!A42", "survey!A44", "survey!A46", "survey!A48", "survey!A50", "survey!A52",
                                     "survey!B21", "survey!B22", "survey!B27", "survey!B28", "survey!E10",
                                     // The group whose only questions had names that are not ids is left out as empty.
                                     "survey!B20"]
        #expect(Set(unsupportedCells(result)) == expected)
    }

    @Test(arguments: [
        ("pyxform/yes_or_no_question.xlsx", ["good_day"], ["en"]),
        ("pyxform/text_and_integer.xlsx", ["your_name", "your_age"], ["en"]),
        ("pyxform/group.xlsx", ["family_name", "age"], ["en"]),
        ("pyxform/case_insensitivity.xlsx", ["q1"], ["en"]),
        ("pyxform/specify_other.xlsx", ["sex"], ["en"]),
        ("pyxform/or_other.xlsx", ["fav_color", "fav_pastel"], ["en"]),
        ("pyxform/loop.xlsx", ["available_toilet_types"], ["en"]),
    ])
    func smallPyxformExamplesImport(path: String, ids: [String], languages: [String]) throws {
        let result = try importFixture(path)
        let survey = try #require(result.survey, "\(result.notes) \(result.diagnostics)")
        #expect(survey.slots.filter { !$0.item.type.isContainer }.map(\.item.id) == ids)
        #expect(survey.languages == languages)
        let reloaded = SurveyLoader.load(yaml: Data(try #require(result.yaml).utf8), file: "survey.yaml")
        #expect(reloaded.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test func aWorkbookWithoutASurveySheetIsNotAnXLSForm() throws {
        let workbook = Workbook(sheets: [Worksheet(name: "Sheet1", rows: [[Cell("type")]])])
        let result = XLSFormImporter.convert(workbook, source: "x.xlsx", fallbackID: "x", fallbackDeadline: deadline)
        #expect(result.yaml == nil && result.survey == nil)
        #expect(result.notes.first?.message.en.contains("no 'survey' sheet") == true)
    }

    @Test func problemsTheLoaderFindsAreTracedToTheirCell() throws {
        var survey = Worksheet(name: "survey")
        survey.append([Cell("type"), Cell("name"), Cell("label"), Cell("relevant")])
        survey.append([Cell("integer"), Cell("a"), Cell("A"), Cell(.empty)])
        survey.append([Cell("integer"), Cell("b"), Cell("B"), Cell("${nowhere} > 1")])
        survey.append([Cell("integer"), Cell("a"), Cell("Again"), Cell(.empty)])
        let result = XLSFormImporter.convert(Workbook(sheets: [survey]), source: "x.xlsx", fallbackID: "x", fallbackDeadline: deadline)
        let loaded = try #require(result.survey)
        #expect(loaded.slots.map(\.item.id) == ["a", "b"])
        #expect(loaded.item("b")?.relevant == nil)
        #expect(Set(unsupportedCells(result)) == ["survey!D3", "survey!B4"])
    }
}
