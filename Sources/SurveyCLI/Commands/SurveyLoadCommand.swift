import ArgumentParser
import Foundation
import SurveyCore
import SurveyStore

extension SurveyCommand {
    /// `chosa survey load --survey PATH`: registers survey.yaml and rubric.yaml as a version in the database.
    struct Load: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "load",
            abstract: "Register a survey and its rubric in the database. / 調査定義と評価基準をデータベースに登録します。",
            discussion: """
            Both files are checked first; nothing is registered when either has an error. Loading the same files again \
            changes nothing. Responses imported later are pinned to the newest version of their survey.
            """
        )

        @OptionGroup var survey: SurveyOption
        @OptionGroup var database: DatabaseOption
        @OptionGroup var language: LanguageOption

        func run() throws {
            let lang = language.language
            let files = survey.files
            var texts: [Data] = []
            for path in [files.surveyPath, files.rubricPath] {
                guard let data = FileManager.default.contents(atPath: path) else {
                    Terminal.err(Message(en: "\(path): error: cannot read the file; --survey names a folder holding survey.yaml and rubric.yaml",
                                         ja: "\(path): エラー: ファイルを読めません。--survey には survey.yaml と rubric.yaml を含むフォルダを指定してください").text(lang))
                    throw ExitCode(1)
                }
                texts.append(data)
            }
            let result = CheckedSurvey.check(surveyYAML: texts[0], surveyFile: files.surveyPath, rubricYAML: texts[1], rubricFile: files.rubricPath)
            Terminal.report(result.diagnostics, lang)
            guard let checked = result.checked else {
                Terminal.err(Message(en: "nothing was loaded", ja: "何も登録されていません").text(lang))
                throw ExitCode(1)
            }
            let store = try database.open(lang)
            let (version, isNew): (SurveyVersionRecord, Bool)
            do {
                (version, isNew) = try store.registerSurvey(checked, by: database.actor)
            } catch {
                if case let .previousSurvey(problems) = error {
                    Terminal.report(problems, lang)
                    Terminal.err(Message(en: "nothing was loaded", ja: "何も登録されていません").text(lang))
                    throw ExitCode(1)
                }
                throw error.report(lang)
            }
            let measures = checked.rubric.measures.count
            Terminal.out(isNew
                ? Message(en: "\(database.path): loaded survey \(version.surveyId) version \(version.label) with rubric \(checked.rubric.id) (\(measures) measures) as version #\(version.id ?? 0)",
                          ja: "\(database.path): 調査 \(version.surveyId)（版 \(version.label)）と評価基準 \(checked.rubric.id)（評価項目 \(measures)）を登録しました（登録番号 \(version.id ?? 0)）").text(lang)
                : Message(en: "\(database.path): these files are already loaded as version #\(version.id ?? 0); nothing changed",
                          ja: "\(database.path): この定義は登録番号 \(version.id ?? 0) として登録済みです。変更はありません").text(lang))
        }
    }
}
