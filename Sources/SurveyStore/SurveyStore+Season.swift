public import Foundation
import GRDB
public import SurveyCore

/// A later deadline given to one institution for one survey (DESIGN §5.9).
public struct DeadlineExtension: Sendable, Equatable {
    /// The institution.
    public var institution: String
    /// The survey.
    public var survey: String
    /// The last day the institution may answer (inclusive, Asia/Tokyo).
    public var until: CivilDate
    /// Why it was given.
    public var reason: String
    /// Who gave it.
    public var analyst: String
}

/// An analyst's confirmation of a card's verdict.
public struct VerdictConfirmation: Sendable, Equatable {
    /// The submission whose card was confirmed.
    public var submissionID: String
    /// The verdict confirmed.
    public var verdict: String
    /// SHA-256 of the confirmed card's canonical JSON: a changed card needs a new confirmation.
    public var cardSha256: String
    /// What the analyst checked.
    public var note: String
    /// Who confirmed.
    public var analyst: String
    /// When.
    public var recordedAt: String
}

extension SurveyStore {
    // MARK: - Writes

    /// Gives an institution a later deadline for `survey`, with the reason (audited). `until` must not be before the
    /// survey's own deadline: an extension never shortens the season.
    public func extend(institution: String, survey: LoadedSurvey, until: CivilDate, reason: String, by actor: Actor) throws(StoreError) {
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw StoreError.reasonRequired }
        guard until >= survey.survey.deadline else {
            throw StoreError.invalidExtension(until: until.description, deadline: survey.survey.deadline.description)
        }
        try perform {
            try writer.write { db in
                guard try InstitutionRecord.exists(db, id: institution) else { throw StoreError.unknownInstitution(institution) }
                let before = try Self.extensionRow(db, institution: institution, survey: survey.survey.id)
                try db.execute(sql: """
                    INSERT INTO deadline_extension (survey_id, institution_id, until, reason, analyst, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [survey.survey.id, institution, until.description, reason, actor.name, Timestamp.stored(actor.now)])
                try AuditLog.append(db, actor, action: "deadline.extend", entity: "deadline_extension", id: "\(survey.survey.id)/\(institution)",
                                    before: before.map { .object(["until": .string($0.until.description), "reason": .string($0.reason)]) },
                                    after: .object(["until": .string(until.description), "reason": .string(reason)]))
            }
        }
    }

    /// Records an analyst's confirmation of `card`'s verdict for the institution's latest submission to `survey` (audited).
    public func confirmVerdict(institution: String, survey: String, submissionID: String, card: ScoreCard, note: String,
                               by actor: Actor) throws(StoreError) {
        guard !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw StoreError.reasonRequired }
        let hash = CanonicalJSON.sha256(CanonicalJSON.string(card))
        try perform {
            try writer.write { db in
                try db.execute(sql: """
                    INSERT INTO verdict_confirmation (survey_id, institution_id, submission_id, verdict, card_sha256, note, analyst, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [survey, institution, submissionID, card.verdict.rawValue, hash, note, actor.name, Timestamp.stored(actor.now)])
                try AuditLog.append(db, actor, action: "verdict.confirm", entity: "verdict_confirmation", id: "\(survey)/\(institution)",
                                    after: .object(["submission_id": .string(submissionID), "verdict": .string(card.verdict.rawValue),
                                                    "card_sha256": .string(hash), "note": .string(note)]))
            }
        }
    }

    // MARK: - Reads

    /// The institution's current extension for `survey`, or nil.
    public func deadlineExtension(institution: String, survey: String) throws(StoreError) -> DeadlineExtension? {
        try perform { try writer.read { try Self.extensionRow($0, institution: institution, survey: survey) } }
    }

    /// Every institution's current extension for `survey`, by institution id.
    public func deadlineExtensions(survey: String) throws(StoreError) -> [String: DeadlineExtension] {
        try perform {
            try writer.read { db in
                var found: [String: DeadlineExtension] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT * FROM deadline_extension WHERE survey_id = ? ORDER BY id", arguments: [survey]) {
                    if let value = Self.decodeExtension(row) { found[value.institution] = value }
                }
                return found
            }
        }
    }

    /// The newest confirmation of the institution's verdict in `survey`, or nil.
    public func verdictConfirmation(institution: String, survey: String) throws(StoreError) -> VerdictConfirmation? {
        try perform {
            try writer.read { db in
                try Row.fetchOne(db, sql: """
                    SELECT * FROM verdict_confirmation WHERE survey_id = ? AND institution_id = ? ORDER BY id DESC LIMIT 1
                    """, arguments: [survey, institution]).map {
                    VerdictConfirmation(submissionID: $0["submission_id"], verdict: $0["verdict"], cardSha256: $0["card_sha256"],
                                        note: $0["note"], analyst: $0["analyst"], recordedAt: $0["recorded_at"])
                }
            }
        }
    }

    private static func extensionRow(_ db: Database, institution: String, survey: String) throws -> DeadlineExtension? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT * FROM deadline_extension WHERE survey_id = ? AND institution_id = ? ORDER BY id DESC LIMIT 1
            """), arguments: [survey, institution]).flatMap(decodeExtension)
    }

    private static func decodeExtension(_ row: Row) -> DeadlineExtension? {
        guard let text: String = row["until"], let until = CivilDate(iso: text) else { return nil }
        return DeadlineExtension(institution: row["institution_id"], survey: row["survey_id"], until: until, reason: row["reason"],
                                 analyst: row["analyst"])
    }
}
