import Foundation
import Testing
@testable import SurveyCore
@testable import SurveyReports

/// The rendered report: well-formed, self-contained, escaped, formula-safe, and every published figure equal to a
/// recomputation from the input.
@Suite struct ReportOutputTests {
    static let hostile = "<script>alert(\"x\")</script> & 'q' {{title}} =cmd|' /C calc'!A0"

    /// The real rubric with hostile titles, and a hostile survey title.
    static func hostileInput() throws -> ReportInput {
        var (_, rubric) = try ReportFixtures.realSurveyAndRubric()
        rubric.domains[0].title = LocalizedText(["ja": hostile, "en": hostile])
        rubric.domains[0].measures[0].title = LocalizedText(["ja": "=SUM(A1:A9) " + hostile, "en": "@cmd " + hostile])
        return ReportFixtures.input(rubric, sizes: ReportFixtures.realisticSizes,
                                    surveyTitle: LocalizedText(["ja": hostile, "en": hostile]))
    }

    static func files(_ input: ReportInput, editions: ReportBundle.Editions = .both, k: Int = 5) throws -> [String: String] {
        let report = ReportPublisher.publish(input, rules: DisclosureRules(minimumCell: k))
        return Dictionary(try ReportBundle.files(report, editions: editions).map { ($0.path, $0.text) }, uniquingKeysWith: { $1 })
    }

    @Test(arguments: [ReportBundle.Editions.ja, .en, .both])
    func writesEveryFileOfTheContract(editions: ReportBundle.Editions) throws {
        let (_, rubric) = try ReportFixtures.realSurveyAndRubric()
        let files = try Self.files(ReportFixtures.input(rubric, sizes: ReportFixtures.realisticSizes), editions: editions)
        var expected: Set = ["index.html", "report.md", "report.json", "data/response.csv", "data/verdicts.csv", "data/measures.csv",
                             "data/laxity.csv", "data/gaps.csv", "data/questions.csv", "data/question_figures.csv", "data/codebook.csv"]
        if editions == .both { expected.formUnion(["index.en.html", "report.en.md"]) }
        #expect(Set(files.keys) == expected)
        let html = try #require(files["index.html"])
        #expect(html.contains("<html lang=\"\(editions == .en ? "en" : "ja")\">"))
        #expect(html.contains(editions == .en ? "National universities" : "国立大学"))
        #expect(html.contains("\"Hiragino Sans\", \"Hiragino Kaku Gothic ProN\", \"Yu Gothic UI\", \"Yu Gothic\", \"Meiryo\", \"Noto Sans CJK JP\", \"Noto Sans JP\", sans-serif"))
        #expect(html.contains("@page { size: A4"))
        if editions == .both {
            #expect(html.contains("href=\"index.en.html\""))
            #expect(try #require(files["index.en.html"]).contains("href=\"index.html\""))
        }
    }

