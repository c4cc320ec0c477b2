public import GRDB

/// An institution's working copy of its answers, with a revision for optimistic concurrency.
public struct DraftRecord: Sendable, Equatable, Codable {
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

extension DraftRecord: FetchableRecord, PersistableRecord {
    /// The table the record lives in.
    public static let databaseTableName = "draft"
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    /// Columns are snake_case in SQL and camelCase in Swift.
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}
