public import GRDB

/// An institution's working copy of its answers, with a revision for optimistic concurrency.
public struct DraftRecord: Sendable, Equatable {
    /// The institution.
    public var institutionId: String
    /// The survey answered.
    public var surveyId: String
    /// 1 for the first save, one more on every save.
    public var revision: Int
    /// Canonical JSON of answers and evidence.
    public var content: String
    /// SHA-256 of `content`.
    public var contentSha256: String
    /// When it was last saved.
    public var updatedAt: String
    /// Who last saved it.
    public var updatedBy: String
}

extension DraftRecord: FetchableRecord {
    // Mapped by hand, and read and written (table `draft`) only through the cached statements below: a draft is
    // read and written on every save from the portal and the API, and GRDB's query interface builds and prepares
    // its SQL on every call.

    /// A record from a row of its table.
    public init(row: Row) throws {
        institutionId = try row.decode(forColumn: "institution_id")
        surveyId = try row.decode(forColumn: "survey_id")
        revision = try row.decode(forColumn: "revision")
        content = try row.decode(forColumn: "content")
        contentSha256 = try row.decode(forColumn: "content_sha256")
        updatedAt = try row.decode(forColumn: "updated_at")
        updatedBy = try row.decode(forColumn: "updated_by")
    }

    /// An institution's draft of a survey, or nil.
    static func find(_ db: Database, institution: String, survey: String) throws -> DraftRecord? {
        try fetchOne(db.cachedStatement(sql: "SELECT * FROM draft WHERE institution_id = ? AND survey_id = ?"),
                     arguments: [institution, survey])
    }

    /// Inserts the draft or replaces the institution's draft of the survey.
    func upsert(_ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO draft (institution_id, survey_id, revision, content, content_sha256, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (institution_id, survey_id) DO UPDATE SET revision = excluded.revision, content = excluded.content,
                content_sha256 = excluded.content_sha256, updated_at = excluded.updated_at, updated_by = excluded.updated_by
            """).execute(arguments: [institutionId, surveyId, revision, content, contentSha256, updatedAt, updatedBy])
    }
}
