import Foundation
import Testing
@testable import SurveyCore

/// One row of the expression table in ExpressionCases.swift.
struct ExpressionCase: Sendable, CustomTestStringConvertible {
    let expression: String
    let answers: String
    let inRepeatInstance: Int?
    let expected: String?

    init(_ expression: String, answers: String = "", inRepeatInstance: Int? = nil, expect expected: String?) {
        self.expression = expression
        self.answers = answers
        self.inRepeatInstance = inRepeatInstance
        self.expected = expected
    }

    var testDescription: String {
        let context = answers.isEmpty ? "" : " with \(answers)"
        let place = inRepeatInstance.map { " in rows[\($0)]" } ?? ""
        return "\(expression)\(context)\(place)"
    }
}

@Suite("Expression table (ODK JavaRosa semantics)")
struct ExpressionTableTests {
    static let today = CivilDate(iso: "2023-10-20")

    @Test(arguments: expressionCases)
    func evaluates(_ row: ExpressionCase) throws {
        let survey = try Fixtures.survey("expr-survey")
        let today = try #require(Self.today)
        var form: FormState?
        if !row.answers.isEmpty {
            let object = try JSONValue.decode(Data(row.answers.utf8))
            guard case let .object(answers) = object else {
                Issue.record("answers must be a JSON object")
                return
            }
            let response = ResponseFile(survey: survey.id, institution: "T-1", answers: answers)
            let outcome = ResponseValidator(survey: survey).validate(response, today: today, mode: .draft)
            #expect(!outcome.problems.hasErrors, "fixture answers are invalid: \(outcome.problems)")
            form = outcome.form
        } else {
            form = ResponseValidator(survey: survey).validate(
                ResponseFile(survey: survey.id, institution: "T-1"), today: today, mode: .draft).form
        }
        let instance = row.inRepeatInstance.map { (repeatID: "rows", index: $0) }
        let result: String?
        do {
            result = try AdHocExpression.evaluate(row.expression, survey: survey, form: form, instance: instance, today: today).stringValue
        } catch {
            result = nil
        }
        #expect(result == row.expected)
    }
}
