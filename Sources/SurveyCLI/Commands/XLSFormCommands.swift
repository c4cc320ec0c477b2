import ArgumentParser
import Foundation
import SurveyCore
import SurveyOffice
import SurveyStore

extension SurveyCommand {
    /// `chosa survey import-xlsform FORM.xlsx --out DIR`: an XLSForm as `DIR/survey.yaml`.
    struct ImportXLSForm: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import-xlsform",
            abstract: "Convert an XLSForm workbook into survey.yaml. / XLSForm のワークブックを survey.yaml に変換します。",
            discussion: """
            Reads the survey, choices and settings sheets (column names in any case; label::Japanese (ja), label:English \
            and label::en all name languages). Top-level groups become sections. Whatever chosa cannot carry (geopoint, \
            media, device metadata, loops, choices from files, 'or specify other', default answers …) is listed by sheet \
            and cell, and nothing is written unless --skip-unsupported is given. The folder gets survey.yaml only: \
            `chosa survey check` accepts a folder without rubric.yaml; scoring needs one written by the analysts.
            """
        )

        @Argument(help: "The XLSForm workbook (.xlsx). / XLSForm ファイル")
        var form: String
        @Option(name: .long, help: "Folder to write survey.yaml into (created if missing). / 出力フォルダ")
        var out: String
        @Flag(name: .customLong("skip-unsupported"), help: "Leave out what chosa cannot carry and write the rest. / 対応していない要素を除いて出力します")
        var skipUnsupported = false
        @Flag(name: .long, help: "Replace an existing survey.yaml. / 既存の survey.yaml を置き換えます")
        var replace = false
        @Option(name: .long, help: "Deadline when the form's settings have none, YYYY-MM-DD (default: 31 December this year). / 締切")
        var deadline: String?
        @OptionGroup var language: LanguageOption

        func validate() throws {
            if let deadline, CivilDate(iso: deadline) == nil {
                throw ValidationError("--deadline '\(deadline)' is not a date written YYYY-MM-DD / 日付は YYYY-MM-DD で指定してください")
            }
        }

        func run() throws {
            let lang = language.language
            let target = URL(fileURLWithPath: out).appendingPathComponent("survey.yaml")
            if FileManager.default.fileExists(atPath: target.path), !replace {
                Terminal.err(Message(en: "\(target.path): error: already exists; give --replace to overwrite it or choose another --out",
                                     ja: "\(target.path): エラー: 既に存在します。上書きする場合は --replace を指定するか、別の --out を指定してください").text(lang))
                throw ExitCode(1)
            }
            let data = try readForm(lang)
            let thisYear = CivilDate.inTokyo(secondsSinceEpoch: Date().timeIntervalSince1970).components.year
            let fallbackDeadline = deadline.flatMap { CivilDate(iso: $0) } ?? CivilDate(year: thisYear, month: 12, day: 31)
                ?? CivilDate(daysSinceEpoch: 0)
            let stem = URL(fileURLWithPath: form).deletingPathExtension().lastPathComponent
            let result: XLSFormImporter.Result
            do {
                result = try XLSFormImporter.convert(xlsx: data, source: URL(fileURLWithPath: form).lastPathComponent, fallbackID: stem,
                                                     fallbackDeadline: fallbackDeadline)
            } catch {
                Terminal.err("\(form): \(lang == .ja ? "エラー" : "error"): \(error.message.text(lang))")
                throw ExitCode(1)
            }
            for note in result.notes {
                let label = note.severity == .unsupported ? (lang == .ja ? "対応外" : "unsupported") : (lang == .ja ? "警告" : "warning")
                Terminal.err("\(note.cell): \(label): \(note.message.text(lang))")
            }
            guard let yaml = result.yaml, result.survey != nil else {
                Terminal.report(result.diagnostics, lang)
                Terminal.err(Message(en: "the form could not be made into a survey; nothing was written",
                                     ja: "様式を調査定義に変換できませんでした。何も出力していません").text(lang))
                throw ExitCode(1)
            }
            let unsupported = result.notes.filter { $0.severity == .unsupported }.count
            if unsupported > 0, !skipUnsupported {
                Terminal.err(Message(en: "\(unsupported) part(s) of the form cannot be carried; nothing was written (give --skip-unsupported to write the rest)",
                                     ja: "様式のうち \(unsupported) 件は取り込めません。何も出力していません（残りを出力するには --skip-unsupported を指定してください）").text(lang))
                throw ExitCode(1)
            }
            do {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
                try DurableFile.replace(target, with: Data(yaml.utf8))
            } catch let error as StoreError {
                throw error.report(lang, context: nil)
            }
            let sections = result.survey?.sections.count ?? 0
            let items = result.survey?.slots.count ?? 0
            Terminal.out(Message(en: "wrote \(target.path): \(sections) sections, \(items) items",
                                 ja: "\(target.path) を出力しました：\(sections) セクション、\(items) 項目").text(lang))
        }

        private func readForm(_ lang: Language) throws -> Data {
            let attributes = try? FileManager.default.attributesOfItem(atPath: form)
            guard let size = attributes?[.size] as? Int else {
                Terminal.err(Message(en: "\(form): error: no such file", ja: "\(form): エラー: ファイルがありません").text(lang))
                throw ExitCode(1)
            }
            let limit = WorkbookLimits.standard.fileBytes
            guard size <= limit, let data = FileManager.default.contents(atPath: form) else {
                Terminal.err("\(form): \(lang == .ja ? "エラー" : "error"): \(OfficeError.fileTooLarge(bytes: size, limit: limit).message.text(lang))")
                throw ExitCode(1)
            }
            return data
        }
    }

    /// `chosa survey export-xlsform --survey DIR --out FORM.xlsx`: the questionnaire as an XLSForm.
    struct ExportXLSForm: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export-xlsform",
            abstract: "Write the questionnaire as an XLSForm workbook. / 調査定義を XLSForm のワークブックとして出力します。",
            discussion: "The workbook imports back (import-xlsform) to the same definition. / import-xlsform で同じ定義に戻ります。"
        )

        @OptionGroup var survey: SurveyOption
        @Option(name: .long, help: "The workbook to write (.xlsx). / 出力ファイル")
        var out: String
        @OptionGroup var language: LanguageOption

        func run() throws {
            let lang = language.language
            let definition = try survey.files.loadSurvey(lang, printWarnings: false)
            do {
                let data = try WorkbookWriter.data(XLSFormExporter.workbook(definition))
                try DurableFile.replace(URL(fileURLWithPath: out), with: data)
            } catch let error as OfficeError {
                Terminal.err("\(out): \(lang == .ja ? "エラー" : "error"): \(error.message.text(lang))")
                throw ExitCode(1)
            } catch let error as StoreError {
                throw error.report(lang, context: nil)
            }
            Terminal.out(Message(en: "wrote \(out)", ja: "\(out) を出力しました").text(lang))
        }
    }
}
