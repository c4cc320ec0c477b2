public import Foundation
public import GRDB
import SurveyCore

/// The record of the survey (DESIGN §4): survey versions, the roster, invitations, drafts with revisions,
/// immutable submissions, evidence files, analysts' verifications and overrides, scores and the audit log.
/// One value wraps the database connection; its initialiser runs the migrations, and every change is written
/// together with its audit row in one transaction.
public struct SurveyStore: Sendable {
    /// The database; a `DatabasePool` (WAL) in production, an in-memory queue in tests.
    public let writer: any DatabaseWriter
    /// Where evidence files are kept, content-addressed by SHA-256; nil for in-memory stores without files.
    public let evidenceFolder: URL?

    /// A store over `writer`, migrated to the current schema.
    public init(_ writer: any DatabaseWriter, evidenceFolder: URL? = nil) throws(StoreError) {
        self.writer = writer
        self.evidenceFolder = evidenceFolder
        do {
            if try writer.read({ try StoreMigrations.migrator.hasBeenSuperseded($0) }) {
                throw StoreError.newerSchema(path: writer.path)
            }
            try StoreMigrations.migrator.migrate(writer)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path: writer.path, reason: Self.describe(error))
        }
    }

    /// A fresh in-memory store, for tests: each call is a separate database.
    public static func inMemory(evidenceFolder: URL? = nil) throws(StoreError) -> SurveyStore {
        do {
            return try SurveyStore(DatabaseQueue(configuration: configuration()), evidenceFolder: evidenceFolder)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database(describe(error))
        }
    }

    /// Opens the database file at `path` as a WAL pool with durable (FULL) commits and foreign keys on.
    /// With `create` false, a missing file is an error rather than a new empty database.
    /// Evidence files live in the folder `evidence` beside the database.
    public static func open(path: String, create: Bool = false) throws(StoreError) -> SurveyStore {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue {
            throw StoreError.cannotOpen(path: path, reason: "it is a folder / フォルダです")
        }
        if !exists, !create { throw StoreError.noDatabase(path: path) }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration())
            try requireFullSynchronous(pool)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path: path, reason: describe(error))
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("evidence")
        return try SurveyStore(pool, evidenceFolder: folder)
    }

    /// The settings every connection gets: foreign keys enforced, and a busy timeout so a second process waits
    /// for a running import instead of failing at once.
    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.label = "chosa"
        return configuration
    }

    /// GRDB sets `synchronous=NORMAL` on the pool's writer while enabling WAL, after `prepareDatabase` has run, so
    /// FULL is set here, once the pool is open, on the writer connection that performs every commit, then read back.
    static func requireFullSynchronous(_ pool: DatabasePool) throws {
        let value = try pool.writeWithoutTransaction { db -> Int in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            return try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1
        }
        guard value == 2 else { throw StoreError.notDurable(found: value) }
    }

    /// The writer connection's `PRAGMA synchronous` (2 = FULL), for `chosa db init` and the tests.
    public func synchronousSetting() throws(StoreError) -> Int {
        try perform { try writer.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") ?? -1 } }
    }

    /// The identifiers of the migrations applied, oldest first.
    public func appliedMigrations() throws(StoreError) -> [String] {
        try perform { try writer.read { try StoreMigrations.migrator.appliedIdentifiers($0).sorted() } }
    }

    /// Runs database work, turning GRDB's errors into `StoreError`s with readable text.
    func perform<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database(Self.describe(error))
        }
    }

    /// A readable reason from a GRDB or system error, without SQL or stack detail.
    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB: return "the file is not an SQLite database / SQLite のデータベースではありません"
            case .SQLITE_CANTOPEN: return "the file cannot be opened (check the folder exists and permissions) / ファイルを開けません（フォルダの有無と権限を確認してください）"
            case .SQLITE_READONLY: return "the file is read-only / 読み取り専用です"
            case .SQLITE_PERM, .SQLITE_AUTH: return "permission denied / 権限がありません"
            case .SQLITE_FULL: return "the disk is full / ディスクの空きがありません"
            case .SQLITE_BUSY, .SQLITE_LOCKED: return "the database is busy in another process; try again / 他のプロセスが使用中です。再試行してください"
            case .SQLITE_CORRUPT: return "the database file is damaged; restore a backup / データベースが破損しています。バックアップから復元してください"
            default: return error.message ?? "SQLite error \(error.resultCode.rawValue)"
            }
        }
        return "\(error)"
    }
}
