public import GRDB

/// An analyst's verification of one measure for one institution; the newest row per measure counts.
public struct VerificationRecord: Sendable, Equatable, Codable {
    /// Row id.
    public var id: Int64?
    /// The institution.
    public var institutionId: String
    /// The rubric measure.
    public var measureId: String
    /// E0–E3.
    public var level: String
    /// What was checked.
    public var note: String
    /// Who checked.
    public var analyst: String
    /// When it was recorded.
    public var recordedAt: String
}

extension VerificationRecord: FetchableRecord, MutablePersistableRecord {
    /// The table the record lives in.
    public static let databaseTableName = "verification"
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    /// Keeps the row id SQLite assigned.
    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
