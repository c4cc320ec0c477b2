import Foundation
import Testing
@testable import SurveyCore
@testable import SurveyReports

@Suite("The paper form reads like a Japanese administrative form")
struct PaperFormTests {
    @Test func japaneseFormUsesTheEraAndSingleChoiceMarks() throws {
        let (survey, _) = try ReportFixtures.realSurveyAndRubric()
        let form = PaperForm(survey: survey, language: .ja).markdown()
        #expect(form.contains("回答期限：令和5年10月31日"))
        #expect(!form.contains("2023-10-31"))
        #expect(form.contains("○ はい　　○ いいえ"))
        #expect(!form.contains("- [ ] はい"))
        #expect(!form.contains("( )"))
        #expect(form.contains("- ○ 定めており、施行されている"))
        #expect(form.contains("- [ ] "), "several-answer questions keep their check boxes")
        #expect(form.range(of: #"(19|20)\d\d年"#, options: .regularExpression) == nil, "a Western year in the Japanese form")
    }

    @Test func dateFieldsAreWrittenInTheEra() throws {
        let (survey, _) = try ReportFixtures.realSurveyAndRubric()
        let form = PaperForm(survey: survey, language: .ja).markdown()
        #expect(form.contains("令和　年　月　日"))
        #expect(!form.contains("YYYY"))
    }

    @Test func englishFormHasNoRomanisedJapanese() throws {
        let (survey, _) = try ReportFixtures.realSurveyAndRubric()
        let form = PaperForm(survey: survey, language: .en).markdown()
        #expect(form.contains("Deadline: 31 October 2023"))
        for word in ["tokutei", "ruikei", "gaito", "kakunin", "kōhyō", "koueki"] {
            #expect(!form.lowercased().contains(word), "\(word)")
        }
    }
}
