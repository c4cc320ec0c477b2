import Foundation
import Testing
@testable import SurveyCore

@Suite("Rubric checks: the evidence of a critical measure is asked for")
struct ClaimedEvidenceCheckTests {
    static let survey = """
        id: ev
        version: "1"
        title: {en: Evidence}
        languages: [en]
        deadline: 2023-10-31
        choice_lists:
          statuses:
            - {value: in_force, label: {en: In force}}
            - {value: drafting, label: {en: Drafting}}
            - {value: none, label: {en: None}}
        sections:
          - id: main
            title: {en: Main}
            items:
              - {id: status, type: select_one, choices: statuses, required: true, text: {en: Status}}
              - {id: covers, type: yes_no, required: true, text: {en: Covers}}
              - {id: doc_optional, type: evidence, relevant: "${status} = 'in_force'", text: {en: Doc}}
              - {id: doc_relevant, type: evidence, required: true, relevant: "${status} = 'in_force'", text: {en: Doc}}
              - {id: doc_when, type: evidence, required: "${covers} = 'yes' and ${status} = 'in_force'", text: {en: Doc}}
              - {id: doc_unproven, type: evidence, required: true, relevant: "${status} != 'none'", text: {en: Doc}}
              - {id: doc_always, type: evidence, required: true, text: {en: Doc}}
              - id: later
                type: group
                relevant: "${covers} = 'yes' or ${status} = 'drafting'"
                text: {en: Later}
                items:
                  - {id: doc_grouped, type: evidence, required: true, text: {en: Doc}}
        """

    @Test(arguments: [
        ("doc_optional", false), ("doc_relevant", true), ("doc_when", true), ("doc_unproven", false), ("doc_always", true),
        ("doc_grouped", true),
    ])
    func decidesWhetherTheDocumentIsAskedForWheneverTheMeasureIsMet(_ item: String, _ asked: Bool) throws {
        let loaded = SurveyLoader.load(yaml: Data(Self.survey.utf8), file: "survey.yaml")
        let survey = try #require(loaded.survey, "\(loaded.diagnostics)")
        let met = try Self.expression("${status} = 'in_force' and ${covers} = 'yes'", survey)
        let slot = try #require(survey.slot(item))
        #expect(ClaimedEvidenceCheck.isRequiredWhenClaimed(met: met, applies: nil, evidence: slot, in: survey) == asked)
    }

    @Test func appliesCountsAsPartOfTheClaim() throws {
        let loaded = SurveyLoader.load(yaml: Data(Self.survey.utf8), file: "survey.yaml")
        let survey = try #require(loaded.survey)
        let slot = try #require(survey.slot("doc_relevant"))
        let met = try Self.expression("${covers} = 'yes'", survey)
        #expect(!ClaimedEvidenceCheck.isRequiredWhenClaimed(met: met, applies: nil, evidence: slot, in: survey))
        let applies = try Self.expression("${status} = 'in_force'", survey)
        #expect(ClaimedEvidenceCheck.isRequiredWhenClaimed(met: met, applies: applies, evidence: slot, in: survey))
    }

    @Test func loaderWarnsAtTheMeasure() throws {
        // The scoring fixture's document is optional, so its critical measure m1 cannot be met with its evidence.
        let yaml = try String(contentsOf: Fixtures.url("scoring/rubric.yaml"), encoding: .utf8)
        let diagnostics = RubricLoader.load(yaml: Data(yaml.utf8), file: "rubric.yaml", survey: try Fixtures.survey("scoring")).diagnostics
        let warning = try #require(diagnostics.first { $0.code == "evidence-not-asked" })
        #expect(warning.severity == .warning)
        #expect(warning.position?.line == 9)
        #expect(warning.message.en.contains("'doc'"))
    }

    static func expression(_ source: String, _ survey: SurveyDefinition) throws -> SurveyCore.Expression {
        let parsed = try ExpressionParser.parse(source)
        let (bound, problems) = ExpressionBinder(survey: survey).bind(parsed, in: .init())
        #expect(problems.isEmpty)
        return SurveyCore.Expression(source: source, node: bound, position: SourcePosition(file: "test", line: 1, column: 1))
    }
}
