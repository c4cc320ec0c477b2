import Foundation
import SurveyCore
import SurveyOffice
import Testing

@Suite struct WorkbookTests {
    @Test func cellsSurviveWritingAndReading() throws {
        var sheet = Worksheet(name: "回答 profile")
        sheet.append([Cell("id", bold: true), Cell("answer", bold: true)])
        sheet.append([Cell("  leading spaces and 日本語\nsecond line"), Cell(.number(120), locked: false)])
        sheet.append([Cell(.number(-0.25)), Cell(.date(try #require(CivilDate(year: 2023, month: 10, day: 31))))])
        sheet.append([Cell(.bool(true)), Cell("a <tag> & \"quote\" \u{1}bell")])
        sheet.columnWidths = [1: 24, 2: 40]
        sheet.validations = [DataValidation(range: "B2", rule: .list(source: "choices_status"), prompt: "選択してください")]
        sheet.isProtected = true
        sheet.frozenRows = 1
        var hidden = Worksheet(name: "lists", rows: [[Cell("施行中")], [Cell("なし")]])
        hidden.visibility = .hidden
        let workbook = Workbook(sheets: [sheet, hidden], definedNames: [DefinedName(name: "choices_status", formula: "'lists'!$A$1:$A$2")])

        let back = try WorkbookReader.read(try WorkbookWriter.data(workbook))

        #expect(back.sheets.map(\.name) == ["回答 profile", "lists"])
        #expect(back.sheets.map(\.visibility) == [.visible, .hidden])
        #expect(back.definedNames == workbook.definedNames)
        let read = try #require(back.sheet(named: "回答 PROFILE"))
        #expect(read.value(row: 2, column: 1) == .text("  leading spaces and 日本語\nsecond line"))
        #expect(read.value(row: 2, column: 2) == .number(120))
        #expect(read.value(row: 3, column: 1) == .number(-0.25))
        #expect(read.value(row: 3, column: 2) == .number(45230))
        #expect(CellValue.date(serial: 45230) == CivilDate(year: 2023, month: 10, day: 31))
        #expect(read.value(row: 4, column: 1) == .bool(true))
        #expect(read.value(row: 4, column: 2) == .text("a <tag> & \"quote\" bell"))
        #expect(read.value(row: 9, column: 9) == .empty)
    }

    @Test func sameWorkbookGivesSameBytes() throws {
        let workbook = Workbook(sheets: [Worksheet(name: "a", rows: [[Cell("x")]])])
        #expect(try WorkbookWriter.data(workbook) == WorkbookWriter.data(workbook))
    }

    @Test(arguments: [("A1", 1, 1), ("Z9", 9, 26), ("AA10", 10, 27), ("$C$3", 3, 3), ("XFD1048576", 1_048_576, 16_384)])
    func cellReferencesParse(text: String, row: Int, column: Int) throws {
        let reference = try #require(CellReference(text))
        #expect(reference.row == row && reference.column == column)
        #expect(reference.description == text.replacingOccurrences(of: "$", with: ""))
    }

    @Test(arguments: ["", "A", "1", "a1", "A0", "XFE1", "A1048577", "A1B"])
    func badCellReferencesAreRefused(text: String) {
        #expect(CellReference(text) == nil)
    }

    @Test func hostileWorkbooksAreRefusedWithTheirReason() throws {
        func refusal(_ name: String) throws -> OfficeError? {
            do {
                _ = try WorkbookReader.read(try OfficeFixtures.data("hostile/\(name)"))
                return nil
            } catch let error as OfficeError {
                return error
            }
        }
        #expect(try refusal("bomb.xlsx") == .partTooLarge(path: "xl/media/padding.xml", limit: WorkbookLimits.standard.partBytes))
        #expect(try refusal("macro.xlsm") == .macros(path: "xl/vbaProject.bin"))
        #expect(try refusal("entities.xlsx") == .documentTypeDeclaration(path: "xl/sharedStrings.xml"))
        #expect(try refusal("many-parts.xlsx") == .tooManyParts(count: 201, limit: 200))
        #expect(try refusal("legacy.xls") == .legacyOrEncrypted)
        #expect(try refusal("not-a-zip.xlsx") == .notAWorkbook(detail: "no ZIP signature"))
        // The directory claims 100 bytes; counting while expanding catches the 40 MB.
        let lying = try refusal("lying-sizes.xlsx")
        #expect(lying != nil)
        let message = try #require(lying?.message)
        #expect(!message.en.isEmpty && !message.ja.isEmpty)
    }

    @Test func filesOverTheSizeCapAreRefusedBeforeOpening() throws {
        let data = try OfficeFixtures.data("bilingual.xlsx")
        var limits = WorkbookLimits.standard
        limits.fileBytes = 1_000
        #expect(throws: OfficeError.fileTooLarge(bytes: data.count, limit: 1_000)) { try WorkbookReader.read(data, limits: limits) }
    }

    @Test func sheetsBeyondTheRowLimitAreRefused() throws {
        let sheet = Worksheet(name: "big", rows: (1...30).map { [Cell(.number(Double($0)))] })
        var limits = WorkbookLimits.standard
        limits.rows = 20
        let data = try WorkbookWriter.data(Workbook(sheets: [sheet]))
        #expect(throws: OfficeError.sheetTooLarge(sheet: "big", limit: "20 rows")) { try WorkbookReader.read(data, limits: limits) }
    }
}
