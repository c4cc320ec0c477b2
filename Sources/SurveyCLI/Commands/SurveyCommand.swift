import ArgumentParser
import Foundation
import SurveyCore
import SurveyReports

/// `chosa survey …`: check and print questionnaire definitions.
struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Check or print a survey definition. / 調査定義の検査・表示",
        subcommands: [Check.self, Show.self]
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
            Terminal.report(result.diagnostics, lang)
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            let warnings = result.diagnostics.count - errors
            if let definition = result.survey {
                let items = definition.slots.count
                Terminal.out(Message(
                    en: "\(files.surveyPath): survey \(definition.id) version \(definition.version): \(definition.sections.count) sections, \(items) items; \(Terminal.summary(errors: 0, warnings: warnings, .en))",
                    ja: "\(files.surveyPath): 調査 \(definition.id)（版 \(definition.version)）：\(definition.sections.count) セクション、\(items) 項目。\(Terminal.summary(errors: 0, warnings: warnings, .ja))").text(lang))
            } else {
                Terminal.err(Terminal.summary(errors: errors, warnings: warnings, lang))
                throw ExitCode(1)
            }
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
