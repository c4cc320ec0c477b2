import Foundation
import Testing
@testable import SurveyCore
@testable import SurveyReports

/// The report as DESIGN §5.11 publishes it: shares that add up, no figure for a group under K, bands for unanimous
/// groups, complementary suppression in every table, every question tabulated, and no internal id in the page.
@Suite struct PublicationTests {
    @Test(arguments: [UInt64(1), 2, 3])
    func largestRemainderSharesAddUpToExactly100(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        for _ in 0..<2_000 {
            let parts = (0..<Int.random(in: 1...9, using: &random)).map { _ in Int.random(in: 0...50, using: &random) }
            let n = parts.reduce(0, +)
            guard let shares = DisclosureRules.shares(parts, of: n) else {
                #expect(n == 0)
                continue
            }
            #expect(shares.reduce(0, +) == 100, "\(parts) → \(shares)")
            for (count, share) in zip(parts, shares) {
                #expect(abs(Double(share) - 100 * Double(count) / Double(n)) < 1, "\(count)/\(n) → \(share)")
            }
        }
        // The case the issue found: 51 + 10 + 40 from half-up rounding.
        #expect(DisclosureRules.shares([101, 19, 79], of: 199)?.reduce(0, +) == 100)
    }

    static func report(_ input: ReportInput, k: Int = 5) -> PublishedReport {
        ReportPublisher.publish(input, rules: DisclosureRules(minimumCell: k))
    }

    @Test(arguments: [UInt64(21), 22, 23])
    func publishedRowsAddUpTo100InTablesAndCharts(seed: UInt64) throws {
        let report = Self.report(try ReportFixtures.answeredInput(seed: seed))
        var rows = 0
        for table in report.tables where table.partsSumToBase {
            for (row, cells) in table.cells.enumerated() where table.bases[row].count ?? 0 > 0 {
                let shown = cells.compactMap(\.percent)
                guard !shown.isEmpty else { continue }
                let hidden = cells.contains { $0.disclosure.isHidden }
                if hidden {
                    #expect(shown.reduce(0, +) <= 100, "\(table.id) row \(row)")
                } else {
                    #expect(shown.reduce(0, +) == 100, "\(table.id) row \(row): \(shown)")
                    rows += 1
                }
            }
        }
        #expect(rows > 100)
    }

    @Test(arguments: [3, 5, 8])
    func noFigureForAGroupUnderK(k: Int) throws {
        let sizes: [InstitutionCategory: Int] = [.nationalUniversity: 40, .publicUniversity: 6, .privateUniversity: 60,
                                                 .nationalResearchAgency: 9, .interUniversityInstitute: 4]
        let report = Self.report(try ReportFixtures.answeredInput(sizes: sizes), k: k)
        var checked = 0
        for table in report.tables {
            for (row, cells) in table.cells.enumerated() {
                let members = table.groups[row]
                // A group's size (how many responded) may be shown, as the response table shows it; its figures may not.
                let size = table.id == "response" ? nil : table.bases[row].count
                if let size, size > 0, size < k {
                    #expect(cells.allSatisfy { $0.count == nil && $0.percent == nil && $0.band == nil }, "\(table.id) \(members.code): a figure of \(size) < K")
                }
                if table.bases[row].disclosure == .suppressed(.smallGroup) || (size ?? k) < k {
                    #expect(cells.allSatisfy { $0.count == nil && $0.percent == nil && $0.band == nil }, "\(table.id) \(members.code)")
                    checked += 1
                }
            }
        }
        for distribution in [report.laxity] + report.domains + report.questions.compactMap(\.distribution) {
            for (row, summary) in distribution.summaries.enumerated() where summary != nil {
                #expect(distribution.counts[row] == nil || (distribution.counts[row] ?? 0) >= k, "\(distribution.id)")
            }
        }
        #expect(checked > 0)
    }

