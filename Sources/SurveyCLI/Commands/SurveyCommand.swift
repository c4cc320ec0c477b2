import ArgumentParser
import Foundation
import SurveyCore
import SurveyReports

/// `chosa survey …`: check and print questionnaire definitions.
struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Check or print a survey definition. / 調査定義の検査・表示",
        subcommands: [Check.self, Show.self, Load.self, ImportXLSForm.self, ExportXLSForm.self]
    )
}

extension SurveyCommand {
    /// `chosa survey check --survey PATH`: every problem in survey.yaml (and rubric.yaml), with positions.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check survey.yaml (and rubric.yaml) and list every problem with its position. / 調査定義を検査し、問題をすべて位置付きで表示します。"
        )

        @OptionGroup var survey: SurveyOption
        @OptionGroup var language: LanguageOption

        func run() throws {
            let lang = language.language
            let files = survey.files
            let result = SurveyLoader.load(URL(fileURLWithPath: files.surveyPath), file: files.surveyPath)
            var diagnostics = result.diagnostics
            var summary: [Message] = []
            if let definition = result.survey {
                summary.append(Message(
                    en: "survey \(definition.id) version \(definition.version): \(definition.sections.count) sections, \(definition.slots.count) items",
                    ja: "調査 \(definition.id)（版 \(definition.version)）：\(definition.sections.count) セクション、\(definition.slots.count) 項目"))
                if files.hasRubric {
                    let rubric = RubricLoader.load(URL(fileURLWithPath: files.rubricPath), file: files.rubricPath, survey: definition)
                    diagnostics += rubric.diagnostics
                    if let rubric = rubric.rubric {
                        let measures = rubric.measures
                        summary.append(Message(
                            en: "rubric \(rubric.id) version \(rubric.version): \(rubric.domains.count) domains, \(measures.count) measures (\(measures.filter(\.critical).count) critical)",
                            ja: "評価基準 \(rubric.id)（版 \(rubric.version)）：\(rubric.domains.count) 領域、\(measures.count) 評価項目（うち重要項目 \(measures.filter(\.critical).count)）"))
                    }
                }
                if let previous = definition.previous {
                    diagnostics += Self.checkPrevious(previous, of: definition, surveyPath: files.surveyPath, summary: &summary)
                }
            } else if files.hasRubric {
                summary.append(Message(en: "rubric not checked until the survey loads", ja: "評価基準は調査定義の読み込み後に検査します"))
            }
            Terminal.report(diagnostics, lang)
            let errors = diagnostics.filter { $0.severity == .error }.count
            let counts = Message(en: Terminal.summary(errors: errors, warnings: diagnostics.count - errors, .en),
                                 ja: Terminal.summary(errors: errors, warnings: diagnostics.count - errors, .ja))
            let line = (summary + [counts]).map { $0.text(lang) }.joined(separator: lang == .ja ? "。" : "; ")
            if errors > 0 {
                Terminal.err(line)
                throw ExitCode(1)
            }
            Terminal.out(line)
        }

        /// Checks `previous.map` against the previous survey when its folder sits beside this one
        /// (`surveys/<previous id>/survey.yaml`); otherwise `chosa survey load` checks it against the database.
        static func checkPrevious(_ previous: PreviousSurvey, of survey: SurveyDefinition, surveyPath: String,
                                  summary: inout [Message]) -> [Diagnostic] {
            let folder = URL(fileURLWithPath: surveyPath).deletingLastPathComponent().deletingLastPathComponent()
            let path = folder.appendingPathComponent(previous.surveyID).appendingPathComponent("survey.yaml").path
            guard FileManager.default.fileExists(atPath: path), let older = SurveyLoader.load(URL(fileURLWithPath: path), file: path).survey else {
                summary.append(Message(en: "previous survey \(previous.surveyID) not found beside this one; its mapping is checked by `chosa survey load`",
                                       ja: "前回調査 \(previous.surveyID) が同じ階層にないため、項目の対応は `chosa survey load` の際に検査します"))
                return []
            }
            summary.append(Message(en: "follows \(previous.surveyID) (\(previous.map.count) item\(previous.map.count == 1 ? "" : "s") renamed)",
                                   ja: "前回調査 \(previous.surveyID) を引き継ぎます（名称変更 \(previous.map.count) 項目）"))
            return previous.problems(current: survey, previous: older)
        }
    }
}

extension SurveyCommand {
    /// `chosa survey show --survey PATH [--lang ja|en]`: the questionnaire as a paper form in Markdown.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print the questionnaire as a paper form (Markdown). / 調査票を紙の様式（Markdown）で出力します。"
        )

        @OptionGroup var survey: SurveyOption
        @OptionGroup var language: LanguageOption

        func run() throws {
            let definition = try survey.files.loadSurvey(language.language, printWarnings: false)
            Terminal.out(PaperForm(survey: definition, language: language.language).markdown())
        }
    }
}
