public import GRDB

/// One row of the append-only audit log: who did what to which entity, with before and after as JSON.
public struct AuditRecord: Sendable, Equatable, Codable {
    /// Row id, in order of writing.
    public var id: Int64?
    /// When.
    public var at: String
    /// Who.
    public var actor: String
    /// What, e.g. `submission.record`.
    public var action: String
    /// Which table, e.g. `submission`.
    public var entity: String
    /// Which row.
    public var entityId: String
    /// The state before, as JSON; nil when created.
    public var before: String?
    /// The state after, as JSON; nil when removed.
    public var after: String?
}

extension AuditRecord: FetchableRecord, MutablePersistableRecord {
    /// The table the record lives in.
    public static let databaseTableName = "audit_log"
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    /// Keeps the row id SQLite assigned.
    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
