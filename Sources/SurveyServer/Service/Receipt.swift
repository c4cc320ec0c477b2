public import SurveyStore

/// The acknowledgement of a submission: what was received, when, from whom, and the SHA-256 that proves which
/// answers (the canonical JSON of answers and attached files).
public struct Receipt: Sendable, Equatable {
    /// The submission's id.
    public var submissionID: String
    /// The institution.
    public var institution: String
    /// The draft revision submitted, when it came from a draft.
    public var revision: Int?
    /// SHA-256 of the submitted content.
    public var sha256: String
    /// When it was submitted (Tokyo time).
    public var submittedAt: String
    /// When chosa stored it.
    public var receivedAt: String
    /// The attesting officer.
    public var attestedBy: String
    /// `portal`, `api` or `import`.
    public var source: String

    /// The receipt of a stored submission.
    public init(_ record: SubmissionRecord, revision: Int?) {
        submissionID = record.submissionId
        institution = record.institutionId
        self.revision = revision
        sha256 = record.contentSha256
        submittedAt = record.submittedAt
        receivedAt = record.receivedAt
        attestedBy = record.attestedBy
        source = record.source
    }
}
