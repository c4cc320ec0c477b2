import ArgumentParser
import Foundation
import SurveyCore
import SurveyStore

extension ResponsesCommand {
    /// `chosa responses import FILE|DIR…`: each file in its own transaction, all or nothing.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import response files into the database. / 回答ファイルをデータベースに取り込みます。",
            discussion: """
            Each file (one response or a JSON array of them) is imported whole or not at all: an invalid response, an \
            institution not in the roster, a survey not loaded, or a submission_id already used for other content imports \
            nothing from that file, and every reason is listed. submission_id and attested_by are required. Importing the same \
            file again changes nothing. Exit status 1 when any file was refused; the other files are still imported.
            """
        )

        @Argument(help: "Response files (JSON), or folders of them. / 回答ファイル（JSON）またはフォルダ")
        var files: [String]
        @OptionGroup var database: DatabaseOption
        @OptionGroup var language: LanguageOption

        func run() throws {
            let lang = language.language
            let paths = try ResponsePaths.expand(files, lang)
            let store = try database.open(lang)
            let importer = try storeStep(lang) { () throws(StoreError) in try ResponseImporter(store: store) }
            var totals = (imported: 0, already: 0, verifications: 0, refused: 0)
            for path in paths {
                let result: FileImportResult
                if let data = readFile(path, lang) {
                    result = importer.importFile(data, file: path, by: database.actor)
                } else {
                    totals.refused += 1
                    continue
                }
                for warning in result.warnings { Terminal.err("\(path): \(warning.rendered(lang))") }
                for problem in result.problems { Terminal.err("\(path): \(problem.rendered(lang))") }
                if result.succeeded {
                    totals.imported += result.imported
                    totals.already += result.alreadyPresent
                    totals.verifications += result.verifications
                } else {
                    totals.refused += 1
                    Terminal.err(Message(en: "\(path): not imported; nothing from this file was stored",
                                         ja: "\(path): 取り込んでいません。このファイルの内容は一切保存されていません").text(lang))
                }
            }
            Terminal.out(Message(
                en: "\(paths.count) file\(paths.count == 1 ? "" : "s"): \(totals.imported) submissions imported, \(totals.already) already present, \(totals.verifications) verifications recorded, \(totals.refused) file\(totals.refused == 1 ? "" : "s") refused",
                ja: "\(paths.count) ファイル：提出 \(totals.imported) 件を取込、\(totals.already) 件は取込済み、確認記録 \(totals.verifications) 件、拒否したファイル \(totals.refused) 件").text(lang))
            if totals.refused > 0 { throw ExitCode(1) }
        }

        private func readFile(_ path: String, _ lang: Language) -> Data? {
            let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
            guard size <= ResponseFile.maximumBytes else {
                Terminal.err("\(path): " + Message(en: "error: file is \(size) bytes; response files are limited to \(ResponseFile.maximumBytes) bytes",
                                                   ja: "エラー: ファイルが \(size) バイトあります。回答ファイルの上限は \(ResponseFile.maximumBytes) バイトです").text(lang))
                return nil
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                Terminal.err("\(path): " + Message(en: "error: cannot read the file", ja: "エラー: ファイルを読めません").text(lang))
                return nil
            }
            return data
        }
    }
}
