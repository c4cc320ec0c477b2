public import GRDB

/// An invitation token, stored only as its SHA-256.
public struct InvitationRecord: Sendable, Equatable {
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

    // Mapped by hand, and looked up by hash with a cached statement: every API request and portal page checks
    // a token, and GRDB's query interface builds and prepares its SQL on every call.

    /// A record from a row of its table.
    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        institutionId = try row.decode(forColumn: "institution_id")
        tokenSha256 = try row.decode(forColumn: "token_sha256")
        createdAt = try row.decode(forColumn: "created_at")
        createdBy = try row.decode(forColumn: "created_by")
        expiresAt = try row.decode(forColumn: "expires_at")
        revokedAt = try row.decode(forColumn: "revoked_at")
    }

    /// The row's columns.
    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["institution_id"] = institutionId
        container["token_sha256"] = tokenSha256
        container["created_at"] = createdAt
        container["created_by"] = createdBy
        container["expires_at"] = expiresAt
        container["revoked_at"] = revokedAt
    }

    /// The invitation whose token hashes to `hash`, or nil.
    static func find(_ db: Database, tokenSha256 hash: String) throws -> InvitationRecord? {
        try fetchOne(db.cachedStatement(sql: "SELECT * FROM invitation WHERE token_sha256 = ?"), arguments: [hash])
    }

    /// Keeps the row id SQLite assigned.
    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
