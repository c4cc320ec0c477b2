public import Foundation
import GRDB
public import SurveyCore

/// One save of a draft as the draft history (`draft_save`) remembers it: which revision, who, and which items it changed.
public struct DraftChange: Sendable, Equatable {
    /// The revision the save produced.
    public var revision: Int
    /// Who saved.
    public var by: String
    /// When, as stored.
    public var at: String
    /// Item ids whose answers or files changed.
    public var items: [String]
}

/// A submission as the portal shows it back: the stored row and the draft revision it was made from.
public struct PortalReceipt: Sendable, Equatable {
    /// The stored submission.
    public var submission: SubmissionRecord
    /// The draft revision submitted (nil for submissions that did not come from a draft, such as imports).
    public var revision: Int?
}

extension SurveyStore {
    // MARK: - Writes

    /// Adds `file` to the files of evidence item `item` in the institution's draft as a new revision, in one
    /// transaction on whatever revision is current: attaching only appends, so it cannot overwrite anyone's
    /// answers. Attaching a file already attached to the item changes nothing. Returns the draft's revision.
    public func attachEvidence(_ file: ResponseFile.EvidenceFile, item: String, institution: String, survey: String,
                               by actor: Actor) throws(StoreError) -> Int {
        try perform {
            try writer.write { db in
                guard try InstitutionRecord.exists(db, id: institution) else { throw StoreError.unknownInstitution(institution) }
                let current = try DraftRecord.find(db, institution: institution, survey: survey)
                var answers: [String: JSONValue] = [:]
                var evidence: [String: [ResponseFile.EvidenceFile]] = [:]
                if let current {
                    let parsed = try SubmissionContent.parse(current.content)
                    answers = parsed.answers
                    evidence = parsed.evidence
                }
                var files = evidence[item] ?? []
                if files.contains(where: { $0.sha256 == file.sha256 }), let current { return current.revision }
                files.append(file)
                evidence[item] = files
                return try Self.writeDraft(db, current: current, institution: institution, survey: survey,
                                           content: SubmissionContent(answers: answers, evidence: evidence), changed: [item], by: actor)
            }
        }
    }

    /// Records the submission of a draft at `draftRevision` (kept in the submission's `draft_revision`, the receipt's
    /// revision), in one transaction with its audit row. Throws `staleRevision` when the draft has moved on, so what is
    /// submitted is exactly what the officer reviewed.
    public func recordDraftSubmission(_ response: ResponseFile, draftRevision: Int, version: LoadedSurvey, source: SubmissionSource,
                                      by actor: Actor) throws(StoreError) -> RecordOutcome {
        try perform { try writer.write { db in try Self.recordOne(db, DraftSubmission(response: response, draftRevision: draftRevision,
                                                                                          version: version, source: source, actor: actor)) } }
    }

    /// Records several draft submissions in one transaction — one commit and one fsync for all — each exactly as
    /// `recordDraftSubmission` records it; one that fails rolls back alone. Returns each outcome, in order.
    public func recordDraftSubmissions(_ submissions: [DraftSubmission]) throws(StoreError) -> [Result<RecordOutcome, StoreError>] {
        try perform {
            try writer.write { db in
                submissions.map { submission in
                    var outcome = RecordOutcome.recorded
                    do {
                        try db.inSavepoint {
                            outcome = try Self.recordOne(db, submission)
                            return .commit
                        }
                        return .success(outcome)
                    } catch let error as StoreError {
                        return .failure(error)
                    } catch {
                        return .failure(StoreError.database(Self.describe(error)))
                    }
                }
            }
        }
    }

    private static func recordOne(_ db: Database, _ submission: DraftSubmission) throws -> RecordOutcome {
        let response = submission.response
        let content = submission.content
        let current = try DraftRecord.find(db, institution: response.institution, survey: response.survey)
        let currentRevision = current?.revision ?? 0
        guard currentRevision == submission.draftRevision else { throw StoreError.staleRevision(current: currentRevision) }
        return try record(db, response, content: content, version: submission.version, source: submission.source,
                          draftRevision: submission.draftRevision, by: submission.actor)
    }

    /// Issues one more token to an institution without revoking the tokens it already holds, so several staff
    /// can each have their own. Returns the token, shown once.
    public func issueAdditionalInvitation(_ institution: String, expiresAt: Date, by actor: Actor,
                                          using random: inout some RandomNumberGenerator) throws(StoreError) -> IssuedInvitation {
        let invitation = IssuedInvitation(institution: institution, token: InvitationToken.generate(using: &random), expiresAt: expiresAt)
        try issue([invitation], by: actor, keepingEarlier: true)
        return invitation
    }

