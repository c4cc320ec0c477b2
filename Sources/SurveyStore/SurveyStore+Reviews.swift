import Foundation
import GRDB
public import SurveyCore

extension SurveyStore {
    // MARK: - Writes

    /// Records an analyst's verification of a measure (E2, E3, or any level) with a note; history is kept and the
    /// newest counts. Returns false when it repeats the current verification exactly (nothing is written).
    @discardableResult
    public func verify(institution: String, measure: String, level: EvidenceLevel, note: String, version: LoadedSurvey,
                       by actor: Actor) throws(StoreError) -> Bool {
        if let problem = version.unknownMeasure(measure) { throw problem }
        guard !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw StoreError.reasonRequired }
        return try perform {
            try writer.write { db in
                guard try InstitutionRecord.exists(db, key: institution) else { throw StoreError.unknownInstitution(institution) }
                return try Self.recordVerification(db, institution: institution, survey: version.survey.id, measure: measure, level: level,
                                                   note: note, by: actor)
            }
        }
    }

    static func recordVerification(_ db: Database, institution: String, survey: String, measure: String, level: EvidenceLevel,
                                   note: String, by actor: Actor) throws -> Bool {
        let current = try VerificationRecord.filter(Column("survey_id") == survey && Column("institution_id") == institution
            && Column("measure_id") == measure).order(Column("id").desc).fetchOne(db)
        if let current, current.level == level.rawValue, current.note == note { return false }
        var record = VerificationRecord(id: nil, institutionId: institution, surveyId: survey, measureId: measure, level: level.rawValue,
                                        note: note, analyst: actor.name, recordedAt: Timestamp.stored(actor.now))
        try record.insert(db)
        try AuditLog.append(db, actor, action: "verification.record", entity: "verification", id: "\(survey)/\(institution)/\(measure)",
                            before: current.map { .object(["level": .string($0.level), "note": .string($0.note)]) },
                            after: .object(["level": .string(level.rawValue), "note": .string(note)]))
        return true
    }

    /// Sets an analyst's override of a measure's status and/or evidence level, with the reason; passing neither
    /// clears the override. The computed status stays visible beside it in the score card.
    public func override(institution: String, measure: String, status: MeasureStatus?, evidence: EvidenceLevel?, reason: String,
                         version: LoadedSurvey, by actor: Actor) throws(StoreError) {
        if let problem = version.unknownMeasure(measure) { throw problem }
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw StoreError.reasonRequired }
        try perform {
            try writer.write { db in
                guard try InstitutionRecord.exists(db, key: institution) else { throw StoreError.unknownInstitution(institution) }
                try Self.recordOverride(db, institution: institution, survey: version.survey.id, measure: measure, status: status,
                                        evidence: evidence, reason: reason, by: actor)
            }
        }
    }

    /// The insert behind `override`, for callers that record it inside their own transaction (an accepted request).
    static func recordOverride(_ db: Database, institution: String, survey: String, measure: String, status: MeasureStatus?,
                               evidence: EvidenceLevel?, reason: String, by actor: Actor) throws {
        let current = try OverrideRecord.filter(Column("survey_id") == survey && Column("institution_id") == institution
            && Column("measure_id") == measure).order(Column("id").desc).fetchOne(db)
        var record = OverrideRecord(id: nil, institutionId: institution, surveyId: survey, measureId: measure, status: status?.rawValue,
                                    evidence: evidence?.rawValue, reason: reason, analyst: actor.name, recordedAt: Timestamp.stored(actor.now))
        try record.insert(db)
        try AuditLog.append(db, actor, action: status == nil && evidence == nil ? "override.clear" : "override.set",
                            entity: "override", id: "\(survey)/\(institution)/\(measure)", before: current.map(\.auditJSON), after: record.auditJSON)
    }

    // MARK: - Reads

    /// The analysts' current view of each measure of an institution in survey `survey`: newest verification and
    /// newest override.
    public func reviews(of institution: String, survey: String) throws(StoreError) -> [String: MeasureReview] {
        try perform { try writer.read { try Self.reviews(of: institution, survey: survey, in: $0) } }
    }

    static func reviews(of institution: String, survey: String, in db: Database) throws -> [String: MeasureReview] {
        var reviews: [String: MeasureReview] = [:]
        // Rows in id order: the newest per measure is applied last.
        for row in try VerificationRecord.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM verification WHERE survey_id = ? AND institution_id = ? ORDER BY id
            """), arguments: [survey, institution]) {
            apply(row, to: &reviews)
        }
        for row in try OverrideRecord.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM override WHERE survey_id = ? AND institution_id = ? ORDER BY id
            """), arguments: [survey, institution]) {
            apply(row, to: &reviews)
        }
        return reviews
    }

    /// Applies a verification to an institution's reviews; applied in id order, the newest per measure wins.
    static func apply(_ row: VerificationRecord, to reviews: inout [String: MeasureReview]) {
        reviews[row.measureId, default: MeasureReview()].verifiedLevel = EvidenceLevel(rawValue: row.level)
        reviews[row.measureId, default: MeasureReview()].verificationNote = row.note
    }

    /// Applies an override to an institution's reviews; one with neither status nor level clears the override.
    static func apply(_ row: OverrideRecord, to reviews: inout [String: MeasureReview]) {
        let cleared = row.status == nil && row.evidence == nil
        reviews[row.measureId, default: MeasureReview()].overrideStatus = row.status.flatMap(MeasureStatus.init(rawValue:))
        reviews[row.measureId, default: MeasureReview()].overrideEvidence = row.evidence.flatMap(EvidenceLevel.init(rawValue:))
        reviews[row.measureId, default: MeasureReview()].overrideReason = cleared ? nil : row.reason
    }

    /// An institution's current verifications in survey `survey`, in response-file form (for export).
    static func verifications(of institution: String, survey: String, in db: Database) throws -> [String: ResponseFile.Verification] {
        var result: [String: ResponseFile.Verification] = [:]
        for row in try VerificationRecord.filter(Column("survey_id") == survey && Column("institution_id") == institution)
            .order(Column("id")).fetchAll(db) {
            if let level = EvidenceLevel(rawValue: row.level) { result[row.measureId] = ResponseFile.Verification(level: level, note: row.note) }
        }
        return result
    }

    /// Every verification and override of an institution in survey `survey`, oldest first, for review screens and tests.
    public func reviewHistory(of institution: String, survey: String) throws(StoreError)
        -> (verifications: [VerificationRecord], overrides: [OverrideRecord]) {
        try perform {
            try writer.read { db in
                let mine = Column("survey_id") == survey && Column("institution_id") == institution
                return (try VerificationRecord.filter(mine).order(Column("id")).fetchAll(db),
                        try OverrideRecord.filter(mine).order(Column("id")).fetchAll(db))
            }
        }
    }
}

extension OverrideRecord {
    var auditJSON: JSONValue {
        .object(["status": status.map(JSONValue.string) ?? .null, "evidence": evidence.map(JSONValue.string) ?? .null, "reason": .string(reason)])
    }
}
