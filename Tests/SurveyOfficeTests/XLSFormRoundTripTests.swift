import Foundation
import SurveyCore
import SurveyOffice
import Testing

@Suite struct XLSFormRoundTripTests {
    private let deadline = CivilDate(year: 2026, month: 12, day: 31) ?? CivilDate(daysSinceEpoch: 0)

    private func roundTrip(_ survey: SurveyDefinition) throws -> XLSFormImporter.Result {
        let bytes = try WorkbookWriter.data(XLSFormExporter.workbook(survey))
        return try XLSFormImporter.convert(xlsx: bytes, source: "export.xlsx", fallbackID: "other", fallbackDeadline: deadline)
    }

    @Test func theRealQuestionnaireSurvivesExportAndImport() throws {
        let original = try OfficeFixtures.realSurvey()
        let result = try roundTrip(original)
        let imported = try #require(result.survey, "\(result.notes) \(result.diagnostics)")
        #expect(result.notes.isEmpty, "\(result.notes)")
        #expect(OfficeFixtures.withoutPositions(imported) == OfficeFixtures.withoutPositions(original))
        // Spot checks that would show a field silently lost on both sides.
        #expect(imported.slots.map(\.item.type) == original.slots.map(\.item.type))
        #expect(imported.description == original.description)
        #expect(imported.slots.compactMap(\.item.minCount) == original.slots.compactMap(\.item.minCount))
        #expect(imported.slots.map(\.item.accept) == original.slots.map(\.item.accept))
    }

    @Test func anImportedFormExportsAndImportsToTheSameDefinition() throws {
        let first = try XLSFormImporter.convert(xlsx: try OfficeFixtures.data("bilingual.xlsx"), source: "bilingual.xlsx",
                                                fallbackID: "x", fallbackDeadline: deadline)
        let survey = try #require(first.survey)
        let second = try #require(try roundTrip(survey).survey)
        #expect(OfficeFixtures.withoutPositions(second) == OfficeFixtures.withoutPositions(survey))
    }

    @Test func theExportIsAnXLSFormOtherToolsRead() throws {
        let workbook = try WorkbookReader.read(try WorkbookWriter.data(XLSFormExporter.workbook(try OfficeFixtures.realSurvey())))
        #expect(workbook.sheets.map(\.name) == ["survey", "choices", "settings"])
        let survey = try #require(workbook.sheet(named: "survey"))
        #expect(survey.value(row: 1, column: 1) == .text("type"))
        #expect(survey.value(row: 1, column: 3) == .text("label::Japanese (ja)"))
        #expect(survey.value(row: 2, column: 1) == .text("begin group"))
        // yes/no questions travel as select_one over a yes/no list, marked for chosa.
        let types = (1...survey.rows.count).map { survey.value(row: $0, column: 1).text }
        #expect(types.contains("select_one yes_no"))
        #expect(types.filter { $0 == "begin group" }.count == types.filter { $0 == "end group" }.count)
    }
}
