public import Foundation
public import SurveyCore
public import SurveyStore

/// Where every institution on the roster stands in one survey, for the analyst workspace's dashboard, institution
/// list and review queue: how far it got, its current card, whether analysts reviewed it, and the queue's state.
public struct SeasonOverview: Sendable {
    /// How far an institution got.
    public enum Progress: String, Sendable, CaseIterable {
        /// Never invited.
        case notInvited = "not_invited"
        /// Invited, nothing saved.
        case invited
        /// A draft saved, not submitted.
        case started
        /// Submitted at least once.
        case submitted

        /// The state in words.
        public var label: Message {
            switch self {
            case .notInvited: Message(en: "not invited", ja: "未招待")
            case .invited: Message(en: "invited, not started", ja: "未着手")
            case .started: Message(en: "in progress", ja: "回答中")
            case .submitted: Message(en: "submitted", ja: "提出済み")
            }
        }
    }

    /// One institution's row.
    public struct Row: Sendable {
        /// The roster entry.
        public var institution: InstitutionRecord
        /// How far it got.
        public var progress: Progress
        /// When it last saved a draft (stored time), for those that have not submitted.
        public var lastDraftSave: String?
        /// The current card, for those that submitted.
        public var card: ScoreCard?
        /// Whether analysts verified or overrode any of its measures.
        public var reviewed: Bool
        /// The review queue's state.
        public var assignment: ReviewAssignment?
        /// Its later deadline, if granted.
        public var extendedUntil: CivilDate?

        /// The roster's category, when it is one chosa knows.
        public var category: InstitutionCategory? { InstitutionCategory(rawValue: institution.category) }
        /// Critical measures claimed met on the institution's word alone (evidence E0 or E1, not verified).
        public var unverifiedCriticalClaims: [String] {
            (card?.measures ?? []).filter { $0.critical && $0.status == .met && $0.evidence.rank < EvidenceLevel.e2.rank && $0.verificationNote == nil }
                .map(\.id)
        }
        /// Whether one measure's status decides the verdict (margin 1 either way).
        public var marginOne: Bool { card?.restsOnOneAnswer ?? false }
    }

    /// The survey.
    public var survey: LoadedSurvey
    /// Every institution on the roster, by id.
    public var rows: [Row]

    /// Reads the overview of survey `surveyID` (cards recomputed as the record stands now).
    public static func load(store: SurveyStore, catalog: SurveyCatalog, surveyID: String) throws(StoreError) -> SeasonOverview {
        let survey = try catalog.latest(surveyID)
        let cards = try CurrentScores.cards(store: store, catalog: catalog, survey: surveyID)
        let waiting = Dictionary(try store.nonResponders(survey: surveyID).map { ($0.institution.id, $0) }, uniquingKeysWith: { first, _ in first })
        let reviewed = try store.reviewedInstitutions(survey: surveyID)
        let assignments = try store.reviewAssignments(survey: surveyID)
        let extensions = try store.deadlineExtensions(survey: surveyID)
        let rows = try store.institutions().map { institution -> Row in
            let id = institution.id
            let progress: Progress
            if cards[id] != nil {
                progress = .submitted
            } else if let waiting = waiting[id] {
                progress = waiting.hasDraft ? .started : waiting.invitedAt != nil ? .invited : .notInvited
            } else {
                progress = .submitted
            }
            return Row(institution: institution, progress: progress, lastDraftSave: waiting[id]?.lastDraftSave, card: cards[id]?.card,
                       reviewed: reviewed.contains(id), assignment: assignments[id], extendedUntil: extensions[id]?.until)
        }
        return SeasonOverview(survey: survey, rows: rows)
    }
}
