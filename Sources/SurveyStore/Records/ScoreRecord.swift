public import GRDB

/// The stored score of an institution for one survey, computed from its latest submission to that survey and the
/// analysts' reviews of it.
public struct ScoreRecord: Sendable, Equatable {
    /// The survey scored (one row per institution and survey).
    public var surveyId: String
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

    // Columns are mapped by hand rather than through `Codable` with snake_case strategies: GRDB converts every
    // key's case on every row, which was a tenth of importing and scoring a large database.

    /// A record from a row of its table.
    public init(row: Row) throws {
        surveyId = try row.decode(forColumn: "survey_id")
        institutionId = try row.decode(forColumn: "institution_id")
        submissionId = try row.decode(forColumn: "submission_id")
        surveyVersionId = try row.decode(forColumn: "survey_version_id")
        laxity = try row.decode(forColumn: "laxity")
        verdict = try row.decode(forColumn: "verdict")
        confidence = try row.decode(forColumn: "confidence")
        card = try row.decode(forColumn: "card")
        scoredAt = try row.decode(forColumn: "scored_at")
    }

    /// The row's columns.
    public func encode(to container: inout PersistenceContainer) {
        container["survey_id"] = surveyId
        container["institution_id"] = institutionId
        container["submission_id"] = submissionId
        container["survey_version_id"] = surveyVersionId
        container["laxity"] = laxity
        container["verdict"] = verdict
        container["confidence"] = confidence
        container["card"] = card
        container["scored_at"] = scoredAt
    }
}
