import Foundation
import Testing
@testable import SurveyCore

@Suite("Response validation")
struct ResponseValidationTests {
    static let today = CivilDate(daysSinceEpoch: 19_650)  // 2023-10-20

    private func validate(_ json: String, mode: ResponseValidator.Mode = .submission) throws -> [ResponseProblem] {
        let survey = try Fixtures.survey("validation-survey")
        let entries = try ResponseFile.read(Data(json.utf8))
        let entry = try #require(entries.first)
        guard let response = entry.response else { return entry.problems }
        return entry.problems + ResponseValidator(survey: survey).validate(response, today: Self.today, mode: mode).problems
    }

    private func envelope(_ answers: String, extra: String = "") -> String {
        #"{"survey": "validation-fixture", "institution": "NU-001"\#(extra), "answers": \#(answers)}"#
    }

    @Test func completeResponseIsValid() throws {
        let problems = try validate(envelope(#"""
            {"has_office": "yes", "office_staff": 3, "sources": ["publications", "other"], "sources_other": "Press",
             "category": "national_university", "established": "2015-04-01", "agreements": [{"partner": "X Institute", "amount": 1200000}]}
            """#))
        #expect(problems.isEmpty, "\(problems)")
    }

    /// A bad answer, the path it must be reported at, and the problem code.
    struct BadAnswer: Sendable, CustomTestStringConvertible {
        let name: String
        let answers: String
        let path: String
        let code: String
        var testDescription: String { name }
    }

    static let badAnswers: [BadAnswer] = [
        .init(name: "unknown item", answers: #"{"has_office": "no", "category": "national_university", "nonsense": 1}"#, path: "nonsense", code: "unknown-item"),
        .init(name: "string for integer", answers: #"{"has_office": "yes", "office_staff": "3", "category": "national_university"}"#, path: "office_staff", code: "wrong-type"),
        .init(name: "fraction for integer", answers: #"{"has_office": "yes", "office_staff": 2.5, "category": "national_university"}"#, path: "office_staff", code: "not-an-integer"),
        .init(name: "value not in list", answers: #"{"has_office": "no", "category": "natonal_university"}"#, path: "category", code: "not-a-choice"),
        .init(name: "yes_no other text", answers: #"{"has_office": "maybe", "category": "national_university"}"#, path: "has_office", code: "not-a-choice"),
        .init(name: "impossible date", answers: #"{"has_office": "no", "category": "national_university", "established": "2023-02-29"}"#, path: "established", code: "invalid-date"),
        .init(name: "required missing", answers: #"{"has_office": "no"}"#, path: "category", code: "required"),
        .init(name: "required when relevant", answers: #"{"has_office": "yes", "category": "national_university"}"#, path: "office_staff", code: "required"),
        .init(name: "constraint", answers: #"{"has_office": "yes", "office_staff": -1, "category": "national_university"}"#, path: "office_staff", code: "constraint"),
        .init(name: "other needs text", answers: #"{"has_office": "no", "category": "national_university", "sources": ["other"]}"#, path: "sources_other", code: "required"),
        .init(name: "calculate supplied", answers: #"{"has_office": "no", "category": "national_university", "total_amount": 5}"#, path: "total_amount", code: "calculated-answer"),
        .init(name: "too many rows", answers: #"{"has_office": "no", "category": "national_university", "agreements": [{"partner": "a"}, {"partner": "b"}, {"partner": "c"}]}"#, path: "agreements", code: "too-many-instances"),
        .init(name: "row field required", answers: #"{"has_office": "no", "category": "national_university", "agreements": [{"amount": 5}]}"#, path: "agreements[0].partner", code: "required"),
        .init(name: "row constraint", answers: #"{"has_office": "no", "category": "national_university", "agreements": [{"partner": "a", "amount": -5}]}"#, path: "agreements[0].amount", code: "constraint"),
        .init(name: "unknown row field", answers: #"{"has_office": "no", "category": "national_university", "agreements": [{"partner": "a", "amout": 5}]}"#, path: "agreements[0].amout", code: "unknown-item"),
        .init(name: "repeat child at top level", answers: #"{"has_office": "no", "category": "national_university", "partner": "a"}"#, path: "partner", code: "misplaced-answer"),
        .init(name: "duplicate choice", answers: #"{"has_office": "no", "category": "national_university", "sources": ["publications", "publications"]}"#, path: "sources", code: "duplicate-choice"),
        .init(name: "control characters", answers: "{\"has_office\": \"no\", \"category\": \"national_university\", \"sources\": [\"other\"], \"sources_other\": \"a\\u0000b\"}", path: "sources_other", code: "control-character"),
    ]

    @Test(arguments: badAnswers)
    func reportsBadAnswerAtItsPath(_ bad: BadAnswer) throws {
        let problems = try validate(envelope(bad.answers))
        #expect(problems.contains { $0.path == bad.path && $0.code.rawValue == bad.code && $0.severity == .error },
                "expected \(bad.code) at \(bad.path), got \(problems)")
        #expect(problems.allSatisfy { !$0.message.en.isEmpty && !$0.message.ja.isEmpty })
    }

    @Test func constraintMessageComesInBothLanguages() throws {
        let problems = try validate(envelope(#"{"has_office": "yes", "office_staff": -1, "category": "national_university"}"#))
        let problem = try #require(problems.first { $0.code == .constraint })
        #expect(problem.message.en == "Enter 0 or more.")
        #expect(problem.message.ja == "0以上を入力してください。")
    }

    @Test func answerToQuestionNotAskedIsAWarning() throws {
        let problems = try validate(envelope(#"{"has_office": "no", "office_staff": 3, "category": "national_university"}"#))
        let warning = try #require(problems.first { $0.path == "office_staff" })
        #expect(warning.severity == .warning)
        #expect(warning.code == .notRelevant)
        #expect(!problems.hasErrors)
    }

    @Test func draftModeDoesNotRequireAnswers() throws {
        let problems = try validate(envelope(#"{"has_office": "yes"}"#), mode: .draft)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func wrongTypeIsNotAlsoReportedAsMissing() throws {
        let problems = try validate(envelope(#"{"has_office": "yes", "office_staff": "three", "category": "national_university"}"#))
        #expect(problems.filter { $0.path == "office_staff" }.map(\.code) == [.wrongType])
    }

    @Test(arguments: [
        (#"{"survey": "validation-fixture", "answers": {}}"#, "institution", "missing-field"),
        (#"{"survey": "validation-fixture", "institution": "NU 001", "answers": {}}"#, "institution", "invalid-id"),
        (#"{"survey": "validation-fixture", "institution": "NU-001", "submission_id": "x", "answers": {}}"#, "submission_id", "invalid-uuid"),
        (#"{"survey": "validation-fixture", "institution": "NU-001", "answers": [], "extra": 1}"#, "extra", "unknown-key"),
        (#"{"survey": "other-survey", "institution": "NU-001", "answers": {}}"#, "survey", "wrong-survey"),
    ])
    func envelopeProblems(_ json: String, _ path: String, _ code: String) throws {
        let problems = try validate(json)
        #expect(problems.contains { $0.path == path && $0.code.rawValue == code }, "\(problems)")
    }

    @Test(arguments: ["{\"survey\": \"x\", \"answers\": [1,2", "", "{\"a\":\n  tru}", "[1e999]"])
    func malformedJSONIsAReadableError(_ text: String) {
        #expect(throws: ResponseFileError.self) { try ResponseFile.read(Data(text.utf8)) }
    }

    @Test func malformedJSONNamesLineAndColumn() {
        do {
            _ = try ResponseFile.read(Data("{\"a\": 1,\n  \"b\": tru}".utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error.message.en.contains("line 2, column 8"), "\(error.message.en)")
        }
    }

    @Test func arrayFileHoldsSeveralResponses() throws {
        let json = "[" + envelope(#"{"has_office": "no", "category": "national_university"}"#) + ", " + envelope("{}") + "]"
        let entries = try ResponseFile.read(Data(json.utf8))
        #expect(entries.count == 2)
        #expect(entries.allSatisfy { $0.response?.institution == "NU-001" })
    }
}

@Suite("The real questionnaire")
struct RealQuestionnaireTests {
    @Test func loadsWithoutProblems() throws {
        let result = SurveyLoader.load(Fixtures.realSurveyFolder.appendingPathComponent("survey.yaml"), file: "survey.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let survey = try #require(result.survey)
        #expect((60...120).contains(survey.slots.count))
        #expect(survey.languages == ["ja", "en"])
        #expect(survey.slots.contains { $0.item.type == .repeat })
    }

    @Test func everyTextIsBilingual() throws {
        let survey = try Fixtures.realSurvey()
        for slot in survey.slots {
            for text in [slot.item.text, slot.item.hint, slot.item.constraintMessage].compactMap({ $0 }) {
                #expect(text.values["ja"]?.isEmpty == false && text.values["en"]?.isEmpty == false, "\(slot.item.id)")
            }
        }
    }

    @Test(arguments: ["NU-001", "PU-002", "PR-003", "RA-004"])
    func exampleResponsesAreValid(_ institution: String) throws {
        let survey = try Fixtures.realSurvey()
        let response = try Fixtures.example(institution)
        let problems = ResponseValidator(survey: survey).validate(response, today: ResponseValidationTests.today).problems
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func syntheticResponsesAreValid() throws {
        let survey = try Fixtures.realSurvey()
        let responder = SyntheticResponder(survey: survey)
        var random = SeededGenerator(seed: 7)
        for index in 0..<20 {
            let profile = SyntheticResponder.Profile(maturity: Double(index) / 20)
            let response = responder.respond(institution: "S-\(index)", profile: profile, today: ResponseValidationTests.today, using: &random)
            let problems = ResponseValidator(survey: survey).validate(response, today: ResponseValidationTests.today).problems
            #expect(problems.isEmpty, "S-\(index): \(problems)")
        }
    }
}
