public import GRDB

/// An analyst's override of one measure's status or evidence level; a row with neither clears the override.
public struct OverrideRecord: Sendable, Equatable {
    /// Row id.
    public var id: Int64?
    /// The institution.
    public var institutionId: String
    /// The survey the review belongs to (DESIGN §5.10).
    public var surveyId: String
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

    // Columns are mapped by hand rather than through `Codable` with snake_case strategies: GRDB converts every
    // key's case on every row, which was a tenth of importing and scoring a large database.

    /// A record from a row of its table.
    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        institutionId = try row.decode(forColumn: "institution_id")
        surveyId = try row.decode(forColumn: "survey_id")
        measureId = try row.decode(forColumn: "measure_id")
        status = try row.decode(forColumn: "status")
        evidence = try row.decode(forColumn: "evidence")
        reason = try row.decode(forColumn: "reason")
        analyst = try row.decode(forColumn: "analyst")
        recordedAt = try row.decode(forColumn: "recorded_at")
    }

    /// The row's columns.
    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["institution_id"] = institutionId
        container["survey_id"] = surveyId
        container["measure_id"] = measureId
        container["status"] = status
        container["evidence"] = evidence
        container["reason"] = reason
        container["analyst"] = analyst
        container["recorded_at"] = recordedAt
    }

    /// Keeps the row id SQLite assigned.
    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
