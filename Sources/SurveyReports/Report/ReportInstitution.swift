public import SurveyCore

/// What the report knows of one institution: its category, how far it got, and its score card when scored.
/// There is deliberately no name or contact here, and the aggregation never reads the card's `institution` id:
/// nothing that identifies an institution can reach a public output.
public struct ReportInstitution: Sendable, Equatable {
    /// One of the five categories of DESIGN §5.7.
    public var category: InstitutionCategory
    /// How far it got.
    public var status: ResponseStatus
    /// Its score card; present exactly when `status` is `.scored`.
    public var card: ScoreCard?
    /// Its answers to the tabulated questions (`ReportQuestion.all(in:)`) of its latest submission, when known.
    public var answers: ReportAnswers?

    /// An institution that has not been scored (`.scored` without a card counts as submitted).
    public init(category: InstitutionCategory, status: ResponseStatus) {
        self.category = category
        self.status = status == .scored ? .submitted : status
        self.card = nil
        self.answers = nil
    }

    /// A scored institution, with its answers when the caller has them.
    public init(category: InstitutionCategory, card: ScoreCard, answers: ReportAnswers? = nil) {
        self.category = category
        self.status = .scored
        self.card = card
        self.answers = answers
    }
}
