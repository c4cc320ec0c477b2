public import Foundation
public import SurveyCore
public import SurveyStore

/// Issuing an improvement-request letter from the record (DESIGN §5.9), for `chosa letters --issue` and the
/// workspace alike: who needs one, when it is held back, and the letter registered with one request per unmet
/// measure.
public enum LetterIssuance {
    /// Letter numbers unless told otherwise; `{n}` is the sequence in the survey.
    public static let defaultNumberFormat = "府科事第{n}号"

    /// The reply deadline when none is given: thirty days on, moved off weekends, national holidays and the
    /// year-end closure (an official's reply deadline).
    public static func defaultReplyBy(after date: CivilDate) -> CivilDate {
        OfficeCalendar.openingDay(onOrAfter: CivilDate(daysSinceEpoch: date.daysSinceEpoch + 30))
    }

    /// What issuing did for one institution.
    public enum Outcome: Sendable, Equatable {
        /// Judged adequate: no letter.
        case notNeeded
        /// The verdict rests on one answer and an analyst has not confirmed this very card: held back.
        case held
        /// Registered now (`isNew`) or earlier (returned as it is).
        case issued(IssuedLetter, isNew: Bool)
    }

    /// Whether a letter may go out for `card` now: held while its verdict rests on one answer and the current card
    /// is not the one an analyst confirmed (unless a letter went out already).
    public static func isHeld(_ card: ScoreCard, confirmation: VerdictConfirmation?, alreadyIssued: Bool) -> Bool {
        card.restsOnOneAnswer && !alreadyIssued && confirmation?.cardSha256 != CanonicalJSON.sha256(CanonicalJSON.string(card))
    }

    /// Issues the letter to `institution` for `card` (its latest submission's current card), or says why not.
    public static func issue(store: SurveyStore, survey: String, institution: String, submissionID: String, card: ScoreCard, rubric: Rubric,
                             date: CivilDate, replyBy: CivilDate, numberFormat: String = defaultNumberFormat,
                             by actor: Actor) throws(StoreError) -> Outcome {
        guard let request = ImprovementRequest(card: card, rubric: rubric) else { return .notNeeded }
        let confirmation = try store.verdictConfirmation(institution: institution, survey: survey)
        let alreadyIssued = try store.letter(survey: survey, institution: institution) != nil
        if isHeld(card, confirmation: confirmation, alreadyIssued: alreadyIssued) { return .held }
        let measures = (request.criticalGaps + request.otherGaps).map { (id: $0.measure.id, critical: $0.measure.critical) }
        let (letter, isNew) = try store.issueLetter(survey: survey, institution: institution, submissionID: submissionID, card: card,
                                                    measures: measures, issuedOn: date, replyBy: replyBy,
                                                    number: { numberFormat.replacingOccurrences(of: "{n}", with: String($0)) }, by: actor)
        return .issued(letter, isNew: isNew)
    }
}
