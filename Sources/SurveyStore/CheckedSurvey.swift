public import Foundation
public import SurveyCore

/// A survey and its rubric that passed every check, with the exact text they were read from. Only `check` makes
/// one, so the store never registers a definition with errors.
public struct CheckedSurvey: Sendable {
    /// survey.yaml as read.
    public let surveyText: String
    /// rubric.yaml as read.
    public let rubricText: String
    /// The questionnaire.
    public let survey: SurveyDefinition
    /// The rubric that scores it.
    public let rubric: Rubric

    /// Checks survey and rubric text; returns the pair when neither has errors, and every diagnostic.
    /// `surveyFile` and `rubricFile` name the files in messages.
    public static func check(surveyYAML: Data, surveyFile: String, rubricYAML: Data, rubricFile: String)
        -> (checked: CheckedSurvey?, diagnostics: [Diagnostic]) {
        // The rubric's YAML is parsed on another core while the survey loads; only its checks need the survey.
        let parsedRubric = Pending<RubricLoader.Parsed, Never> { RubricLoader.parse(yaml: rubricYAML, file: rubricFile) }
        let surveyResult = SurveyLoader.load(yaml: surveyYAML, file: surveyFile)
        let parsed = parsedRubric.value()
        guard let survey = surveyResult.survey else { return (nil, surveyResult.diagnostics) }
        let rubricResult = RubricLoader.load(parsed, survey: survey)
        var diagnostics = surveyResult.diagnostics + rubricResult.diagnostics
        guard let rubric = rubricResult.rubric else { return (nil, diagnostics) }
        if rubric.survey != survey.id {
            diagnostics.append(Diagnostic(at: SourcePosition(file: rubricFile, line: 1, column: 1), code: "wrong-survey", Message(
                en: "the rubric scores survey '\(rubric.survey)', not '\(survey.id)'",
                ja: "この評価基準は調査「\(rubric.survey)」用で、「\(survey.id)」用ではありません")))
            return (nil, diagnostics)
        }
        let checked = CheckedSurvey(surveyText: String(decoding: surveyYAML, as: UTF8.self),
                                    rubricText: String(decoding: rubricYAML, as: UTF8.self), survey: survey, rubric: rubric)
        return (checked, diagnostics)
    }
}
