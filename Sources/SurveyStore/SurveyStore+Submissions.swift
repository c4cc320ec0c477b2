import Foundation
import GRDB
public import SurveyCore

/// Whether a submission was new.
public enum RecordOutcome: Sendable, Equatable {
    /// Written now.
    case recorded
    /// The same submission id with the same content was already there; nothing changed.
    case alreadyRecorded
}

extension SurveyStore {
    // MARK: - Writes

    /// Records a submission pinned to `version`, with its audit row, in one transaction. The same id with the same
    /// content and institution is `alreadyRecorded`; with anything else it is a conflict and nothing changes.
    public func recordSubmission(_ response: ResponseFile, version: LoadedSurvey, source: SubmissionSource,
                                 by actor: Actor) throws(StoreError) -> RecordOutcome {
        try perform {
            try writer.write { db in
                try Self.record(db, response, content: SubmissionContent(response), version: version, source: source, draftRevision: nil, by: actor)
            }
        }
    }

    /// The insert behind `recordSubmission`, for callers that batch several in their own transaction.
    static func record(_ db: Database, _ response: ResponseFile, content: SubmissionContent, version: LoadedSurvey,
                       source: SubmissionSource, draftRevision: Int?, by actor: Actor) throws -> RecordOutcome {
        guard let id = response.submissionID else { throw StoreError.database("a submission needs a submission_id") }
        guard response.survey == version.survey.id else {
            throw StoreError.surveyMismatch(response: response.survey, loaded: version.survey.id)
        }
        // Cached statements: these run once per response in imports of many thousands.
        if let existing = try SubmissionRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM submission WHERE submission_id = ?"), arguments: [id]) {
            guard existing.contentSha256 == content.sha256, existing.institutionId == response.institution else {
                throw StoreError.conflictingSubmission(id: id)
            }
            return .alreadyRecorded
        }
        guard try InstitutionRecord.exists(db, id: response.institution) else {
            throw StoreError.unknownInstitution(response.institution)
        }
        let submittedAt = response.submittedAt ?? Timestamp.tokyo(actor.now)
        let instant = Timestamp.parse(submittedAt) ?? actor.now
        let versionID = version.versionID
        let record = SubmissionRecord(submissionId: id, institutionId: response.institution, surveyId: version.survey.id, surveyVersionId: versionID,
                                      content: content.text, contentSha256: content.sha256, attestedBy: response.attestedBy ?? "",
                                      submittedAt: submittedAt, submittedEpochMs: Int64((instant.timeIntervalSince1970 * 1000).rounded()),
                                      receivedAt: Timestamp.stored(actor.now), source: source.rawValue, draftRevision: draftRevision)
        try record.insert(db)
        try AuditLog.append(db, actor, action: "submission.record", entity: "submission", id: id, after: .object([
            "institution": .string(response.institution), "survey_version": .number(Double(versionID)),
            "sha256": .string(content.sha256), "source": .string(source.rawValue), "submitted_at": .string(submittedAt),
            "attested_by": .string(record.attestedBy),
            "draft_revision": draftRevision.map { .number(Double($0)) } ?? .null,
        ]))
        return .recorded
    }

    // MARK: - Reads

    /// An institution's latest submission to survey `survey`, or nil. "Latest" is defined once, by the view
    /// `latest_submission` (newest by submission time, then by arrival); scoring, status, reports, exports, letters
    /// and the portal all read it.
    public func latestSubmission(of institution: String, survey: String) throws(StoreError) -> SubmissionRecord? {
        try perform { try writer.read { try Self.latestSubmission(of: institution, survey: survey, in: $0) } }
    }

    static func latestSubmission(of institution: String, survey: String, in db: Database) throws -> SubmissionRecord? {
        try SubmissionRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM latest_submission WHERE institution_id = ? AND survey_id = ?"),
                                      arguments: [institution, survey])
    }

    /// Each institution's latest submission to `survey`, in institution-id order, with the institution and its
    /// current verifications in that survey (for exports), read in one transaction.
    public func latestSubmissionsWithVerifications(survey: String) throws(StoreError)
        -> [(institution: InstitutionRecord, submission: SubmissionRecord, verification: [String: ResponseFile.Verification])] {
        try perform {
            try writer.read { db in
                try InstitutionRecord.order(Column("id")).fetchAll(db).compactMap { institution in
                    guard let latest = try Self.latestSubmission(of: institution.id, survey: survey, in: db) else { return nil }
                    return (institution, latest, try Self.verifications(of: institution.id, survey: survey, in: db))
                }
            }
        }
    }

    /// Every submission of an institution (to `survey` when given), oldest first.
    public func submissions(of institution: String, survey: String? = nil) throws(StoreError) -> [SubmissionRecord] {
        try perform {
            try writer.read { db in
                if let survey {
                    return try SubmissionRecord.fetchAll(db, sql: """
                        SELECT * FROM submission WHERE institution_id = ? AND survey_id = ? ORDER BY submitted_epoch_ms, rowid
                        """, arguments: [institution, survey])
                }
                return try SubmissionRecord.fetchAll(db, sql: "SELECT * FROM submission WHERE institution_id = ? ORDER BY submitted_epoch_ms, rowid",
                                                     arguments: [institution])
            }
        }
    }

    /// The number of submissions stored (to `survey` when given).
    public func submissionCount(survey: String? = nil) throws(StoreError) -> Int {
        try perform {
            try writer.read { db in
                guard let survey else { return try SubmissionRecord.fetchCount(db) }
                return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM submission WHERE survey_id = ?", arguments: [survey]) ?? 0
            }
        }
    }

    /// The number of institutions that have submitted to `survey` (what scoring it will go through).
    public func submittedInstitutionCount(survey: String) throws(StoreError) -> Int {
        try perform {
            try writer.read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT institution_id) FROM submission WHERE survey_id = ?", arguments: [survey]) ?? 0
            }
        }
    }

    /// A stored submission as a response file (DESIGN §5.4), with the institution's current verifications.
    public func responseFile(_ record: SubmissionRecord, surveyID: String, verification: [String: ResponseFile.Verification])
        throws(StoreError) -> ResponseFile {
        let content: (answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]])
        do {
            content = try SubmissionContent.parse(record.content)
        } catch {
            throw StoreError.database("submission \(record.submissionId) has unreadable content: \(error.message.en)")
        }
        return ResponseFile(survey: surveyID, institution: record.institutionId, submissionID: record.submissionId,
                            submittedAt: record.submittedAt, attestedBy: record.attestedBy, answers: content.answers,
                            evidence: content.evidence, verification: verification)
    }
}
