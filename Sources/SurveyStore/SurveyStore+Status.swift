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

    /// Counts for survey `survey` by category, in the order of DESIGN §5.7, and the total. Invitations belong to
    /// institutions, not surveys; drafts, submissions and scores are those of `survey` only.
    public func status(survey: String) throws(StoreError) -> (byCategory: [(InstitutionCategory, StatusCounts)], total: StatusCounts) {
        let rows = try perform {
            try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT i.category AS category,
                           COUNT(*) AS institutions,
                           SUM(EXISTS (SELECT 1 FROM invitation v WHERE v.institution_id = i.id)) AS invited,
                           SUM(EXISTS (SELECT 1 FROM draft d WHERE d.institution_id = i.id AND d.survey_id = :survey)
                               OR EXISTS (SELECT 1 FROM submission s WHERE s.institution_id = i.id AND s.survey_id = :survey)) AS started,
                           SUM(EXISTS (SELECT 1 FROM submission s WHERE s.institution_id = i.id AND s.survey_id = :survey)) AS submitted,
                           SUM(EXISTS (SELECT 1 FROM score c JOIN latest_submission l
                                         ON l.institution_id = c.institution_id AND l.survey_id = c.survey_id
                                       WHERE c.survey_id = :survey AND c.institution_id = i.id
                                         AND c.submission_id = l.submission_id)) AS scored
                    FROM institution i GROUP BY i.category
                    """, arguments: ["survey": survey])
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

/// An institution that has not submitted to a survey, with what it has done so far (DESIGN §5.9).
public struct NonResponder: Sendable, Equatable {
    /// The institution.
    public var institution: InstitutionRecord
    /// When it last saved a draft of the survey (stored time), or nil when it has not started.
    public var lastDraftSave: String?
    /// Who saved that draft.
    public var lastSavedBy: String?
    /// When its newest invitation was issued, or nil when it was never invited.
    public var invitedAt: String?

    /// Whether it saved a draft (else it has not started).
    public var hasDraft: Bool { lastDraftSave != nil }
}

extension SurveyStore {
    /// Institutions without a submission to `survey`, in id order, with their last activity.
    public func nonResponders(survey: String) throws(StoreError) -> [NonResponder] {
        try perform {
            try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT i.*, d.updated_at AS draft_at, d.updated_by AS draft_by,
                           (SELECT MAX(v.created_at) FROM invitation v WHERE v.institution_id = i.id) AS invited_at
                    FROM institution i LEFT JOIN draft d ON d.institution_id = i.id AND d.survey_id = :survey
                    WHERE NOT EXISTS (SELECT 1 FROM submission s WHERE s.institution_id = i.id AND s.survey_id = :survey)
                    ORDER BY i.id
                    """, arguments: ["survey": survey]).map { row in
                    NonResponder(institution: try InstitutionRecord(row: row), lastDraftSave: row["draft_at"], lastSavedBy: row["draft_by"],
                                 invitedAt: row["invited_at"])
                }
            }
        }
    }
}
