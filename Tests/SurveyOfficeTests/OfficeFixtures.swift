import Foundation
import SurveyCore
import Testing

/// Fixtures from the bundle, and the real questionnaire found from this file's location (product content, not a fixture).
enum OfficeFixtures {
    static func data(_ path: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(path)", withExtension: nil), "missing fixture \(path)")
        return try Data(contentsOf: url)
    }

    static let realSurveyFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("surveys/cao-research-integrity-2023/survey.yaml")

    static func realSurvey() throws -> SurveyDefinition {
        let result = SurveyLoader.load(realSurveyFile, file: "survey.yaml")
        return try #require(result.survey, "the real questionnaire has errors: \(result.diagnostics)")
    }

    /// The definition with every source position set to one place, so definitions loaded from different files compare
    /// by what they define.
    static func withoutPositions(_ survey: SurveyDefinition) -> SurveyDefinition {
        let here = SourcePosition(file: "-", line: 1, column: 1)
        func expression(_ value: SurveyCore.Expression?) -> SurveyCore.Expression? {
            value.map { SurveyCore.Expression(source: $0.source, node: $0.node, position: here) }
        }
        func item(_ value: Item) -> Item {
            var copy = value
            copy.position = here
            copy.relevant = expression(copy.relevant)
            copy.constraint = expression(copy.constraint)
            copy.calculation = expression(copy.calculation)
            if case let .when(condition) = copy.required, let moved = expression(condition) { copy.required = .when(moved) }
            copy.items = copy.items.map(item)
            return copy
        }
        var copy = survey
        copy.sections = survey.sections.map { section in
            var moved = section
            moved.position = here
            moved.relevant = expression(section.relevant)
            moved.items = section.items.map(item)
            return moved
        }
        return copy
    }
}
