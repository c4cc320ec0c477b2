import GRDB
import SurveyCore

/// One page of institutions, in id order, with each one's latest submission to one survey and the analysts' current reviews,
/// read with a fixed number of queries whatever the page size. Reading them one institution at a time took
/// three queries per institution, a fifth of scoring a large database.
struct ScoringPage {
    /// An institution with a submission to score.
    struct Item: Sendable {
        var institution: InstitutionRecord
        var submission: SubmissionRecord
        var reviews: [String: MeasureReview]
    }

    /// The last institution id of the page (whether or not it has a submission): the next page starts after it.
    var lastInstitutionID: String
    /// The institutions that have submitted, in id order.
    var items: [Item]

    /// The first `limit` institutions with an id after `after`; nil when there are none. Institutions of the page
    /// are exactly those with ids in `after < id <= lastInstitutionID`, so the other queries select by that range
    /// (every one of them searches an index; see `EXPLAIN QUERY PLAN`).
    static func fetch(_ db: Database, survey: String, after: String, limit: Int) throws -> ScoringPage? {
        let institutions = try InstitutionRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM institution WHERE id > ? ORDER BY id LIMIT ?"),
                                                          arguments: [after, limit])
        guard let last = institutions.last?.id else { return nil }
        let range: StatementArguments = [survey, after, last]
        // The latest submissions, from the one view that defines them; its subquery reads only the `submission_latest` index.
        let latest = try SubmissionRecord.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM latest_submission WHERE survey_id = ? AND institution_id > ? AND institution_id <= ?
            """), arguments: range)
        var submissions: [String: SubmissionRecord] = [:]
        for submission in latest { submissions[submission.institutionId] = submission }
        // Rows in id order, as `SurveyStore.reviews(of:survey:in:)` applies them: the newest per measure last.
        var reviews: [String: [String: MeasureReview]] = [:]
        for row in try VerificationRecord.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM verification WHERE survey_id = ? AND institution_id > ? AND institution_id <= ? ORDER BY id
            """), arguments: range) {
            SurveyStore.apply(row, to: &reviews[row.institutionId, default: [:]])
        }
        for row in try OverrideRecord.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM override WHERE survey_id = ? AND institution_id > ? AND institution_id <= ? ORDER BY id
            """), arguments: range) {
            SurveyStore.apply(row, to: &reviews[row.institutionId, default: [:]])
        }
        let items = institutions.compactMap { institution in
            submissions[institution.id].map { Item(institution: institution, submission: $0, reviews: reviews[institution.id] ?? [:]) }
        }
        return ScoringPage(lastInstitutionID: last, items: items)
    }
}
