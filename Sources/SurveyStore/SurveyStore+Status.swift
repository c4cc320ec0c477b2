import GRDB
public import SurveyCore

/// Progress of the survey in one category of institution (or in all).
public struct StatusCounts: Sendable, Equatable, Codable {
    /// Institutions in the roster.
    public var institutions = 0
    /// Institutions with an invitation (current or revoked).
    public var invited = 0
    /// Institutions that saved a draft or submitted.
    public var started = 0
    /// Institutions with at least one submission.
    public var submitted = 0
    /// Institutions whose latest submission has a stored score.
    public var scored = 0

    /// Counts from their parts.
    public init(institutions: Int = 0, invited: Int = 0, started: Int = 0, submitted: Int = 0, scored: Int = 0) {
        self.institutions = institutions
        self.invited = invited
        self.started = started
        self.submitted = submitted
        self.scored = scored
    }

    static func + (lhs: StatusCounts, rhs: StatusCounts) -> StatusCounts {
        StatusCounts(institutions: lhs.institutions + rhs.institutions, invited: lhs.invited + rhs.invited,
                     started: lhs.started + rhs.started, submitted: lhs.submitted + rhs.submitted, scored: lhs.scored + rhs.scored)
    }
}

extension SurveyStore {
    // MARK: - Reads

    /// Counts by category, in the order of DESIGN §5.7, and the total.
    public func status() throws(StoreError) -> (byCategory: [(InstitutionCategory, StatusCounts)], total: StatusCounts) {
        let rows = try perform {
            try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT i.category AS category,
                           COUNT(*) AS institutions,
                           SUM(EXISTS (SELECT 1 FROM invitation v WHERE v.institution_id = i.id)) AS invited,
                           SUM(EXISTS (SELECT 1 FROM draft d WHERE d.institution_id = i.id)
                               OR EXISTS (SELECT 1 FROM submission s WHERE s.institution_id = i.id)) AS started,
                           SUM(EXISTS (SELECT 1 FROM submission s WHERE s.institution_id = i.id)) AS submitted,
                           SUM(EXISTS (SELECT 1 FROM score c WHERE c.institution_id = i.id AND c.submission_id =
                               (SELECT s.submission_id FROM submission s WHERE s.institution_id = i.id
                                ORDER BY s.submitted_epoch_ms DESC, s.rowid DESC LIMIT 1))) AS scored
                    FROM institution i GROUP BY i.category
                    """)
            }
        }
        var byCategory: [InstitutionCategory: StatusCounts] = [:]
        for row in rows {
            guard let category = InstitutionCategory(rawValue: row["category"]) else { continue }
            byCategory[category] = StatusCounts(institutions: row["institutions"], invited: row["invited"], started: row["started"],
                                                submitted: row["submitted"], scored: row["scored"])
        }
        let ordered = InstitutionCategory.allCases.map { ($0, byCategory[$0] ?? StatusCounts()) }
        return (ordered, ordered.reduce(StatusCounts()) { $0 + $1.1 })
    }
}
