public import GRDB

/// An analyst's verification of one measure for one institution; the newest row per measure counts.
public struct VerificationRecord: Sendable, Equatable {
    /// Row id.
    public var id: Int64?
    /// The institution.
    public var institutionId: String
    /// The survey the review belongs to (DESIGN §5.10).
    public var surveyId: String
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

    // Columns are mapped by hand rather than through `Codable` with snake_case strategies: GRDB converts every
    // key's case on every row, which was a tenth of importing and scoring a large database.

    /// A record from a row of its table.
    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        institutionId = try row.decode(forColumn: "institution_id")
        surveyId = try row.decode(forColumn: "survey_id")
        measureId = try row.decode(forColumn: "measure_id")
        level = try row.decode(forColumn: "level")
        note = try row.decode(forColumn: "note")
        analyst = try row.decode(forColumn: "analyst")
        recordedAt = try row.decode(forColumn: "recorded_at")
    }

    /// The row's columns.
    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["institution_id"] = institutionId
        container["survey_id"] = surveyId
        container["measure_id"] = measureId
        container["level"] = level
        container["note"] = note
        container["analyst"] = analyst
        container["recorded_at"] = recordedAt
    }

    /// Keeps the row id SQLite assigned.
    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
