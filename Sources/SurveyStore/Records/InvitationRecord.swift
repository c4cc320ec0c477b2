public import GRDB

/// An invitation token, stored only as its SHA-256.
public struct InvitationRecord: Sendable, Equatable, Codable {
    /// Row id.
    public var id: Int64?
    /// The invited institution.
    public var institutionId: String
    /// SHA-256 (hex) of the token; the token itself is never stored.
    public var tokenSha256: String
    /// When it was issued.
    public var createdAt: String
    /// Who issued it.
    public var createdBy: String
    /// The last moment it works.
    public var expiresAt: String
    /// When it was revoked (by a newer invitation), if it was.
    public var revokedAt: String?
}

extension InvitationRecord: FetchableRecord, MutablePersistableRecord {
    /// The table the record lives in.
    public static let databaseTableName = "invitation"
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    /// Keeps the row id SQLite assigned.
    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
