import Foundation
import GRDB
import SurveyCore
@testable import SurveyStore
import Testing

@Suite struct MigrationTests {
    @Test func migratesAnEmptyDatabase() throws {
        let store = try SurveyStore.inMemory()
        #expect(try store.appliedMigrations() == ["v1-store", "v2-survey-years", "v3-sessions", "v4-season", "v5-analysts"])
        let tables = try store.writer.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") }
        for table in ["audit_log", "draft", "draft_save", "evidence_file", "institution", "invitation", "override", "score", "submission",
                      "survey_version", "verification"] {
            #expect(tables.contains(table), "missing table \(table)")
        }
        #expect(try store.writer.read { try Bool.fetchOne($0, sql: "PRAGMA foreign_keys") } == true)
    }

    @Test func fileDatabaseCommitsWithSynchronousFull() throws {
        let folder = try StoreFixtures.temporaryFolder()
        let path = folder.appendingPathComponent("chosa.sqlite").path
        let store = try SurveyStore.open(path: path, create: true)
        #expect(try store.synchronousSetting() == 2)
        #expect(try store.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        // Reopening an existing database keeps the data and applies no migration twice.
        _ = try store.importRoster(StoreFixtures.roster, by: StoreFixtures.analyst)
        let again = try SurveyStore.open(path: path)
        #expect(try again.institutions().count == 4)
        #expect(try again.synchronousSetting() == 2)
    }

    @Test func refusesMissingTextAndFolderPaths() throws {
        let folder = try StoreFixtures.temporaryFolder()
        let missing = folder.appendingPathComponent("none.sqlite").path
        #expect(throws: StoreError.noDatabase(path: missing)) { try SurveyStore.open(path: missing) }
        #expect(!FileManager.default.fileExists(atPath: missing))
        let text = folder.appendingPathComponent("notes.txt")
        try Data(String(repeating: "not a database\n", count: 200).utf8).write(to: text)
        do {
            _ = try SurveyStore.open(path: text.path)
            Issue.record("a text file opened as a database")
        } catch {
            guard case let .cannotOpen(_, reason) = error else { Issue.record("unexpected \(error)"); return }
            #expect(reason.contains("not an SQLite database"))
        }
        #expect(try String(contentsOf: text, encoding: .utf8).hasPrefix("not a database"))
        #expect(throws: StoreError.self) { try SurveyStore.open(path: folder.path) }
    }
}
