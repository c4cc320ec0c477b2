import ArgumentParser
import Foundation
import SurveyCore
import SurveyStore

/// `chosa backup --out FILE`: a consistent copy while the database is in use.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database consistently while it is in use. / 使用中のデータベースを整合性を保って複製します。",
        discussion: """
        Uses SQLite's online backup, checks the copy with PRAGMA integrity_check and gives it its name only when the \
        check passes; an existing file is never overwritten. Evidence files are copied to an evidence folder beside FILE. \
        To restore, stop chosa and copy FILE (and the evidence folder) back in place of the database.
        """
    )

    @Option(name: .long, help: "The backup file to create (must not exist). / 作成するバックアップファイル")
    var out: String
    @OptionGroup var database: DatabaseOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        let store = try database.open(lang)
        let summary = try storeStep(lang) { () throws(StoreError) in try store.backup(to: out) }
        Terminal.out(Message(
            en: "\(out): backup written (\(summary.bytes) bytes, integrity_check ok, \(summary.evidenceFilesCopied) evidence files copied)",
            ja: "\(out): バックアップを作成しました（\(summary.bytes) バイト、integrity_check 正常、証憑ファイル \(summary.evidenceFilesCopied) 件を複製）").text(lang))
    }
}
