public import GRDB

/// A submitted response: immutable once written (the database refuses updates and deletes).
public struct SubmissionRecord: Sendable, Equatable {
    /// The submission's unique id (a lower-case UUID).
    public var submissionId: String
    /// The institution that submitted.
    public var institutionId: String
    /// The survey it answered (always its version's survey; kept beside the version for the latest-submission index).
    public var surveyId: String
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
    /// The draft revision it was made from (its receipt's revision); nil when it was not made from a draft (imports).
    public var draftRevision: Int?
}

extension SubmissionRecord: FetchableRecord, PersistableRecord {
    /// The table the record lives in.
    public static let databaseTableName = "submission"

    // Columns are mapped by hand rather than through `Codable` with snake_case strategies: GRDB converts every
    // key's case on every row, which was a tenth of importing and scoring a large database.

    /// A record from a row of its table.
    public init(row: Row) throws {
        submissionId = try row.decode(forColumn: "submission_id")
        institutionId = try row.decode(forColumn: "institution_id")
        surveyId = try row.decode(forColumn: "survey_id")
        surveyVersionId = try row.decode(forColumn: "survey_version_id")
        content = try row.decode(forColumn: "content")
        contentSha256 = try row.decode(forColumn: "content_sha256")
        attestedBy = try row.decode(forColumn: "attested_by")
        submittedAt = try row.decode(forColumn: "submitted_at")
        submittedEpochMs = try row.decode(forColumn: "submitted_epoch_ms")
        receivedAt = try row.decode(forColumn: "received_at")
        source = try row.decode(forColumn: "source")
        draftRevision = try row.decode(forColumn: "draft_revision")
    }

    /// The row's columns.
    public func encode(to container: inout PersistenceContainer) {
        container["submission_id"] = submissionId
        container["institution_id"] = institutionId
        container["survey_id"] = surveyId
        container["survey_version_id"] = surveyVersionId
        container["content"] = content
        container["content_sha256"] = contentSha256
        container["attested_by"] = attestedBy
        container["submitted_at"] = submittedAt
        container["submitted_epoch_ms"] = submittedEpochMs
        container["received_at"] = receivedAt
        container["source"] = source
        container["draft_revision"] = draftRevision
    }
}
