public import GRDB

/// A loaded survey and rubric, kept as the YAML text they were loaded from; responses are pinned to one.
public struct SurveyVersionRecord: Sendable, Equatable, Codable {
    /// Row id; responses point at it.
    public var id: Int64?
    /// The survey's id, e.g. `cao-research-integrity-2023`.
    public var surveyId: String
    /// The survey's version label.
    public var label: String
    /// The survey's deadline, YYYY-MM-DD.
    public var deadline: String
    /// survey.yaml as loaded.
    public var surveyYaml: String
    /// SHA-256 of survey.yaml.
    public var surveySha256: String
    /// rubric.yaml as loaded.
    public var rubricYaml: String
    /// SHA-256 of rubric.yaml.
    public var rubricSha256: String
    /// When it was loaded.
    public var loadedAt: String
    /// Who loaded it.
    public var loadedBy: String
}

extension SurveyVersionRecord: FetchableRecord, MutablePersistableRecord {
    /// The table the record lives in.
    public static let databaseTableName = "survey_version"
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    /// Keeps the row id SQLite assigned.
    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
