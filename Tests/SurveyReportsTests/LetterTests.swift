import Foundation
import Testing
@testable import SurveyCore
@testable import SurveyReports

@Suite("Improvement requests and letters")
struct LetterTests {
    static let today = CivilDate(daysSinceEpoch: 19_650)
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("surveys/cao-research-integrity-2023")

    /// The real questionnaire and rubric (product content, found from this file's location rather than the working directory).
    static func real() throws -> (SurveyDefinition, Rubric) {
        let survey = try #require(SurveyLoader.load(folder.appendingPathComponent("survey.yaml"), file: "survey.yaml").survey)
        let rubric = try #require(RubricLoader.load(folder.appendingPathComponent("rubric.yaml"), file: "rubric.yaml", survey: survey).rubric)
        return (survey, rubric)
    }

    static func card(_ institution: String) throws -> (SurveyDefinition, Rubric, ScoreCard) {
        let (survey, rubric) = try real()
        let data = try Data(contentsOf: folder.appendingPathComponent("examples/\(institution).json"))
        let response = try #require(try ResponseFile.read(data).first?.response)
        let form = ResponseValidator(survey: survey).validate(response, today: today).form
        return (survey, rubric, Scorer(survey: survey, rubric: rubric).score(form, institution: institution))
    }

    @Test func adequateInstitutionGetsNoLetter() throws {
        let (_, rubric, card) = try Self.card("NU-001")
        #expect(card.verdict == .adequate)
        #expect(ImprovementRequest(card: card, rubric: rubric) == nil)
    }

    @Test func criticalGapsComeFirstThenByPoints() throws {
        let (_, rubric, card) = try Self.card("PR-003")
        let request = try #require(ImprovementRequest(card: card, rubric: rubric))
        let critical = request.gaps.prefix { $0.isCritical }
        #expect(critical.map(\.measure.id).sorted() == card.criticalUnmet.sorted())
        let rest = request.gaps.dropFirst(critical.count)
        #expect(rest.allSatisfy { !$0.isCritical })
        #expect(zip(rest, rest.dropFirst()).allSatisfy { $0.measure.points >= $1.measure.points })
        #expect(request.gaps.allSatisfy { $0.result.status == .partial || $0.result.status == .notMet })
    }

    @Test(arguments: [Language.ja, .en])
    func letterEscapesHostileNamesAndCarriesTheDeadline(_ language: Language) throws {
        let (survey, rubric, card) = try Self.card("PR-003")
        let request = try #require(ImprovementRequest(card: card, rubric: rubric))
        let hostile = "<script>alert(1)</script> *Univ* [x](y) & \"q\""
        let content = LetterContent(request: request, institutionName: hostile, surveyTitle: survey.title, sender: nil, contact: "a&b",
                                    date: Self.today, replyBy: CivilDate(daysSinceEpoch: 19_700), language: language)
        let renderer = try LetterRenderer()
        let html = renderer.html(content)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.contains(LetterDate.text(CivilDate(daysSinceEpoch: 19_700), language)))
        let markdown = renderer.markdown(content)
        #expect(markdown.contains("\\<script\\>"))
        #expect(markdown.contains("\\*Univ\\*"))
        #expect(markdown.contains(request.gaps[0].measure.recommendation.text(language)))
    }

    /// Issue 11: a Japanese letter gives every date in the era, including those in the bases it cites.
    @Test func japaneseLetterCitesItsBasesInTheEra() throws {
        let (survey, rubric, card) = try Self.card("PU-002")
        let request = try #require(ImprovementRequest(card: card, rubric: rubric))
        let content = LetterContent(request: request, institutionName: "架空大学", surveyTitle: survey.title, sender: nil, contact: "",
                                    date: Self.today, replyBy: CivilDate(daysSinceEpoch: 19_700), language: .ja)
        let markdown = try LetterRenderer().markdown(content)
        #expect(markdown.contains("令和3年4月27日"))
        #expect(markdown.range(of: #"(19|20)\d\d年"#, options: .regularExpression) == nil)
    }

    @Test(arguments: [(19_691, Language.ja, "令和5年11月30日"), (19_691, .en, "30 November 2023"), (18_017, .ja, "令和元年5月1日"),
                      (18_016, .ja, "2019年4月30日")])
    func lettersWriteDatesTheOfficialWay(_ days: Int, _ language: Language, _ expected: String) {
        #expect(LetterDate.text(CivilDate(daysSinceEpoch: days), language) == expected)
    }
}
