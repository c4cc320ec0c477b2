public import GRDB

/// A submitted response: immutable once written (the database refuses updates and deletes).
public struct SubmissionRecord: Sendable, Equatable, Codable {
    /// The submission's unique id (a lower-case UUID).
    public var submissionId: String
    /// The institution that submitted.
    public var institutionId: String
    /// The survey version it answered.
    public var surveyVersionId: Int64
    /// Canonical JSON of answers and evidence (sorted keys), the text hashed.
    public var content: String
    /// SHA-256 of `content`.
    public var contentSha256: String
    /// The officer who attested the answers.
    public var attestedBy: String
    /// When it was submitted, as written by the submitter.
    public var submittedAt: String
    /// The same instant in milliseconds since 1970, for ordering.
    public var submittedEpochMs: Int64
    /// When chosa received it.
    public var receivedAt: String
    /// How it arrived: `portal`, `api` or `import`.
    public var source: String
}

extension SubmissionRecord: FetchableRecord, PersistableRecord {
    /// The table the record lives in.
    public static let databaseTableName = "submission"
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}