    @Test func unanimousGroupsAreShownAsBands() throws {
        let (_, rubric) = try ReportFixtures.realSurveyAndRubric()
        var input = ReportFixtures.input(rubric, sizes: ReportFixtures.realisticSizes, scoredShare: 1)
        // Every private university adequate; elsewhere mixed.
        for index in input.institutions.indices where input.institutions[index].category == .privateUniversity {
            input.institutions[index].card?.verdict = .adequate
        }
        let report = Self.report(input)
        let row = try #require(report.verdicts.row(.category(.privateUniversity)))
        let cells = report.verdicts.cells[row]
        #expect(cells.allSatisfy { $0.count == nil && $0.band != nil && $0.disclosure.mark == "c" })
        let adequate = try #require(report.verdicts.columns.firstIndex { $0.code == "adequate" })
        #expect(cells[adequate].band == .atLeast(90))
        #expect(report.verdicts.bases[row].count == 160, "the group's size stays published")
        // The banded cells cannot be recovered from the all-institutions row either.
        let all = try #require(report.verdicts.row(.all))
        for column in report.verdicts.columns.indices {
            let hidden = report.verdicts.groups.indices.filter { report.verdicts.cells[$0][column].disclosure.isHidden }
            #expect(hidden.count != 1 || hidden.contains(all), "column \(column) has one withheld cell: \(hidden)")
        }
    }

    @Test func aGroupGivingOneNumberHasNoQuantiles() throws {
        var input = try ReportFixtures.answeredInput()
        let position = try #require(input.questions.firstIndex { $0.kind == .number })
        for index in input.institutions.indices where input.institutions[index].category == .privateUniversity {
            if input.institutions[index].answers != nil { input.institutions[index].answers?.values[position] = .number(7) }
        }
        let report = Self.report(input)
        let distribution = try #require(report.questions[position].distribution)
        let row = try #require(distribution.groups.firstIndex(of: .category(.privateUniversity)))
        #expect(distribution.summaries[row] == nil)
        #expect(distribution.disclosures[row].mark == "c")
        let national = try #require(distribution.groups.firstIndex(of: .category(.nationalUniversity)))
        #expect(distribution.summaries[national] != nil, "other groups keep their quantiles")
    }

    @Test(arguments: [UInt64(31), 32])
    func noWithheldCellIsRecoverableInAnyPublishedTable(seed: UInt64) throws {
        let sizes: [InstitutionCategory: Int] = [.nationalUniversity: 30, .publicUniversity: 7, .privateUniversity: 50,
                                                 .nationalResearchAgency: 12, .interUniversityInstitute: 3]
        let report = Self.report(try ReportFixtures.answeredInput(sizes: sizes, seed: seed))
        var relations = 0
        for table in report.tables {
            let totalRow = table.groups.count - 1
            let columns = table.columns.count
            func hidden(_ row: Int, _ column: Int) -> Bool {
                column == columns ? table.bases[row].disclosure.isHidden : table.cells[row][column].disclosure.isHidden
            }
            for column in 0...columns {
                let unknown = table.groups.indices.filter { hidden($0, column) }
                #expect(unknown.count != 1, "\(table.id) column \(column): one withheld cell \(unknown) is recoverable from the total")
                relations += 1
            }
            if table.partsSumToBase {
                for row in table.groups.indices {
                    let unknown = (0...columns).filter { hidden(row, $0) }
                    #expect(unknown.count != 1, "\(table.id) row \(row): one withheld cell is recoverable from the row")
                    relations += 1
                }
            }
        }
        #expect(relations > 300)
    }

    static func html(_ input: ReportInput, language: Language = .ja) throws -> String {
        try HTMLReport(Self.report(input), language: language).render()
    }

    /// The page's visible text: tags, the style sheet and SVG titles' markup removed, entities of the escaper decoded.
    static func visibleText(_ html: String) -> String {
        var text = html
        if let start = text.range(of: "<style>"), let end = text.range(of: "</style>") { text.removeSubrange(start.lowerBound..<end.upperBound) }
        var result = ""
        var inTag = false
        for character in text {
            if character == "<" { inTag = true; result.append(" "); continue }
            if character == ">" { inTag = false; continue }
            if !inTag { result.append(character) }
        }
        return result.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
    }

