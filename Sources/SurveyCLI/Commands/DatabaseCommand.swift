import ArgumentParser
import Foundation
import SurveyCore
import SurveyStore

/// `chosa db …`: create and check the database.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Create or check the database. / データベースの作成・確認",
        subcommands: [Initialize.self]
    )
}

extension DatabaseCommand {
    /// `chosa db init`: creates the database (or brings an existing one up to date) and reports its durability.
    struct Initialize: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create the database, or migrate an existing one. / データベースを作成（既存なら更新）します。",
            discussion: "Safe to run again: existing data is kept and only missing migrations are applied."
        )

        @OptionGroup var database: DatabaseOption
        @OptionGroup var language: LanguageOption

        func run() throws {
            let lang = language.language
            let existed = FileManager.default.fileExists(atPath: database.path)
            let store = try database.open(lang, create: true)
            let migrations = try storeStep(lang) { () throws(StoreError) in try store.appliedMigrations() }
            let synchronous = try storeStep(lang) { () throws(StoreError) in try store.synchronousSetting() }
            Terminal.out(Message(
                en: "\(database.path): \(existed ? "database is up to date" : "database created") (migrations: \(migrations.joined(separator: ", ")); WAL, synchronous=\(synchronous == 2 ? "FULL" : String(synchronous)), foreign keys on)",
                ja: "\(database.path): \(existed ? "データベースは最新です" : "データベースを作成しました")（マイグレーション: \(migrations.joined(separator: ", "))、WAL、synchronous=\(synchronous == 2 ? "FULL" : String(synchronous))、外部キー有効）").text(lang))
        }
    }
}