    /// Revokes the invitation whose token hashes to `tokenSha256`, if it is active.
    public func revokeInvitation(tokenSha256: String, by actor: Actor) throws(StoreError) {
        let now = Timestamp.stored(actor.now)
        try perform {
            try writer.write { db in
                guard var record = try InvitationRecord.find(db, tokenSha256: tokenSha256), record.revokedAt == nil else { return }
                record.revokedAt = now
                try record.update(db)
                try AuditLog.append(db, actor, action: "invitation.revoke", entity: "invitation", id: String(record.id ?? 0),
                                    before: .object(["revoked_at": .null]), after: .object(["revoked_at": .string(now)]))
            }
        }
    }

    /// Writes a draft row at the next revision, its line in the draft history and its audit row; the caller has
    /// checked the revision.
    static func writeDraft(_ db: Database, current: DraftRecord?, institution: String, survey: String, content: SubmissionContent,
                           changed: [String], by actor: Actor) throws -> Int {
        let record = DraftRecord(institutionId: institution, surveyId: survey, revision: (current?.revision ?? 0) + 1, content: content.text,
                                 contentSha256: content.sha256, updatedAt: Timestamp.stored(actor.now), updatedBy: actor.name)
        try record.upsert(db)
        try db.cachedStatement(sql: """
            INSERT INTO draft_save (institution_id, survey_id, revision, content_sha256, changed, saved_at, saved_by)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [institution, survey, record.revision, content.sha256,
                                     CanonicalJSON.string(.array(changed.map(JSONValue.string))), record.updatedAt, actor.name])
        try AuditLog.append(db, actor, action: "draft.save", entity: "draft", id: "\(institution)/\(survey)",
                            before: current.map { .object(["revision": .number(Double($0.revision)), "sha256": .string($0.contentSha256)]) },
                            after: .object(["revision": .number(Double(record.revision)), "sha256": .string(content.sha256),
                                            "changed": .array(changed.map(JSONValue.string))]))
        return record.revision
    }

    // MARK: - Reads

    /// The institution an active (unrevoked, unexpired) token hash admits at `now`, or nil.
    public func institution(forTokenHash hash: String, at now: Date) throws(StoreError) -> String? {
        let record = try perform { try writer.read { try InvitationRecord.find($0, tokenSha256: hash) } }
        guard let record, record.revokedAt == nil, record.expiresAt >= Timestamp.stored(now) else { return nil }
        return record.institutionId
    }

    /// One submission by id, or nil.
    public func submission(_ id: String) throws(StoreError) -> SubmissionRecord? {
        try perform { try writer.read { try SubmissionRecord.fetchOne($0, key: id) } }
    }

    /// An institution's submissions to `survey`, newest first, each with the draft revision it was made from.
    public func receipts(of institution: String, survey: String) throws(StoreError) -> [PortalReceipt] {
        try perform {
            try writer.read { db in
                try SubmissionRecord.fetchAll(db.cachedStatement(sql: """
                    SELECT * FROM submission WHERE institution_id = ? AND survey_id = ? ORDER BY submitted_epoch_ms DESC, rowid DESC
                    """), arguments: [institution, survey]).map { PortalReceipt(submission: $0, revision: $0.draftRevision) }
            }
        }
    }

    /// The saves of a draft after revision `revision`, oldest first, from the draft history: what other staff changed
    /// since someone loaded that revision.
    public func draftChanges(institution: String, survey: String, after revision: Int) throws(StoreError) -> [DraftChange] {
        let rows = try perform {
            try writer.read { db in
                try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT revision, saved_by, saved_at, changed FROM draft_save
                    WHERE institution_id = ? AND survey_id = ? AND revision > ? ORDER BY revision
                    """), arguments: [institution, survey, revision])
            }
        }
        return rows.map { row in
            var items: [String] = []
            if let changed: String = row["changed"], case let .array(list)? = try? JSONValue.decode(Data(changed.utf8)) {
                items = list.compactMap { if case let .string(id) = $0 { id } else { nil } }
            }
            return DraftChange(revision: row["revision"], by: row["saved_by"], at: row["saved_at"], items: items)
        }
    }

    /// The reference to an evidence file with this hash that `institution` attached — in its draft or any of its
    /// submissions — or nil when it attached no such file (whoever else did).
    public func heldEvidence(_ sha256: String, institution: String, survey: String) throws(StoreError) -> ResponseFile.EvidenceFile? {
        func find(_ evidence: [String: [ResponseFile.EvidenceFile]]) -> ResponseFile.EvidenceFile? {
            for files in evidence.values {
                if let file = files.first(where: { $0.sha256 == sha256 }) { return file }
            }
            return nil
        }
        if let draft = try draft(institution: institution, survey: survey), let file = find(draft.evidence) { return file }
        for record in try submissions(of: institution) {
            guard let content = try? SubmissionContent.parse(record.content) else { continue }
            if let file = find(content.evidence) { return file }
        }
        return nil
    }

    /// The id of the newest registered survey version, or nil when none is loaded; cheap enough to ask per request.
    public func newestSurveyVersionID() throws(StoreError) -> Int64? {
        try perform { try writer.read { try Int64.fetchOne($0, sql: "SELECT MAX(id) FROM survey_version") } }
    }
}

