public import GRDB

/// A stored evidence file, named by the SHA-256 of its bytes.
public struct EvidenceFileRecord: Sendable, Equatable, Codable {
    /// SHA-256 (hex) of the content; also the file's name on disk.
    public var sha256: String
    /// Size in bytes.
    public var size: Int64
    /// Media type.
    public var mediaType: String
    /// When it was stored.
    public var storedAt: String
}

extension EvidenceFileRecord: FetchableRecord, PersistableRecord {
    /// The table the record lives in.
    public static let databaseTableName = "evidence_file"
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}
