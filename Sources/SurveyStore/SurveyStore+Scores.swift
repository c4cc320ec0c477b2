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
        let scoredAt = StoreTime.string(actor.now)
        while true {
            let cursor = after
            guard let page = try perform({ try writer.read { try ScoringPage.fetch($0, after: cursor, limit: pageSize) } }) else { break }
            after = page.lastInstitutionID
            var records: [ScoreRecord] = []
            for item in page.items {
                let card = try score(item.submission, reviews: item.reviews, catalog: catalog)
                let stored = StoredScore(institution: item.institution, submissionID: item.submission.submissionId, card: card)
                try perform { try each(stored) }
                if save {
                    records.append(ScoreRecord(institutionId: item.institution.id, submissionId: item.submission.submissionId,
                                               surveyVersionId: item.submission.surveyVersionId, laxity: card.laxity,
                                               verdict: card.verdict.rawValue, confidence: card.confidence.rawValue,
                                               card: CanonicalJSON.string(card), scoredAt: scoredAt))
                }
                count += 1
            }
            if save, !records.isEmpty { try saveScores(records, after: cursor, through: page.lastInstitutionID, by: actor) }
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
        let form = version.validator.evaluate(response, today: today)
        return version.scorer.score(form, institution: submission.institutionId, reviews: reviews)
    }

    /// Stores the cards of institutions with ids in `after < id <= last` that changed, each with its audit row, in
    /// one transaction; the stored cards of the range are read with one query.
    private func saveScores(_ records: [ScoreRecord], after: String, through last: String, by actor: Actor) throws(StoreError) {
        try perform {
            try writer.write { db in
                var stored: [String: ScoreRecord] = [:]
                for old in try ScoreRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM score WHERE institution_id > ? AND institution_id <= ?"),
                                                    arguments: [after, last]) {
                    stored[old.institutionId] = old
                }
                for record in records {
                    let old = stored[record.institutionId]
                    if let old, old.card == record.card, old.submissionId == record.submissionId { continue }
                    if old == nil { try record.insert(db) } else { try record.update(db) }
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
