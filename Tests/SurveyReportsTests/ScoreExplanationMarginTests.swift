import Foundation
import Testing
@testable import SurveyCore
@testable import SurveyReports

/// `chosa score --explain` says how far each verdict is from changing.
@Suite struct ScoreExplanationMarginTests {
    @Test func explanationStatesBothMargins() throws {
        let (survey, rubric, card) = try LetterTests.card("RA-004")
        let data = try Data(contentsOf: LetterTests.folder.appendingPathComponent("examples/RA-004.json"))
        let response = try #require(try ResponseFile.read(data).first?.response)
        let form = ResponseValidator(survey: survey).validate(response, today: LetterTests.today).form
        #expect(card.marginUp == 1)
        let english = ScoreExplanation(survey: survey, rubric: rubric, language: .en).text(card, form: form)
        #expect(english.contains("verdict margin: worse if 1 measure changes status; better if 1 measure changes status"))
        #expect(english.contains("needs analyst confirmation"))
        let japanese = ScoreExplanation(survey: survey, rubric: rubric, language: .ja).text(card, form: form)
        #expect(japanese.contains("判定の余裕：1項目の状態が変われば悪化、1項目の状態が変われば改善"))
        #expect(japanese.contains("未充足率"))
        #expect(!japanese.contains("弛緩度"))
    }

    @Test func adequateCardHasNoBetterVerdict() throws {
        let (survey, rubric, card) = try LetterTests.card("NU-001")
        let data = try Data(contentsOf: LetterTests.folder.appendingPathComponent("examples/NU-001.json"))
        let response = try #require(try ResponseFile.read(data).first?.response)
        let form = ResponseValidator(survey: survey).validate(response, today: LetterTests.today).form
        let english = ScoreExplanation(survey: survey, rubric: rubric, language: .en).text(card, form: form)
        #expect(english.contains("no better verdict exists"))
        #expect(!english.contains("needs analyst confirmation"))
    }
}
