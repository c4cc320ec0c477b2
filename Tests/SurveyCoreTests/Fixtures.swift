import Foundation
import Testing
@testable import SurveyCore

/// Test fixtures from the bundle (never the working directory).
enum Fixtures {
    static func url(_ path: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures/\(path)", withExtension: nil), "missing fixture \(path)")
    }

    /// A fixture survey folder's survey.yaml, loaded and checked.
    static func survey(_ folder: String) throws -> SurveyDefinition {
        let result = SurveyLoader.load(try url("\(folder)/survey.yaml"), file: "\(folder)/survey.yaml")
        return try #require(result.survey, "fixture \(folder) has errors: \(result.diagnostics)")
    }

    /// The real questionnaire folder in this repository. It is product content, not a test fixture, so it is found
    /// from this source file's location (never the working directory) instead of being copied into the bundle.
    static let realSurveyFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("surveys/cao-research-integrity-2023")

    /// The real questionnaire, loaded and checked.
    static func realSurvey() throws -> SurveyDefinition {
        let result = SurveyLoader.load(realSurveyFolder.appendingPathComponent("survey.yaml"), file: "survey.yaml")
        return try #require(result.survey, "the real questionnaire has errors: \(result.diagnostics)")
    }

    /// One of the real questionnaire's example responses.
    static func example(_ institution: String) throws -> ResponseFile {
        let data = try Data(contentsOf: realSurveyFolder.appendingPathComponent("examples/\(institution).json"))
        return try #require(try ResponseFile.read(data).first?.response)
    }

    /// A fixture folder's survey and rubric, both checked.
    static func surveyAndRubric(_ folder: String) throws -> (SurveyDefinition, Rubric) {
        let survey = try self.survey(folder)
        let result = RubricLoader.load(try url("\(folder)/rubric.yaml"), file: "\(folder)/rubric.yaml", survey: survey)
        return (survey, try #require(result.rubric, "fixture \(folder) rubric has errors: \(result.diagnostics)"))
    }

    /// The real rubric, checked against the real questionnaire.
    static func realRubric(_ survey: SurveyDefinition) throws -> Rubric {
        let result = RubricLoader.load(realSurveyFolder.appendingPathComponent("rubric.yaml"), file: "rubric.yaml", survey: survey)
        return try #require(result.rubric, "the real rubric has errors: \(result.diagnostics)")
    }

    /// Checks YAML text and returns its diagnostics.
    static func diagnostics(_ yaml: String) -> [Diagnostic] {
        SurveyLoader.load(yaml: Data(yaml.utf8), file: "survey.yaml").diagnostics
    }
}
