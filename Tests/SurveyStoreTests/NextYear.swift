import Foundation
import SurveyCore
@testable import SurveyStore
import Testing

/// The real questionnaire re-issued for a second year, as an analyst would make it: a new survey id, version and
/// deadline, one question renamed, and `previous:` naming last year's survey with the rename in its map.
enum NextYear {
    static let surveyID = "cao-research-integrity-2024"

    /// The first top-level integer question of the real survey: the item the second year renames.
    static func renamedItem(_ survey: SurveyDefinition) throws -> String {
        try #require(survey.slots.first { $0.item.type == .integer && $0.repeatSlot == nil }?.item.id)
    }

    /// The texts of the second year's survey.yaml and rubric.yaml; `map` false leaves the rename out of `previous.map`.
    static func texts(renaming item: String, map: Bool = true, previous: String = "cao-research-integrity-2023") throws -> (survey: String, rubric: String) {
        var survey = try String(contentsOf: StoreFixtures.surveyFolder.appendingPathComponent("survey.yaml"), encoding: .utf8)
        var rubric = try String(contentsOf: StoreFixtures.surveyFolder.appendingPathComponent("rubric.yaml"), encoding: .utf8)
        let renamed = item + "_fy2024"
        func replace(_ pattern: String, _ template: String, in text: inout String) throws {
            let regex = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
            text = regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
        }
        try replace("\\b\(item)\\b", renamed, in: &survey)
        try replace("\\b\(item)\\b", renamed, in: &rubric)
        let mapText = map ? "\n  map:\n    \(renamed): \(item)" : ""
        try replace("^id: .*$", "id: \(surveyID)", in: &survey)
        try replace("^version: .*$", "version: \"2024.1\"", in: &survey)
        try replace("^deadline: .*$", "deadline: 2024-10-31\nprevious:\n  survey: \(previous)\(mapText)", in: &survey)
        try replace("^survey: .*$", "survey: \(surveyID)", in: &rubric)
        try replace("^id: .*$", "id: laxity-2024", in: &rubric)
        try replace("^version: .*$", "version: \"2024.1\"", in: &rubric)
        return (survey, rubric)
    }

    /// The second year, checked.
    static func checked(renaming item: String, map: Bool = true) throws -> CheckedSurvey {
        let (survey, rubric) = try texts(renaming: item, map: map)
        let result = CheckedSurvey.check(surveyYAML: Data(survey.utf8), surveyFile: "2024/survey.yaml", rubricYAML: Data(rubric.utf8),
                                         rubricFile: "2024/rubric.yaml")
        return try #require(result.checked, "the second year does not check: \(result.diagnostics)")
    }

    /// An example response re-dated and re-addressed to the second year, with the renamed item's answer moved.
    static func response(_ institution: String, renaming item: String, id: String) throws -> ResponseFile {
        var response = try #require(try ResponseFile.read(try StoreFixtures.example(institution)).first?.response)
        response.survey = surveyID
        response.submissionID = id
        response.submittedAt = "2024-10-20T10:00:00+09:00"
        if let value = response.answers.removeValue(forKey: item) { response.answers[item + "_fy2024"] = value }
        return response
    }
}
