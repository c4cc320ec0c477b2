public import Foundation
public import SurveyCore
public import SurveyStore

/// Everything the analyst workspace shows about one institution in one survey: its roster entry, latest submission
/// with its answers evaluated, the current score card (with the analysts' current reviews), last year's answers
/// carried onto this year's items, the reviews' history, and the season's records (deadline extension, verdict
/// confirmation, improvement requests).
public struct InstitutionCase: Sendable {
    /// The roster entry.
    public var institution: InstitutionRecord
    /// The survey version the submission answered, else the survey's newest version.
    public var version: LoadedSurvey
    /// The latest submission, if any.
    public var submission: SubmissionRecord?
    /// That submission as a response file.
    public var response: ResponseFile?
    /// The response evaluated as of its submission day.
    public var form: FormState?
    /// The current card (recomputed with the current reviews).
    public var card: ScoreCard?
    /// Last year's answers and files carried onto this survey's items, when the survey names a previous one.
    public var previous: (answers: [String: JSONValue], evidence: [String: [ResponseFile.EvidenceFile]])?
    /// Every verification and override, oldest first.
    public var history: (verifications: [VerificationRecord], overrides: [OverrideRecord])
    /// The institution's later deadline, if granted.
    public var deadlineExtension: DeadlineExtension?
    /// The analysts' confirmation of a verdict, if recorded.
    public var confirmation: VerdictConfirmation?
    /// Improvement requests issued to it in this survey.
    public var requests: [ImprovementRequestRecord]

    /// Loads the case of `institution` in survey `surveyID`; nil when the roster has no such institution.
    public static func load(store: SurveyStore, catalog: SurveyCatalog, surveyID: String, institution id: String) throws(StoreError) -> InstitutionCase? {
        guard let institution = try store.institution(id) else { return nil }
        let newest = try catalog.latest(surveyID)
        let submission = try store.latestSubmission(of: id, survey: surveyID)
        let version = submission.flatMap { catalog.versions[$0.surveyVersionId] } ?? newest
        var result = InstitutionCase(institution: institution, version: version, submission: submission, response: nil, form: nil, card: nil,
                                     previous: nil, history: try store.reviewHistory(of: id, survey: surveyID),
                                     deadlineExtension: try store.deadlineExtension(institution: id, survey: surveyID),
                                     confirmation: try store.verdictConfirmation(institution: id, survey: surveyID),
                                     requests: try store.requests(survey: surveyID, institution: id))
        if let submission {
            let response = try store.responseFile(submission, surveyID: surveyID, verification: [:])
            let instant = Double(submission.submittedEpochMs) / 1000
            let form = version.validator.evaluate(response, today: CivilDate.inTokyo(secondsSinceEpoch: instant))
            result.response = response
            result.form = form
            result.card = version.scorer.score(form, institution: id, reviews: try store.reviews(of: id, survey: surveyID))
        }
        if let previous = version.survey.previous, let older = catalog.latestBySurvey[previous.surveyID],
           let record = try store.latestSubmission(of: id, survey: previous.surveyID) {
            let content = try store.responseFile(record, surveyID: previous.surveyID, verification: [:])
            result.previous = previous.carry(answers: content.answers, evidence: content.evidence, from: older.survey, into: version.survey)
        }
        return result
    }
}