extension Draft {
    /// The draft of an institution that has saved nothing: revision 0, no answers.
    public static var empty: Draft { Draft(revision: 0, answers: [:], evidence: [:], updatedBy: "") }
}

/// One save in a batch for `saveDrafts`: what `saveDraft` takes, as a value.
public struct DraftSave: Sendable {
    /// The institution.
    public var institution: String
    /// The survey answered.
    public var survey: String
    /// The answers.
    public var answers: [String: JSONValue]
    /// The attached files.
    public var evidence: [String: [ResponseFile.EvidenceFile]]
    /// The revision the saver loaded (0 when there was no draft).
    public var baseRevision: Int
    /// Who saves, and when.
    public var actor: Actor
    /// The canonical content, computed before the transaction so the writer does no JSON work.
    public var content: SubmissionContent
    /// Items that differ from the draft at `baseRevision`, when the caller read that draft (nil: worked out in the transaction).
    public var changed: [String]?

    /// A save from its parts; `base` is the draft the saver's base revision names, when the caller has it at hand.
    public init(institution: String, survey: String, answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]],
                baseRevision: Int, actor: Actor, base: Draft? = nil) {
        self.institution = institution
        self.survey = survey
        self.answers = answers
        self.evidence = evidence
        self.baseRevision = baseRevision
        self.actor = actor
        self.content = SubmissionContent(answers: answers, evidence: evidence)
        if let base, base.revision == baseRevision {
            changed = Self.changes(from: (base.answers, base.evidence), to: (answers, evidence))
        }
    }

    /// Item ids whose answers or files differ between two contents.
    static func changes(from old: (answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]]),
                        to new: (answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]])) -> [String] {
        Set(old.answers.keys).union(new.answers.keys).filter { old.answers[$0] != new.answers[$0] }.sorted()
            + Set(old.evidence.keys).union(new.evidence.keys).filter { old.evidence[$0] != new.evidence[$0] }.sorted()
    }
}

extension SurveyStore {
    /// Saves several drafts in one transaction — one commit and one fsync for all — each checked against its own
    /// base revision exactly as `saveDraft` checks it. A stale or failing save rolls back alone (its savepoint)
    /// and reports its error; the others commit. Returns each save's new revision or error, in order.
    public func saveDrafts(_ saves: [DraftSave]) throws(StoreError) -> [Result<Int, StoreError>] {
        try perform {
            try writer.write { db in
                saves.map { save in
                    var revision = 0
                    do {
                        try db.inSavepoint {
                            revision = try Self.saveOne(db, save)
                            return .commit
                        }
                        return .success(revision)
                    } catch let error as StoreError {
                        return .failure(error)
                    } catch {
                        return .failure(StoreError.database(Self.describe(error)))
                    }
                }
            }
        }
    }

    /// One save of a batch: the checks and audit of `saveDraft`, inside the caller's transaction.
    private static func saveOne(_ db: Database, _ save: DraftSave) throws -> Int {
        guard try InstitutionRecord.exists(db, id: save.institution) else { throw StoreError.unknownInstitution(save.institution) }
        let current = try DraftRecord.find(db, institution: save.institution, survey: save.survey)
        let currentRevision = current?.revision ?? 0
        guard currentRevision == save.baseRevision else { throw StoreError.staleRevision(current: currentRevision) }
        var changed = save.changed ?? (save.answers.keys.sorted() + save.evidence.keys.sorted())
        if save.changed == nil, let current, let old = try? SubmissionContent.parse(current.content) {
            changed = DraftSave.changes(from: old, to: (save.answers, save.evidence))
        }
        return try writeDraft(db, current: current, institution: save.institution, survey: save.survey, content: save.content,
                              changed: changed, by: save.actor)
    }
}

/// One submission in a batch for `recordDraftSubmissions`.
public struct DraftSubmission: Sendable {
    /// The response to record (answers and files of the draft, with id, time and attestation).
    public var response: ResponseFile
    /// The draft revision it was made from; the draft must still be at it.
    public var draftRevision: Int
    /// The survey version it answers.
    public var version: LoadedSurvey
    /// How it arrived.
    public var source: SubmissionSource
    /// Who submits, and when.
    public var actor: Actor
    /// The canonical content, computed before the transaction so the writer does no JSON work.
    public var content: SubmissionContent

    /// A submission from its parts.
    public init(response: ResponseFile, draftRevision: Int, version: LoadedSurvey, source: SubmissionSource, actor: Actor) {
        self.content = SubmissionContent(response)
        self.response = response
        self.draftRevision = draftRevision
        self.version = version
        self.source = source
        self.actor = actor
    }
}
