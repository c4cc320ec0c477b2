import ArgumentParser
import Foundation
import SurveyCore
import SurveyStore
import SurveyServices

/// `--format json|csv` for `chosa responses export`.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json
    case csv
}

extension ResponsesCommand {
    /// `chosa responses export --format json|csv [--excel] [--out FILE]`: each institution's latest submission.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export each institution's latest submission as JSON or CSV. / 各機関の最新の提出を JSON 又は CSV で出力します。",
            discussion: """
            json: an array of response files (the import format), to standard output or --out; it imports back unchanged. \
            csv: one row per institution and one column per item in questionnaire order; multiple choice as 0/1 columns \
            named item__value; calculated items as item__calculated; each repeat in its own file OUT-stem.REPEAT.csv with a \
            row per repeat row. Cells starting with = + - @ are neutralised. --excel adds a UTF-8 byte-order mark so Excel \
            shows Japanese correctly. Files are written atomically.
            """
        )

        @Option(name: .long, help: "json or csv. / 出力形式")
        var format: ExportFormat = .json
        @Flag(name: .long, help: "Add a UTF-8 byte-order mark for Excel (CSV only). / Excel 用に BOM を付けます")
        var excel = false
        @Option(name: .long, help: "Output file (required for csv; json goes to standard output without it). / 出力ファイル")
        var out: String?
        @OptionGroup var survey: SurveyIDOption
        @OptionGroup var database: DatabaseOption
        @OptionGroup var language: LanguageOption

        func validate() throws {
            if format == .csv, out == nil {
                throw ValidationError("--format csv writes several files; give --out FILE.csv / CSV は複数ファイルになるため --out FILE.csv を指定してください")
            }
            if excel, format != .csv {
                throw ValidationError("--excel applies to --format csv only / --excel は --format csv でのみ使えます")
            }
        }

        func run() throws {
            let lang = language.language
            let store = try database.open(lang)
            let export = try storeStep(lang) { () throws(StoreError) in try ResponseExport(store: store) }
            let surveyID = try storeStep(lang) { () throws(StoreError) in try survey.selected(in: export.catalog).survey.id }
            switch format {
            case .json:
                let data = try storeStep(lang) { () throws(StoreError) in try export.json(surveyID: surveyID) }
                if let out {
                    try storeStep(lang) { () throws(StoreError) in try DurableFile.replace(URL(fileURLWithPath: out), with: data) }
                    let count = try storeStep(lang) { () throws(StoreError) in try export.items(surveyID: surveyID).count }
                    Terminal.out(Message(en: "\(out): \(count) responses written", ja: "\(out): 回答 \(count) 件を書き出しました").text(lang))
                } else {
                    FileHandle.standardOutput.write(data)
                }
            case .csv:
                guard let out else { throw ExitCode(2) }
                let tables = try storeStep(lang) { () throws(StoreError) in try export.tables(surveyID: surveyID) }
                var written: [String] = []
                for table in tables {
                    let path = table.repeatID.map { Self.repeatPath(out, $0) } ?? out
                    try storeStep(lang) { () throws(StoreError) in
                        try DurableFile.replace(URL(fileURLWithPath: path), with: Data(table.csv(excel: excel).utf8))
                    }
                    written.append("\(path) (\(table.rows.count))")
                }
                Terminal.out(Message(en: "written: \(written.joined(separator: ", "))", ja: "書き出したファイル：\(written.joined(separator: "、"))").text(lang))
            }
        }

        /// `responses.csv` → `responses.foreign_funding.csv`.
        static func repeatPath(_ out: String, _ repeatID: String) -> String {
            let url = URL(fileURLWithPath: out)
            let stem = url.pathExtension.isEmpty ? url.lastPathComponent : url.deletingPathExtension().lastPathComponent
            let name = "\(stem).\(repeatID).csv"
            let folder = (out as NSString).deletingLastPathComponent
            return folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
        }
    }
}
