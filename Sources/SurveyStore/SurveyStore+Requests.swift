public import Foundation
import GRDB
public import SurveyCore

/// An issued improvement-request letter (DESIGN §5.9).
public struct IssuedLetter: Sendable, Equatable {
    /// Row id.
    public var id: Int64
    /// The survey.
    public var survey: String
    /// The institution.
    public var institution: String
    /// The letter's number, e.g. 府科事第12号.
    public var number: String
    /// The date on the letter.
    public var issuedOn: CivilDate
    /// The reply deadline.
    public var replyBy: CivilDate
    /// The submission whose card the letter was issued from.
    public var submissionID: String
    /// The verdict the letter states.
    public var verdict: String
    /// SHA-256 of that card's canonical JSON.
    public var cardSha256: String
}

/// One improvement request: one unmet measure of an issued letter, tracked until an analyst closes it.
public struct ImprovementRequestRecord: Sendable, Equatable {
    /// Open, replied (awaiting an analyst) or closed; overdue is open past its due date.
    public enum Status: String, Sendable, CaseIterable {
        case open
        case replied
        case closed
    }

    /// Row id, the number institutions and analysts refer to.
    public var id: Int64
    /// The letter it belongs to.
    public var letterNumber: String
    /// The survey.
    public var survey: String
    /// The institution.
    public var institution: String
    /// The rubric measure.
    public var measure: String
    /// Whether the measure is critical.
    public var critical: Bool
    /// The reply deadline.
    public var due: CivilDate
    /// Where it stands.
    public var status: Status
    /// The institution's latest reply, if any: what it will do, by when, and its objection.
    public var lastReply: RequestReply?
    /// The note of the analyst's latest decision (a returned request shows it to the institution).
    public var lastNote: String?

    /// Open and past its due date on `today`.
    public func isOverdue(on today: CivilDate) -> Bool {
        status == .open && due < today
    }
}

/// An institution's reply to one request.
public struct RequestReply: Sendable, Equatable {
    /// What the institution has done or will do.
    public var action: String
    /// By when.
    public var plannedBy: CivilDate?
    /// Why it contests the finding, when it does.
    public var contest: String?
    /// Evidence files, by SHA-256 (already uploaded by the institution).
    public var evidence: [String]

    /// A reply from its parts.
    public init(action: String, plannedBy: CivilDate?, contest: String?, evidence: [String]) {
        self.action = action
        self.plannedBy = plannedBy
        self.contest = contest
        self.evidence = evidence
    }
}

extension SurveyStore {
    // MARK: - Writes