    @Test(arguments: [3, 5, 10])
    func htmlIsWellFormedSelfContainedAndAccessible(k: Int) throws {
        for file in ["index.html", "index.en.html"] {
            let html = try #require(try Self.files(try Self.hostileInput(), k: k)[file])
            #expect(OutputChecks.xmlError(html) == nil, "\(file): \(OutputChecks.xmlError(html) ?? "")")
            let external = OutputChecks.references(html).filter(OutputChecks.isExternal)
            #expect(external.isEmpty, "\(file) refers to \(external)")
            for forbidden in ["http://", "https://", "<script", "<link", "<img", "<iframe", "@import", "url("] {
                #expect(!html.contains(forbidden), "\(file) contains \(forbidden)")
            }
            let charts = html.components(separatedBy: "<svg").count - 1
            #expect(charts >= 4)
            #expect(html.components(separatedBy: "role=\"img\"").count - 1 == charts)
            #expect(html.components(separatedBy: "<desc id=").count - 1 == charts)
            #expect(html.components(separatedBy: "<table>").count - 1 >= charts + 7)
            for color in ["#009E73", "#E69F00", "#D55E00", "#0072B2", "#56B4E9"] { #expect(html.contains(color)) }
        }
    }

    @Test func hostileTextIsEscapedEverywhere() throws {
        let files = try Self.files(try Self.hostileInput())
        for (path, text) in files where path.hasSuffix(".html") {
            #expect(!text.contains("<script"), "\(path) has an unescaped script tag")
            #expect(!text.contains("\"x\")"), "\(path) has an unescaped quote")
            #expect(text.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; {{title}}"), "\(path) lost the hostile text")
        }
        for (path, text) in files where path.hasSuffix(".md") {
            #expect(!text.contains("<script"), "\(path)")
            #expect(text.contains("&lt;script&gt;") && text.contains("\\{\\{title\\}\\}"), "\(path)")
        }
        for (path, text) in files where path.hasSuffix(".csv") {
            #expect(text.hasPrefix("\u{FEFF}"), "\(path) lacks the byte-order mark Excel needs")
            let rows = OutputChecks.csvRows(text)
            let width = rows.first?.count ?? 0
            for row in rows {
                #expect(row.count == width, "\(path): ragged row \(row)")
                for field in row {
                    guard let first = field.unicodeScalars.first else { continue }
                    let isNumber = Double(field) != nil
                    #expect(isNumber || !["=", "+", "-", "@", "\t", "\r"].contains(first), "\(path): formula-looking cell \(field)")
                }
            }
        }
        let json = try #require(files["report.json"])
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
    }

    @Test(arguments: [(UInt64(11), 3), (12, 5), (13, 8)])
    func everyPublishedFigureEqualsARecomputation(seed: UInt64, k: Int) throws {
        let (_, rubric) = try ReportFixtures.realSurveyAndRubric()
        let input = ReportFixtures.input(rubric, sizes: [.nationalUniversity: 86, .publicUniversity: 9, .privateUniversity: 160,
                                                          .nationalResearchAgency: 12, .interUniversityInstitute: 4], seed: seed)
        let json = try #require(try Self.files(input, k: k)["report.json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let figures = try #require(document["figures"] as? [[String: Any]])
        #expect(figures.count > 1000)
        var checked = 0
        for figure in figures {
            let table = try #require(figure["table"] as? String)
            let group = try #require(figure["group"] as? String)
            let column = try #require(figure["column"] as? String)
            let kind = try #require(figure["kind"] as? String)
            let members = input.institutions.filter { group == "all" || $0.category.rawValue == group }
            let suppressed = try #require(figure["suppressed"] as? Bool)
            guard let value = figure["value"] as? Double else {
                #expect(suppressed || kind == "percent", "\(table) \(group) \(column) \(kind) has no value but is not suppressed")
                continue
            }
            #expect(!suppressed)
            let expected: Double
            if kind == "quantile" || (kind == "base" && (table == "laxity" || table.hasPrefix("domain."))) {
                let scores: [Double] = table == "laxity" ? members.compactMap { $0.card?.laxity }
                    : members.compactMap { $0.card?.domainLaxity(String(table.dropFirst("domain.".count))) ?? nil }
                if kind == "base" {
                    expected = Double(scores.count)
                } else {
                    let sorted = scores.sorted()
                    let levels: [String: Double] = ["p10": 0.1, "q1": 0.25, "median": 0.5, "q3": 0.75, "p90": 0.9]
                    let p: Double = levels[column] ?? -1
                    let position: Double = p * Double(sorted.count - 1)
                    let low = Int(position)
                    let high = min(low + 1, sorted.count - 1)
                    let exact: Double = sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
                    expected = (exact * 10).rounded(.toNearestOrAwayFromZero) / 10
                    #expect(scores.count >= k, "quantile of \(scores.count) < K published")
                }
            } else {
                let scored = members.filter { $0.card != nil }
                let base = table == "response" ? members.count : scored.count
                let count: Int
                switch (table, column) {
                case (_, "base"): count = base
                case ("response", _):
                    let stage: ResponseStatus = ResponseStatus.allCases.first { "\($0)" == column } ?? .scored
                    count = members.filter { $0.status >= stage }.count
                case ("verdict", _): count = scored.filter { $0.card?.verdict.rawValue == column }.count
                default:
                    let id = String(table.dropFirst("measure.".count))
                    count = scored.filter { ($0.card?.measure(id)?.status.rawValue ?? "not_applicable") == column }.count
                }
                if kind == "percent", table != "response" {
                    // Parts of one row are rounded by largest remainder: within one point of the exact share.
                    #expect(abs(value - 100 * Double(count) / Double(base)) < 1, "\(table) \(group) \(column): \(value)% of \(count)/\(base)")
                    expected = value
                } else if kind == "percent" {
                    expected = Double((200 * count + base) / (2 * base))
                } else {
                    expected = Double(count)
                }
                #expect(base >= k, "\(table) \(group) \(column): a figure of a group of \(base) < K published")
            }
            #expect(value == expected, "\(table) \(group) \(column) \(kind): published \(value), recomputed \(expected)")
            checked += 1
        }
        #expect(checked > 500)
    }

    @Test func sameFiguresInBothLanguages() throws {
        let (_, rubric) = try ReportFixtures.realSurveyAndRubric()
        let files = try Self.files(ReportFixtures.input(rubric, sizes: ReportFixtures.realisticSizes))
        let ja = try #require(files["report.md"]), en = try #require(files["report.en.md"])
        func numbers(_ text: String) -> [String] {
            text.split(whereSeparator: { !($0.isNumber && $0.isASCII) && $0 != "%" && $0 != "." }).map(String.init).filter { $0.contains("%") }
        }
        // The method's wording differs; every figure before it must be the same.
        let jaFigures = numbers(ja.components(separatedBy: "\n## 5.")[0])
        let enFigures = numbers(en.components(separatedBy: "\n## 5.")[0])
        #expect(jaFigures == enFigures)
        #expect(jaFigures.count > 150)
    }
}
