public import GRDB

/// An analyst's override of one measure's status or evidence level; a row with neither clears the override.
public struct OverrideRecord: Sendable, Equatable, Codable {
    /// Row id.
    public var id: Int64?
    /// The institution.
    public var institutionId: String
    /// The rubric measure.
    public var measureId: String
    /// The status set, if any.
    public var status: String?
    /// The evidence level set, if any.
    public var evidence: String?
    /// Why.
    public var reason: String
    /// Who decided.
    public var analyst: String
    /// When it was recorded.
    public var recordedAt: String
}

extension OverrideRecord: FetchableRecord, MutablePersistableRecord {
    /// The table the record lives in.
    public static let databaseTableName = "override"
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    /// Keeps the row id SQLite assigned.
    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
