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
        let content = SubmissionContent(answers: answers, evidence: evidence)
        return try perform {
            try writer.write { db in
                guard try InstitutionRecord.exists(db, key: institution) else { throw StoreError.unknownInstitution(institution) }
                let current = try DraftRecord.fetchOne(db, key: ["institution_id": institution, "survey_id": survey])
                let currentRevision = current?.revision ?? 0
                guard currentRevision == baseRevision else { throw StoreError.staleRevision(current: currentRevision) }
                let record = DraftRecord(institutionId: institution, surveyId: survey, revision: currentRevision + 1, content: content.text,
                                         contentSha256: content.sha256, updatedAt: StoreTime.string(actor.now), updatedBy: actor.name)
                try record.save(db)
                var changed: [String] = []
                if let current, let old = try? SubmissionContent.parse(current.content) {
                    let keys = Set(old.answers.keys).union(answers.keys)
                    changed = keys.filter { old.answers[$0] != answers[$0] }.sorted()
                        + Set(old.evidence.keys).union(evidence.keys).filter { old.evidence[$0] != evidence[$0] }.sorted()
                } else {
                    changed = answers.keys.sorted() + evidence.keys.sorted()
                }
                try AuditLog.append(db, actor, action: "draft.save", entity: "draft", id: "\(institution)/\(survey)",
                                    before: current.map { .object(["revision": .number(Double($0.revision)), "sha256": .string($0.contentSha256)]) },
                                    after: .object(["revision": .number(Double(record.revision)), "sha256": .string(content.sha256),
                                                    "changed": .array(changed.map(JSONValue.string))]))
                return record.revision
            }
        }
    }

    // MARK: - Reads

    /// An institution's draft, or nil when it has not saved one.
    public func draft(institution: String, survey: String) throws(StoreError) -> Draft? {
        let record = try perform { try writer.read { try DraftRecord.fetchOne($0, key: ["institution_id": institution, "survey_id": survey]) } }
        guard let record else { return nil }
        do {
            let content = try SubmissionContent.parse(record.content)
            return Draft(revision: record.revision, answers: content.answers, evidence: content.evidence, updatedBy: record.updatedBy)
        } catch {
            throw StoreError.database("the draft of \(institution) has unreadable content")
        }
    }
}
