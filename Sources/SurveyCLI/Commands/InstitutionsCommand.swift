import ArgumentParser
import Foundation
import SurveyCore
import SurveyStore

/// `chosa institutions …`: the roster.
struct InstitutionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "institutions",
        abstract: "Import and list the roster of institutions. / 対象機関名簿の取込・一覧",
        subcommands: [Import.self, List.self]
    )
}

extension InstitutionsCommand {
    /// `chosa institutions import ROSTER.csv`: all rows checked first; all or nothing.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a roster CSV: id,name_ja,name_en,category,contact. / 名簿 CSV を取り込みます。",
            discussion: """
            UTF-8 with or without a byte-order mark; a header row; fields with commas or line breaks in double quotes. \
            category is one of national_university, public_university, private_university, national_research_agency, \
            inter_university_institute. Every row is checked first and every problem listed by row and column; when any \
            row has an error nothing is imported. New ids are added, changed ones updated; ids missing from the file are kept.
            """
        )

        @Argument(help: "The roster CSV file. / 名簿 CSV ファイル")
        var roster: String
        @OptionGroup var database: DatabaseOption
        @OptionGroup var language: LanguageOption

        func run() throws {
            let lang = language.language
            guard let data = FileManager.default.contents(atPath: roster) else {
                Terminal.err(Message(en: "\(roster): error: cannot read the file", ja: "\(roster): エラー: ファイルを読めません").text(lang))
                throw ExitCode(1)
            }
            let result = Roster.read(data, file: roster)
            Terminal.report(result.diagnostics, lang)
            guard let entries = result.entries else {
                let errors = result.diagnostics.filter { $0.severity == .error }.count
                Terminal.err(Message(en: "\(roster): \(errors) error\(errors == 1 ? "" : "s"); nothing was imported",
                                     ja: "\(roster): エラー \(errors) 件。何も取り込んでいません").text(lang))
                throw ExitCode(1)
            }
            let store = try database.open(lang)
            let summary = try storeStep(lang) { () throws(StoreError) in try store.importRoster(entries, by: database.actor) }
            Terminal.out(Message(
                en: "\(roster): \(entries.count) institutions: \(summary.added) added, \(summary.updated) updated, \(summary.unchanged) unchanged",
                ja: "\(roster): \(entries.count) 機関：追加 \(summary.added)、更新 \(summary.updated)、変更なし \(summary.unchanged)").text(lang))
        }
    }

    /// `chosa institutions list`: the roster as CSV.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Print the roster as CSV. / 名簿を CSV で出力します。"
        )

        @OptionGroup var database: DatabaseOption
        @OptionGroup var language: LanguageOption

        func run() throws {
            let store = try database.open(language.language)
            let rows = try storeStep(language.language) { () throws(StoreError) in try store.institutions() }
            let fields = rows.map { row -> [CSV.Field] in [.text(row.id), .text(row.nameJa), .text(row.nameEn), .text(row.category), .text(row.contact)] }
            FileHandle.standardOutput.write(Data(CSV.document(header: Roster.columns, rows: fields).utf8))
        }
    }
}
