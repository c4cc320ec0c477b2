import ArgumentParser
import Foundation
import SurveyCore

/// `--survey PATH`: a survey folder holding `survey.yaml` (and `rubric.yaml`), or the survey file itself.
struct SurveyOption: ParsableArguments {
    @Option(name: .long, help: "Survey folder (holding survey.yaml and rubric.yaml) or survey.yaml itself. / 調査定義フォルダ")
    var survey: String

    /// The survey folder's files as the user would name them in messages.
    var files: SurveyFiles { SurveyFiles(path: survey) }
}

/// Where a survey folder's files are, named relative to what the user typed so messages point at them.
struct SurveyFiles {
    var surveyPath: String
    var rubricPath: String

    init(path: String) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
            surveyPath = folder + "/survey.yaml"
            rubricPath = folder + "/rubric.yaml"
        } else {
            surveyPath = path
            rubricPath = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("rubric.yaml")
        }
    }

    /// Whether the folder has a rubric.
    var hasRubric: Bool { FileManager.default.fileExists(atPath: rubricPath) }

    /// Loads and checks the survey and its rubric, printing errors; exits 1 when either has errors or the rubric is missing.
    func loadSurveyAndRubric(_ language: Language) throws -> (SurveyDefinition, Rubric) {
        let survey = try loadSurvey(language, printWarnings: false)
        guard hasRubric else {
            Terminal.err(Message(en: "\(rubricPath): error: no rubric; scoring needs rubric.yaml beside survey.yaml",
                                 ja: "\(rubricPath): エラー: 評価基準がありません。採点には survey.yaml と同じフォルダに rubric.yaml が必要です").text(language))
            throw ExitCode(1)
        }
        let result = RubricLoader.load(URL(fileURLWithPath: rubricPath), file: rubricPath, survey: survey)
        Terminal.report(result.diagnostics.filter { $0.severity == .error }, language)
        guard let rubric = result.rubric else { throw ExitCode(1) }
        return (survey, rubric)
    }

    /// Loads and checks the survey, printing every diagnostic; exits 1 when it has errors.
    func loadSurvey(_ language: Language, printWarnings: Bool = true) throws -> SurveyDefinition {
        guard FileManager.default.fileExists(atPath: surveyPath) else {
            Terminal.err(Message(en: "\(surveyPath): error: no such file; --survey names a folder holding survey.yaml",
                                 ja: "\(surveyPath): エラー: ファイルがありません。--survey には survey.yaml を含むフォルダを指定してください").text(language))
            throw ExitCode(1)
        }
        let result = SurveyLoader.load(URL(fileURLWithPath: surveyPath), file: surveyPath)
        let shown = printWarnings ? result.diagnostics : result.diagnostics.filter { $0.severity == .error }
        Terminal.report(shown, language)
        guard let survey = result.survey else { throw ExitCode(1) }
        return survey
    }
}
