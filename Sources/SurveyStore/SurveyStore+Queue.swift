public import Foundation
import GRDB
public import SurveyCore

/// The review queue's state for one institution in one survey (DESIGN §5.8).
public struct ReviewAssignment: Sendable, Equatable {
    /// The institution.
    public var institution: String
    /// The analyst it is assigned to, if any.
    public var assignee: String?
    /// When it was marked done (stored time), if it was.
    public var doneAt: String?
    /// Who marked it done.
    public var doneBy: String?
}

/// One row of the audit log as read back.
public struct AuditEntry: Sendable, Equatable {
    /// The row's number (ascending with time).
    public var id: Int64
    /// When (stored time, UTC).
    public var at: String
    /// Who: an analyst's account, an institution, or a system name.
    public var actor: String
    /// What, e.g. `verification.record`.
    public var action: String
    /// The kind of record changed.
    public var entity: String
    /// Its id.
    public var entityID: String
    /// The record before, as canonical JSON.
    public var before: String?
    /// The record after, as canonical JSON.
    public var after: String?
}

/// Which audit rows to read: all conditions given must hold.
public struct AuditFilter: Sendable, Equatable {
    /// Rows about this institution (its reviews, drafts, submissions, letters, requests, roster entry).
    public var institution: String?
    /// Rows written by this actor.
    public var actor: String?
    /// Rows on or after this day (Tokyo).
    public var from: CivilDate?
    /// Rows on or before this day (Tokyo).
    public var through: CivilDate?
    /// At most this many rows, newest first.
    public var limit: Int

    /// A filter from its parts.
    public init(institution: String? = nil, actor: String? = nil, from: CivilDate? = nil, through: CivilDate? = nil, limit: Int = 200) {
        self.institution = institution
        self.actor = actor
        self.from = from
        self.through = through
        self.limit = limit
    }
}

extension SurveyStore {
    /// Assigns an institution's review to `assignee` (nil: unassigned); audited.
    public func assignReview(survey: String, institution: String, to assignee: String?, by actor: Actor) throws(StoreError) {
        try perform {
            try writer.write { db in
                guard try InstitutionRecord.exists(db, key: institution) else { throw StoreError.unknownInstitution(institution) }
                try db.execute(sql: """
                    INSERT INTO review_assignment (survey_id, institution_id, assignee) VALUES (?, ?, ?)
                    ON CONFLICT (survey_id, institution_id) DO UPDATE SET assignee = excluded.assignee
                    """, arguments: [survey, institution, assignee])
                try AuditLog.append(db, actor, action: "review.assign", entity: "review_assignment", id: "\(survey)/\(institution)",
                                    after: .object(["assignee": assignee.map(JSONValue.string) ?? .null]))
            }
        }
    }

    /// Marks an institution's review done (or, with `done` false, open again); audited.
    public func markReview(survey: String, institution: String, done: Bool, by actor: Actor) throws(StoreError) {
        try perform {
            try writer.write { db in
                guard try InstitutionRecord.exists(db, key: institution) else { throw StoreError.unknownInstitution(institution) }
                let at: String? = done ? Timestamp.stored(actor.now) : nil
                let by: String? = done ? actor.name : nil
                try db.execute(sql: """
                    INSERT INTO review_assignment (survey_id, institution_id, done_at, done_by) VALUES (?, ?, ?, ?)
                    ON CONFLICT (survey_id, institution_id) DO UPDATE SET done_at = excluded.done_at, done_by = excluded.done_by
                    """, arguments: [survey, institution, at, by])
                try AuditLog.append(db, actor, action: done ? "review.done" : "review.reopen", entity: "review_assignment",
                                    id: "\(survey)/\(institution)")
            }
        }
    }

    /// The queue's state by institution for a survey (for one institution when `institution` is given).
    public func reviewAssignments(survey: String, institution: String? = nil) throws(StoreError) -> [String: ReviewAssignment] {
        try perform {
            try writer.read { db in
                var result: [String: ReviewAssignment] = [:]
                let rows = if let institution {
                    try Row.fetchAll(db, sql: "SELECT * FROM review_assignment WHERE survey_id = ? AND institution_id = ?", arguments: [survey, institution])
                } else {
                    try Row.fetchAll(db, sql: "SELECT * FROM review_assignment WHERE survey_id = ?", arguments: [survey])
                }
                for row in rows {
                    let id: String = row["institution_id"]
                    result[id] = ReviewAssignment(institution: id, assignee: row["assignee"], doneAt: row["done_at"], doneBy: row["done_by"])
                }
                return result
            }
        }
    }

    /// Institutions of `survey` with at least one verification or override.
    public func reviewedInstitutions(survey: String) throws(StoreError) -> Set<String> {
        try perform {
            try writer.read { db in
                Set(try String.fetchAll(db, sql: """
                    SELECT institution_id FROM verification WHERE survey_id = :s UNION SELECT institution_id FROM override WHERE survey_id = :s
                    """, arguments: ["s": survey]))
            }
        }
    }

    /// Audit rows matching `filter`, newest first.
    public func auditEntries(_ filter: AuditFilter) throws(StoreError) -> [AuditEntry] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let institution = filter.institution {
            // Entity ids name the institution alone, first (`NU-001/survey`) or after the survey (`survey/NU-001/measure`);
            // submissions and requests are found through their own tables.
            conditions.append("""
                (entity_id = ? OR entity_id LIKE ? ESCAPE '\\' OR entity_id LIKE ? ESCAPE '\\' OR entity_id LIKE ? ESCAPE '\\'
                 OR (entity = 'submission' AND entity_id IN (SELECT submission_id FROM submission WHERE institution_id = ?))
                 OR (entity = 'improvement_request' AND entity_id IN (SELECT CAST(id AS TEXT) FROM improvement_request WHERE institution_id = ?)))
                """)
            let escaped = Self.likeEscaped(institution)
            arguments += [institution, "\(escaped)/%", "%/\(escaped)/%", "%/\(escaped)", institution, institution]
        }
        if let actor = filter.actor {
            conditions.append("actor = ?")
            arguments.append(actor)
        }
        if let from = filter.from {
            conditions.append("at >= ?")
            arguments.append(Timestamp.stored(Self.tokyoMidnight(from)))
        }
        if let through = filter.through {
            conditions.append("at < ?")
            arguments.append(Timestamp.stored(Self.tokyoMidnight(through).addingTimeInterval(86_400)))
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = "SELECT * FROM audit_log \(whereClause) ORDER BY id DESC LIMIT \(max(1, min(filter.limit, 5000)))"
        let statementArguments = StatementArguments(arguments)
        return try perform {
            try writer.read { db in
                try Row.fetchAll(db, sql: sql, arguments: statementArguments).map { row in
                    AuditEntry(id: row["id"], at: row["at"], actor: row["actor"], action: row["action"], entity: row["entity"],
                               entityID: row["entity_id"], before: row["before"], after: row["after"])
                }
            }
        }
    }

    /// 00:00 in Tokyo (UTC+9, no daylight saving) on `day`.
    private static func tokyoMidnight(_ day: CivilDate) -> Date {
        Date(timeIntervalSince1970: Double(day.daysSinceEpoch) * 86_400 - 9 * 3600)
    }

    private static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}
