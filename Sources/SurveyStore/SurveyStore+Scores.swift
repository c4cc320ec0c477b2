public import Foundation
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
    /// Scores every institution's latest submission to survey `survey` with its survey version's rubric and the
    /// analysts' current reviews of that survey, calling `each` in institution-id order. Other surveys' scores are
    /// never read or written. With `save`, stores each card (audited when it changed),
    /// so `chosa status` can count scored institutions. Works in pages so memory stays flat for any roster size;
    /// each page's cards are computed on up to `workers` threads, and a page is written while the next is read and
    /// scored (pages cover disjoint id ranges, so the order of their transactions does not matter).
    /// Returns the number of institutions scored.
    @discardableResult
    public func scoreLatestSubmissions(survey: String, catalog: SurveyCatalog, save: Bool, by actor: Actor, pageSize: Int = 500,
                                       workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                                       each: (StoredScore) throws -> Void = { _ in }) throws(StoreError) -> Int {
        try scoreLatestSubmissions(survey: survey, catalog: catalog, save: save, by: actor, pageSize: pageSize, workers: workers,
                                   alongside: { _, _ in () }, each: { score, _ in try each(score) })
    }

    /// As `scoreLatestSubmissions(survey:catalog:save:by:pageSize:workers:each:)`, and `alongside` of each evaluated
    /// form, computed on the worker thread that scored it: the report takes each institution's answers from the form
    /// its card was scored from, so every submission is read, parsed and evaluated once. `progress` is called after
    /// each page with the number of submissions scored so far.
    @discardableResult
    public func scoreLatestSubmissions<Extra: Sendable>(survey: String, catalog: SurveyCatalog, save: Bool, by actor: Actor,
                                                        pageSize: Int = 500, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                                                        alongside: @escaping @Sendable (LoadedSurvey, FormState) -> Extra,
                                                        progress: (Int) -> Void = { _ in },
                                                        each: (StoredScore, Extra) throws -> Void) throws(StoreError) -> Int {
        var count = 0
        let scoredAt = Timestamp.stored(actor.now)
        let store = self
        var saving: BackgroundWork?
        func fetch(after cursor: String) -> PageFetch {
            PageFetch { () throws(StoreError) in
                try store.perform { try store.writer.read { try ScoringPage.fetch($0, survey: survey, after: cursor, limit: pageSize) } }
            }
        }
        var after = ""
        var fetching = fetch(after: after)
        // On an error, let the page being written (and the one being read) finish before returning, so the caller
        // never races them.
        defer {
            try? saving?.wait()
            _ = try? fetching.value()
        }
        while true {
            guard let page = try fetching.value() else { break }
            // The page covers the ids `cursor < id <= page.lastInstitutionID`.
            let cursor = after
            after = page.lastInstitutionID
            // The next page is read while this one is scored.
            fetching = fetch(after: page.lastInstitutionID)
            // A card is a function of the submission, the reviews and the rubric alone, so the page's cards (and the
            // text and hashes stored with them) are computed in parallel, then used in order as if one by one.
            let outcomes = ParallelMap.map(page.items, workers: workers) { item in
                Result { () throws(StoreError) -> (card: ScoreCard, extra: Extra, prepared: PreparedScore?) in
                    let (version, form) = try store.evaluate(item.submission, catalog: catalog)
                    let card = version.scorer.score(form, institution: item.submission.institutionId, reviews: item.reviews)
                    let extra = alongside(version, form)
                    guard save else { return (card, extra, nil) }
                    let record = ScoreRecord(surveyId: survey, institutionId: item.institution.id, submissionId: item.submission.submissionId,
                                             surveyVersionId: item.submission.surveyVersionId, laxity: card.laxity,
                                             verdict: card.verdict.rawValue, confidence: card.confidence.rawValue,
                                             card: CanonicalJSON.string(card), scoredAt: scoredAt)
                    return (card, extra, PreparedScore(record: record, audit: CanonicalJSON.string(record.auditJSON)))
                }
            }
            var prepared: [PreparedScore] = []
            for (item, outcome) in zip(page.items, outcomes) {
                let (card, extra, ready) = try outcome.get()
                try perform { try each(StoredScore(institution: item.institution, submissionID: item.submission.submissionId, card: card), extra) }
                if let ready { prepared.append(ready) }
                count += 1
            }
            progress(count)
            if save, !prepared.isEmpty {
                try saving?.wait()
                let (scores, last) = (prepared, page.lastInstitutionID)
                saving = BackgroundWork { () throws(StoreError) in
                    try store.saveScores(scores, survey: survey, after: cursor, through: last, by: actor)
                }
            }
        }
        try saving?.wait()
        return count
    }

    /// The score card of one stored submission.
    public func score(_ submission: SubmissionRecord, reviews: [String: MeasureReview], catalog: SurveyCatalog) throws(StoreError) -> ScoreCard {
        let (version, form) = try evaluate(submission, catalog: catalog)
        return version.scorer.score(form, institution: submission.institutionId, reviews: reviews)
    }

    /// One stored submission's form, evaluated as of the day it was submitted, with the survey version it answers.
    public func evaluate(_ submission: SubmissionRecord, catalog: SurveyCatalog) throws(StoreError) -> (LoadedSurvey, FormState) {
        guard let version = catalog.versions[submission.surveyVersionId] else {
            throw StoreError.database("survey version \(submission.surveyVersionId) is missing")
        }
        let response = try responseFile(submission, surveyID: version.survey.id, verification: [:])
        let today = CivilDate.inTokyo(secondsSinceEpoch: Double(submission.submittedEpochMs) / 1000)
        return (version, version.validator.evaluate(response, today: today))
    }

    /// Stores the cards of institutions with ids in `after < id <= last` that changed, each with its audit row, in
    /// one transaction; the stored cards of the range are read with one query. Rows are written with cached
    /// statements rather than `insert`/`update`, which build their SQL and a column dictionary for every row.
    private func saveScores(_ scores: [PreparedScore], survey: String, after: String, through last: String, by actor: Actor) throws(StoreError) {
        try perform {
            try writer.write { db in
                var stored: [String: ScoreRecord] = [:]
                for old in try ScoreRecord.fetchAll(db.cachedStatement(sql: """
                    SELECT * FROM score WHERE survey_id = ? AND institution_id > ? AND institution_id <= ?
                    """), arguments: [survey, after, last]) {
                    stored[old.institutionId] = old
                }
                for score in scores {
                    let record = score.record
                    let old = stored[record.institutionId]
                    if let old, old.card == record.card, old.submissionId == record.submissionId { continue }
                    let sql = old == nil
                        ? "INSERT INTO score (submission_id, survey_version_id, laxity, verdict, confidence, card, scored_at, survey_id, institution_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        : "UPDATE score SET submission_id = ?, survey_version_id = ?, laxity = ?, verdict = ?, confidence = ?, card = ?, scored_at = ? WHERE survey_id = ? AND institution_id = ?"
                    try db.cachedStatement(sql: sql).execute(arguments: [
                        record.submissionId, record.surveyVersionId, record.laxity, record.verdict, record.confidence, record.card,
                        record.scoredAt, record.surveyId, record.institutionId,
                    ])
                    try AuditLog.append(db, actor, action: "score.compute", entity: "score", id: "\(record.surveyId)/\(record.institutionId)",
                                        before: old.map { CanonicalJSON.string($0.auditJSON) }, after: score.audit)
                }
            }
        }
    }

    // MARK: - Reads

    /// Stored scores of survey `survey`, by institution id.
    public func storedScores(survey: String) throws(StoreError) -> [ScoreRecord] {
        try perform {
            try writer.read { db in
                try ScoreRecord.fetchAll(db, sql: "SELECT * FROM score WHERE survey_id = ? ORDER BY institution_id", arguments: [survey])
            }
        }
    }
}

/// A card ready to store, with the text of its audit row; prepared on the thread that computed the card.
struct PreparedScore: Sendable {
    var record: ScoreRecord
    /// Canonical JSON of `record.auditJSON`, which hashes the card.
    var audit: String
}

extension ScoreRecord {
    var auditJSON: JSONValue {
        .object(["submission_id": .string(submissionId), "laxity": .number(laxity), "verdict": .string(verdict),
                 "confidence": .string(confidence), "card_sha256": .string(CanonicalJSON.sha256(card))])
    }
}
