import GRDB
public import SurveyCore

/// A draft as read back: its revision and its answers and files.
public struct Draft: Sendable, Equatable {
    /// The current revision (1 after the first save).
    public var revision: Int
    /// Answers by item id.
    public var answers: [String: JSONValue]
    /// Attached files by evidence item id.
    public var evidence: [String: [ResponseFile.EvidenceFile]]
    /// Who saved it last.
    public var updatedBy: String

    /// A draft from its parts.
    public init(revision: Int, answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]], updatedBy: String) {
        self.revision = revision
        self.answers = answers
        self.evidence = evidence
        self.updatedBy = updatedBy
    }
}

extension SurveyStore {
    // MARK: - Writes

    /// Saves an institution's draft if `baseRevision` is still current (0 when there is no draft yet) and returns the
    /// new revision; otherwise throws `staleRevision` and changes nothing, so two staff editing at once never
    /// silently overwrite each other.
    public func saveDraft(institution: String, survey: String, answers: [String: JSONValue],
                          evidence: [String: [ResponseFile.EvidenceFile]] = [:], baseRevision: Int,
                          by actor: Actor) throws(StoreError) -> Int {
        // One save is a batch of one: the same checks, change list and audit row as the portal's group commit.
        let save = DraftSave(institution: institution, survey: survey, answers: answers, evidence: evidence,
                             baseRevision: baseRevision, actor: actor)
        guard let result = try saveDrafts([save]).first else { throw StoreError.database("a draft save returned no result") }
        return try result.get()
    }

    // MARK: - Reads

    /// The institutions that have saved a draft of `survey`.
    public func institutionsWithDraft(survey: String) throws(StoreError) -> Set<String> {
        try perform { try writer.read { Set(try String.fetchAll($0, sql: "SELECT institution_id FROM draft WHERE survey_id = ?", arguments: [survey])) } }
    }

    /// An institution's draft, or nil when it has not saved one.
    public func draft(institution: String, survey: String) throws(StoreError) -> Draft? {
        let record = try perform { try writer.read { try DraftRecord.find($0, institution: institution, survey: survey) } }
        guard let record else { return nil }
        do {
            let content = try SubmissionContent.parse(record.content)
            return Draft(revision: record.revision, answers: content.answers, evidence: content.evidence, updatedBy: record.updatedBy)
        } catch {
            throw StoreError.database("the draft of \(institution) has unreadable content")
        }
    }
}
