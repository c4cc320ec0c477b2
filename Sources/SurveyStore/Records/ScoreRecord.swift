public import GRDB

/// The latest score of an institution, computed from its latest submission and the analysts' reviews.
public struct ScoreRecord: Sendable, Equatable, Codable {
    /// The institution.
    public var institutionId: String
    /// The submission scored.
    public var submissionId: String
    /// The survey version (and rubric) used.
    public var surveyVersionId: Int64
    /// Laxity 0–100.
    public var laxity: Double
    /// substandard, needs_improvement or adequate.
    public var verdict: String
    /// low, medium or high.
    public var confidence: String
    /// The score card as JSON (DESIGN §5.5 shape).
    public var card: String
    /// When it was computed.
    public var scoredAt: String
}

extension ScoreRecord: FetchableRecord, PersistableRecord {
    /// The table the record lives in.
    public static let databaseTableName = "score"
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}