    /// Registers the letter to `institution` for `survey` and opens one request per measure in `measures` (id and
    /// whether critical), in one transaction. A letter already issued to the institution for the survey is returned as
    /// it is, with `isNew` false: re-issuing never duplicates a letter or a request. `number` receives the letter's
    /// sequence in the survey (1, 2, …) and returns its text.
    public func issueLetter(survey: String, institution: String, submissionID: String, card: ScoreCard, measures: [(id: String, critical: Bool)],
                            issuedOn: CivilDate, replyBy: CivilDate, number: (Int) -> String, by actor: Actor) throws(StoreError)
        -> (letter: IssuedLetter, isNew: Bool) {
        try perform {
            try writer.write { db in
                if let existing = try Self.letter(db, survey: survey, institution: institution) { return (existing, false) }
                let sequence = (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM letter WHERE survey_id = ?", arguments: [survey]) ?? 0) + 1
                let text = number(sequence)
                let hash = CanonicalJSON.sha256(CanonicalJSON.string(card))
                try db.execute(sql: """
                    INSERT INTO letter (survey_id, institution_id, number, issued_on, reply_by, submission_id, verdict, card_sha256, issued_by, issued_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [survey, institution, text, issuedOn.description, replyBy.description, submissionID, card.verdict.rawValue, hash,
                                     actor.name, Timestamp.stored(actor.now)])
                let letterID = db.lastInsertedRowID
                for measure in measures {
                    try db.execute(sql: """
                        INSERT INTO improvement_request (letter_id, survey_id, institution_id, measure_id, critical, due, status)
                        VALUES (?, ?, ?, ?, ?, ?, 'open')
                        """, arguments: [letterID, survey, institution, measure.id, measure.critical, replyBy.description])
                }
                try AuditLog.append(db, actor, action: "letter.issue", entity: "letter", id: "\(survey)/\(institution)", after: .object([
                    "number": .string(text), "issued_on": .string(issuedOn.description), "reply_by": .string(replyBy.description),
                    "verdict": .string(card.verdict.rawValue), "card_sha256": .string(hash),
                    "requests": .array(measures.map { .string($0.id) }),
                ]))
                guard let letter = try Self.letter(db, survey: survey, institution: institution) else {
                    throw StoreError.database("the letter just issued cannot be read back")
                }
                return (letter, true)
            }
        }
    }

    /// Records an institution's reply to one of its requests; the request becomes `replied`. A request of another
    /// institution, or a closed one, is `noSuchRequest` — exactly like a missing one, so nothing leaks.
    public func replyToRequest(_ id: Int64, institution: String, reply: RequestReply, by actor: Actor) throws(StoreError) -> ImprovementRequestRecord {
        guard !reply.action.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw StoreError.reasonRequired }
        return try perform {
            try writer.write { db in
                guard let request = try Self.request(db, id: id), request.institution == institution, request.status != .closed else {
                    throw StoreError.noSuchRequest(id)
                }
                let evidence = CanonicalJSON.string(.array(reply.evidence.map(JSONValue.string)))
                try db.execute(sql: """
                    INSERT INTO request_event (request_id, kind, action, planned_by, contest_reason, evidence, actor, at)
                    VALUES (?, 'reply', ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, reply.action, reply.plannedBy?.description, reply.contest, evidence, actor.name, Timestamp.stored(actor.now)])
                try db.execute(sql: "UPDATE improvement_request SET status = 'replied' WHERE id = ?", arguments: [id])
                try AuditLog.append(db, actor, action: "request.reply", entity: "improvement_request", id: String(id), after: .object([
                    "action": .string(reply.action), "planned_by": reply.plannedBy.map { .string($0.description) } ?? .null,
                    "contest": reply.contest.map(JSONValue.string) ?? .null, "evidence": .array(reply.evidence.map(JSONValue.string)),
                ]))
                guard let updated = try Self.request(db, id: id) else { throw StoreError.noSuchRequest(id) }
                return updated
            }
        }
    }

    /// An analyst's decision on a request. Accepting closes it and records the improvement as an override of the
    /// measure to `met` with the note (so the measure re-scores as met; a contest decided in the institution's favour is
    /// the same override); returning reopens it with the note, which the institution sees. One transaction, audited.
    public func reviewRequest(_ id: Int64, accept: Bool, note: String, by actor: Actor) throws(StoreError)
        -> ImprovementRequestRecord {
        guard !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw StoreError.reasonRequired }
        return try perform {
            try writer.write { db in
                guard let request = try Self.request(db, id: id), request.status != .closed else { throw StoreError.noSuchRequest(id) }
                try db.execute(sql: "INSERT INTO request_event (request_id, kind, note, actor, at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [id, accept ? "accept" : "return", note, actor.name, Timestamp.stored(actor.now)])
                try db.execute(sql: "UPDATE improvement_request SET status = ? WHERE id = ?", arguments: [accept ? "closed" : "open", id])
                if accept {
                    try Self.recordOverride(db, institution: request.institution, survey: request.survey, measure: request.measure, status: .met,
                                            evidence: nil, reason: note, by: actor)
                }
                try AuditLog.append(db, actor, action: accept ? "request.accept" : "request.return", entity: "improvement_request",
                                    id: String(id), after: .object(["note": .string(note)]))
                guard let updated = try Self.request(db, id: id) else { throw StoreError.noSuchRequest(id) }
                return updated
            }
        }
    }

    // MARK: - Reads

    /// The letter issued to `institution` for `survey`, or nil.
    public func letter(survey: String, institution: String) throws(StoreError) -> IssuedLetter? {
        try perform { try writer.read { try Self.letter($0, survey: survey, institution: institution) } }
    }

    /// Requests of `survey` (every survey when nil), of one institution when given, by id.
    public func requests(survey: String?, institution: String? = nil) throws(StoreError) -> [ImprovementRequestRecord] {
        try perform {
            try writer.read { db in
                let ids = try Int64.fetchAll(db, sql: """
                    SELECT id FROM improvement_request WHERE (? IS NULL OR survey_id = ?) AND (? IS NULL OR institution_id = ?) ORDER BY id
                    """, arguments: [survey, survey, institution, institution])
                return try ids.compactMap { try Self.request(db, id: $0) }
            }
        }
    }

    /// One request by id, or nil.
    public func request(_ id: Int64) throws(StoreError) -> ImprovementRequestRecord? {
        try perform { try writer.read { try Self.request($0, id: id) } }
    }

    static func letter(_ db: Database, survey: String, institution: String) throws -> IssuedLetter? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM letter WHERE survey_id = ? AND institution_id = ?",
                                         arguments: [survey, institution]),
              let issued = CivilDate(iso: row["issued_on"] as String), let reply = CivilDate(iso: row["reply_by"] as String) else { return nil }
        return IssuedLetter(id: row["id"], survey: row["survey_id"], institution: row["institution_id"], number: row["number"], issuedOn: issued,
                            replyBy: reply, submissionID: row["submission_id"], verdict: row["verdict"], cardSha256: row["card_sha256"])
    }

    static func request(_ db: Database, id: Int64) throws -> ImprovementRequestRecord? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT r.*, l.number AS letter_number FROM improvement_request r JOIN letter l ON l.id = r.letter_id WHERE r.id = ?
            """, arguments: [id]),
              let due = CivilDate(iso: row["due"] as String), let status = ImprovementRequestRecord.Status(rawValue: row["status"]) else { return nil }
        var record = ImprovementRequestRecord(id: id, letterNumber: row["letter_number"], survey: row["survey_id"], institution: row["institution_id"],
                                              measure: row["measure_id"], critical: row["critical"], due: due, status: status)
        if let reply = try Row.fetchOne(db, sql: "SELECT * FROM request_event WHERE request_id = ? AND kind = 'reply' ORDER BY id DESC LIMIT 1",
                                        arguments: [id]) {
            var evidence: [String] = []
            if let text: String = reply["evidence"], case let .array(values)? = try? JSONValue.decode(text) {
                evidence = values.compactMap { if case let .string(sha) = $0 { sha } else { nil } }
            }
            record.lastReply = RequestReply(action: reply["action"], plannedBy: (reply["planned_by"] as String?).flatMap { CivilDate(iso: $0) },
                                            contest: reply["contest_reason"], evidence: evidence)
        }
        record.lastNote = try String.fetchOne(db, sql: """
            SELECT note FROM request_event WHERE request_id = ? AND kind IN ('accept', 'return') ORDER BY id DESC LIMIT 1
            """, arguments: [id])
        return record
    }
}