    @Test(arguments: [Language.ja, .en])
    func everyChoiceQuestionIsTabulatedInThePerQuestionSection(language: Language) throws {
        let input = try ReportFixtures.answeredInput()
        let survey = try #require(input.survey)
        let html = try Self.html(input, language: language)
        let section = try #require(html.components(separatedBy: "id=\"questions\"").dropFirst().first?.components(separatedBy: "id=\"method\"").first)
        let text = Self.visibleText(section)
        var choiceQuestions = 0
        for slot in survey.slots where [.yesNo, .selectOne, .selectMultiple].contains(slot.item.type) && survey.table.repeats[slot.index] < 0 {
            let question = try #require(input.questions.first { $0.id == slot.item.id }, "\(slot.item.id) is not tabulated")
            #expect(text.contains(question.number + " " + question.text.text(language)), "\(question.number) missing")
            for label in question.choiceLabels { #expect(text.contains(label.text(language)), "\(question.number): \(label.text(language))") }
            choiceQuestions += 1
        }
        #expect(choiceQuestions >= 40)
    }

    @Test(arguments: [Language.ja, .en])
    func noInternalIdInTheVisibleText(language: Language) throws {
        let input = try ReportFixtures.answeredInput()
        let survey = try #require(input.survey)
        let text = Self.visibleText(try Self.html(input, language: language))
        // Every id that only a developer would write: with an underscore or a hyphen, as items, measures and the versions use.
        let ids = survey.slots.map(\.item.id) + survey.sections.map(\.id) + input.rubric.measures.map(\.id) + input.rubric.domains.map(\.id)
            + [input.rubric.id, survey.id] + survey.choiceLists.map(\.id)
        let distinctive = Set(ids.filter { $0.contains("_") || $0.contains("-") })
        #expect(distinctive.count > 50)
        for id in distinctive { #expect(!text.contains(id), "the page shows the internal id \(id)") }
        for code in ["critical_unmet", "max_domain_laxity", "evidenced_e", " > 0 or ", ">= 0.5", "${"] {
            #expect(!text.contains(code), "the page shows rule code \(code)")
        }
    }

    @Test func questionTextsFromTheSurveyAreEscapedEverywhere() throws {
        var input = try ReportFixtures.answeredInput()
        let hostile = ReportOutputTests.hostile
        var survey = try #require(input.survey)
        let listIndex = try #require(survey.choiceLists.indices.first)
        survey.choiceLists[listIndex].choices[0].label = LocalizedText(["ja": "=cmd " + hostile, "en": "=cmd " + hostile])
        survey.sections[0].items[0].text = LocalizedText(["ja": hostile, "en": hostile])
        survey.publisher = Publisher(organisation: LocalizedText(["ja": hostile, "en": hostile]))
        input.survey = survey
        let files = try ReportOutputTests.files(input)
        for (path, text) in files where path.hasSuffix(".html") {
            #expect(!text.contains("<script"), "\(path)")
            #expect(OutputChecks.xmlError(text) == nil, "\(path): \(OutputChecks.xmlError(text) ?? "")")
        }
        for (path, text) in files where path.hasSuffix(".md") { #expect(!text.contains("<script"), "\(path)") }
        for (path, text) in files where path.hasSuffix(".csv") {
            for row in OutputChecks.csvRows(text) {
                for field in row where Double(field) == nil { #expect(!field.hasPrefix("="), "\(path): \(field)") }
            }
        }
    }

    @Test func coverNamesThePublisherAndTheDateInTheJapaneseEra() throws {
        var input = try ReportFixtures.answeredInput()
        let html = try Self.html(input)
        #expect(html.contains("<h1>\(Markup.escape(try #require(input.survey).title.text(.ja)))</h1>"))
        #expect(html.contains("内閣府"))
        #expect(html.contains("令和6年3月15日"))
        #expect(!html.contains("作成日時 2024"))
        input.survey?.publisher = Publisher(organisation: LocalizedText(["ja": "架空省", "en": "Ministry of Fiction"]),
                                            office: LocalizedText(["ja": "調査課", "en": "Survey Division"]))
        let english = try Self.html(input, language: .en)
        #expect(english.contains("Ministry of Fiction, Survey Division"))
        #expect(english.contains("15 March 2024"))
    }

    @Test func everyPublishedTableIsAvailableAsATableModel() throws {
        let report = Self.report(try ReportFixtures.answeredInput())
        let models = report.tableModels(.ja)
        let ids = Set(models.map(\.id))
        #expect(ids.count == models.count, "table ids are unique sheet keys")
        for table in [report.response, report.verdicts] + report.measures + report.questions.compactMap(\.table) {
            #expect(ids.contains(table.id), "\(table.id) has no table model")
        }
        for model in models {
            #expect(!model.title.isEmpty && model.headers.count >= 2)
            for row in model.rows { #expect(row.cells.count == model.headers.count - 1, "\(model.id): ragged row") }
        }
        let withheld = models.flatMap { $0.rows.flatMap(\.cells) }.filter { $0.mark != nil }
        #expect(withheld.allSatisfy { $0.number == nil || $0.mark == "b" || $0.mark == "c" || $0.mark == "a" })
    }
}
