public import GRDB

/// One institution of the roster.
public struct InstitutionRecord: Sendable, Equatable, Codable {
    /// Roster id.
    public var id: String
    /// Name in Japanese.
    public var nameJa: String
    /// Name in English.
    public var nameEn: String
    /// One of the five categories' raw values.
    public var category: String
    /// Who to write to.
    public var contact: String
    /// When it was first imported.
    public var createdAt: String
    /// When its details last changed.
    public var updatedAt: String
}

extension InstitutionRecord: FetchableRecord, PersistableRecord {
    /// The table the record lives in.
    public static let databaseTableName = "institution"
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}
