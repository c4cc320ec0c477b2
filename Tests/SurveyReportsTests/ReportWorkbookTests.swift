import Foundation
import Testing
@testable import SurveyCore
@testable import SurveyOffice
@testable import SurveyReports

/// report.xlsx: read back with the project's own reader, one sheet a published table with the cells the CSV
/// publishes (suppression marks included), a contents sheet and the codebook, every text formula-guarded.
@Suite struct ReportWorkbookTests {
    static func report() throws -> PublishedReport {
        ReportPublisher.publish(try ReportFixtures.answeredInput(), rules: DisclosureRules(minimumCell: 5))
    }

    static func workbooks(_ report: PublishedReport) throws -> [String: Workbook] {
        var books: [String: Workbook] = [:]
        for file in try ReportWorkbook.files(report, editions: .both) {
            books[file.path] = try WorkbookReader.read(file.data, limits: ReportWorkbook.readingLimits)
        }
        return books
    }

    /// Sheet name by table id, as the contents sheet lists them.
    static func sheetsByTable(_ workbook: Workbook) throws -> [String: Worksheet] {
        let contents = try #require(workbook.sheets.first)
        var sheets: [String: Worksheet] = [:]
        for row in contents.rows where row.count >= 3 {
            if let sheet = workbook.sheet(named: row[0].value.text), !row[2].value.text.isEmpty { sheets[row[2].value.text] = sheet }
        }
        return sheets
    }

    @Test func oneSheetPerPublishedTableInEachLanguageWithContentsAndCodebook() throws {
        let report = try Self.report()
        let books = try Self.workbooks(report)
        #expect(Set(books.keys) == ["report.xlsx", "report.en.xlsx"])
        for (file, language) in [("report.xlsx", Language.ja), ("report.en.xlsx", .en)] {
            let workbook = try #require(books[file])
            let models = report.tableModels(language)
            #expect(workbook.sheets.count == models.count + 2)
            #expect(workbook.sheets.first?.name == ReportWorkbook.contentsSheet.text(language))
            #expect(workbook.sheets.last?.name == ReportWorkbook.codebookSheet.text(language))
            let names = workbook.sheets.map(\.name)
            #expect(Set(names.map { $0.lowercased() }).count == names.count, "sheet names are unique")
            #expect(names.allSatisfy { $0.count <= 31 && !$0.contains { Worksheet.forbiddenNameCharacters.contains($0) } })
            let byTable = try Self.sheetsByTable(workbook)
            #expect(byTable.count == models.count)
            for model in models {
                let sheet = try #require(byTable[model.id], "\(model.id) has no sheet")
                #expect(sheet.value(row: 1, column: 1).text == CSV.neutralised(model.title))
                #expect((0..<model.headers.count).map { sheet.value(row: 2, column: $0 + 1).text } == model.headers.map(CSV.neutralised))
                for (index, row) in model.rows.enumerated() {
                    #expect(sheet.value(row: index + 3, column: 1).text == CSV.neutralised(row.label))
                    for (column, cell) in row.cells.enumerated() {
                        let value = sheet.value(row: index + 3, column: column + 2)
                        if case let .number(number) = value {
                            #expect(cell.mark == nil && cell.number == number, "\(model.id) \(row.label)")
                        } else {
                            #expect(value.text == CSV.neutralised(cell.shownText), "\(model.id) \(row.label)")
                        }
                    }
                }
            }
            // The codebook sheet is data/codebook.csv.
            let codebook = try #require(workbook.sheets.last)
            #expect(codebook.rows.count == Codebook.entries.count + 1)
            #expect(codebook.rows.first?.map(\.value.text) == Codebook.header)
            #expect(codebook.rows.dropFirst().map { $0.map(\.value.text) } == Codebook.entries)
            // The marks are explained where the sheets are listed.
            let contents = workbook.sheets[0].rows.flatMap { $0.map(\.value.text) }
            #expect(contents.contains { $0.hasPrefix("a — ") } && contents.contains { $0.hasPrefix("c — ") })
            #expect(ReportWorkbook.isReportWorkbook(try ReportWorkbook.files(report, editions: .ja)[0].data))
        }
    }

