import Foundation
import GRDB
public import SurveyCore

/// One institution's score as computed from the database.
public struct StoredScore: Sendable {
    /// The institution.
    public var institution: InstitutionRecord
    /// The submission scored.
    public var submissionID: String
    /// The score card.
    public var card: ScoreCard
}

extension SurveyStore {
    /// Scores every institution's latest submission with its survey version's rubric and the analysts' current
    /// reviews, calling `each` in institution-id order. With `save`, stores each card (audited when it changed),
    /// so `chosa status` can count scored institutions. Works in pages so memory stays flat for any roster size.
    /// Returns the number of institutions scored.
    @discardableResult
    public func scoreLatestSubmissions(catalog: SurveyCatalog, save: Bool, by actor: Actor, pageSize: Int = 500,
                                       each: (StoredScore) throws -> Void = { _ in }) throws(StoreError) -> Int {
        var after = ""
        var count = 0
        while true {
            let cursor = after
            let (lastID, page) = try perform {
                try writer.read { db -> (String?, [(InstitutionRecord, SubmissionRecord, [String: MeasureReview])]) in
                    let institutions = try InstitutionRecord.filter(Column("id") > cursor).order(Column("id")).limit(pageSize).fetchAll(db)
                    let items = try institutions.compactMap { institution -> (InstitutionRecord, SubmissionRecord, [String: MeasureReview])? in
                        guard let latest = try Self.latestSubmission(of: institution.id, in: db) else { return nil }
                        return (institution, latest, try Self.reviews(of: institution.id, in: db))
                    }
                    return (institutions.last?.id, items)
                }
            }
            guard let lastID else { break }
            after = lastID
            var scored: [(StoredScore, ScoreRecord)] = []
            for (institution, submission, reviews) in page {
                let card = try score(submission, reviews: reviews, catalog: catalog)
                let stored = StoredScore(institution: institution, submissionID: submission.submissionId, card: card)
                try perform { try each(stored) }
                if save {
                    let text = CanonicalJSON.string(card.jsonValue)
                    scored.append((stored, ScoreRecord(institutionId: institution.id, submissionId: submission.submissionId,
                                                       surveyVersionId: submission.surveyVersionId, laxity: card.laxity,
                                                       verdict: card.verdict.rawValue, confidence: card.confidence.rawValue,
                                                       card: text, scoredAt: StoreTime.string(actor.now))))
                }
                count += 1
            }
            if save, !scored.isEmpty { try saveScores(scored.map(\.1), by: actor) }
        }
        return count
    }

    /// The score card of one stored submission.
    public func score(_ submission: SubmissionRecord, reviews: [String: MeasureReview], catalog: SurveyCatalog) throws(StoreError) -> ScoreCard {
        guard let version = catalog.versions[submission.surveyVersionId] else {
            throw StoreError.database("survey version \(submission.surveyVersionId) is missing")
        }
        let response = try responseFile(submission, surveyID: version.survey.id, verification: [:])
        let instant = Date(timeIntervalSince1970: Double(submission.submittedEpochMs) / 1000)
        let today = CivilDate.inTokyo(secondsSinceEpoch: instant.timeIntervalSince1970)
        let form = version.validator.validate(response, today: today, mode: .submission).form
        return version.scorer.score(form, institution: submission.institutionId, reviews: reviews)
    }

    private func saveScores(_ records: [ScoreRecord], by actor: Actor) throws(StoreError) {
        try perform {
            try writer.write { db in
                for record in records {
                    let old = try ScoreRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM score WHERE institution_id = ?"),
                                                       arguments: [record.institutionId])
                    if let old, old.card == record.card, old.submissionId == record.submissionId { continue }
                    try record.save(db)
                    try AuditLog.append(db, actor, action: "score.compute", entity: "score", id: record.institutionId,
                                        before: old.map(\.auditJSON), after: record.auditJSON)
                }
            }
        }
    }

    // MARK: - Reads

    /// Stored scores, by institution id.
    public func storedScores() throws(StoreError) -> [ScoreRecord] {
        try perform { try writer.read { try ScoreRecord.order(Column("institution_id")).fetchAll($0) } }
    }
}

extension ScoreRecord {
    var auditJSON: JSONValue {
        .object(["submission_id": .string(submissionId), "laxity": .number(laxity), "verdict": .string(verdict),
                 "confidence": .string(confidence), "card_sha256": .string(CanonicalJSON.sha256(card))])
    }
}