    /// Every figure of the open-data CSV (count tables and distributions) is in the workbook's cell for its group and
    /// column, withheld where the CSV withholds it and with the same mark.
    @Test(arguments: [Language.ja, .en])
    func cellsMatchTheCSVMarksIncluded(language: Language) throws {
        let report = try Self.report()
        let workbook = try #require(try Self.workbooks(report)[language == .ja ? "report.xlsx" : "report.en.xlsx"])
        let byTable = try Self.sheetsByTable(workbook)
        let csv = Dictionary(OpenData(report).files().map { ($0.name, OutputChecks.csvRows($0.text)) }, uniquingKeysWith: { $1 })
        let suffix = language == .ja ? "_ja" : "_en"
        var compared = 0
        var marked = 0
        for file in ["response.csv", "verdicts.csv", "measures.csv", "questions.csv"] {
            let rows = try #require(csv[file])
            let header = try #require(rows.first)
            func field(_ row: [String], _ name: String) -> String { header.firstIndex(of: name).map { row[$0] } ?? "" }
            for row in rows.dropFirst() {
                let sheet = try #require(byTable[field(row, "table")], "\(file): no sheet for \(field(row, "table"))")
                let rowIndex = try #require((3...max(3, sheet.rows.count)).first { sheet.value(row: $0, column: 1).text == field(row, "group" + suffix) })
                let columnIndex = try #require((2...max(2, sheet.rows[1].count)).first { sheet.value(row: 2, column: $0).text == field(row, "column" + suffix) },
                                               "\(field(row, "table")): no column \(field(row, "column" + suffix))")
                let value = sheet.value(row: rowIndex, column: columnIndex)
                let text = value.text
                let (count, percent, band, mark) = (field(row, "count"), field(row, "percent"), field(row, "band"), field(row, "mark"))
                let place = "\(file) \(field(row, "table")) \(field(row, "group")) \(field(row, "column")): \(text)"
                if mark.isEmpty {
                    #expect(!text.hasSuffix(" a") && !text.hasSuffix(" b") && !text.hasSuffix(" c"), "\(place)")
                } else {
                    #expect(text.hasSuffix(" " + mark), "\(place) lacks mark \(mark)")
                    marked += 1
                }
                if count.isEmpty {
                    if case .number = value { Issue.record("\(place): a withheld count shows as a number") }
                    #expect(!text.contains("("), "\(place): a withheld count is shown")
                } else {
                    #expect(text == count || text.hasSuffix("(\(count))"), "\(place): count \(count)")
                }
                if !percent.isEmpty, text.contains("%") { #expect(text.hasPrefix(percent + "%"), "\(place): percent \(percent)") }
                if !band.isEmpty { #expect(text.hasPrefix(band) || text.hasPrefix("×"), "\(place): band \(band)") }
                compared += 1
            }
        }
        for file in ["laxity.csv", "question_figures.csv"] {
            let rows = try #require(csv[file])
            let header = try #require(rows.first)
            func field(_ row: [String], _ name: String) -> String { header.firstIndex(of: name).map { row[$0] } ?? "" }
            for row in rows.dropFirst() {
                guard let sheet = byTable[field(row, "score")] else {
                    Issue.record("\(file): no sheet for \(field(row, "score"))")
                    continue
                }
                let rowIndex = try #require((3...max(3, sheet.rows.count)).first { sheet.value(row: $0, column: 1).text == field(row, "group" + suffix) })
                let cells = (2...7).map { sheet.value(row: rowIndex, column: $0) }
                let place = "\(file) \(field(row, "score")) \(field(row, "group"))"
                #expect(field(row, "institutions").isEmpty ? cells[0].text.hasPrefix("×") : cells[0] == .number(Double(field(row, "institutions")) ?? -1), "\(place)")
                for (offset, code) in BoxSummary.codes.enumerated() {
                    let expected = field(row, code)
                    if expected.isEmpty {
                        if case .number = cells[offset + 1] { Issue.record("\(place): withheld \(code) shows as a number") }
                    } else {
                        #expect(cells[offset + 1] == .number(Double(expected) ?? .nan), "\(place) \(code)")
                    }
                }
                let mark = field(row, "mark")
                if !mark.isEmpty {
                    #expect(cells.contains { $0.text.hasSuffix(" " + mark) }, "\(place) lacks mark \(mark)")
                    marked += 1
                }
                compared += 1
            }
        }
        #expect(compared > 1_000)
        #expect(marked > 10, "the fixture withholds figures, so marks must be compared")
    }

    @Test func hostileTextIsFormulaGuardedAndSheetNamesStayValid() throws {
        var input = try ReportOutputTests.hostileInput()
        input.rubric.domains[0].title = LocalizedText(["ja": "=HYPERLINK(\"http://x\")[領域]:*?/\\'", "en": "+cmd|' /C calc'!A0 [x]:*?/\\'"])
        let report = ReportPublisher.publish(input, rules: DisclosureRules(minimumCell: 5))
        for (_, workbook) in try Self.workbooks(report) {
            for sheet in workbook.sheets {
                #expect(sheet.name.count <= 31 && !sheet.name.hasSuffix("'") && !sheet.name.hasPrefix("'"))
                #expect(!sheet.name.contains { Worksheet.forbiddenNameCharacters.contains($0) })
                for row in sheet.rows {
                    for cell in row {
                        guard case let .text(text) = cell.value else { continue }
                        #expect(CSV.neutralised(text) == text || text.hasPrefix("'"), "\(sheet.name): \(text) could run as a formula")
                        #expect(text.first.map { !"=+-@".contains($0) } ?? true, "\(sheet.name): \(text)")
                    }
                }
            }
        }
    }
}
