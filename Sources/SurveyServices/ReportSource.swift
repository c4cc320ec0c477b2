public import Foundation
public import SurveyCore
public import SurveyReports
public import SurveyStore

/// Reads a `ReportInput` from the store: the roster's categories, each institution's progress on one survey, and the
/// score card of its latest submission to that survey, recomputed now with the analysts' current reviews (so the
/// report always matches what `chosa score` would say today, not a stale stored score).
public enum ReportSource {
    /// What stops a report from being built from the database.
    public enum Problem: Error {
        case noSurvey
        case emptyRoster
        case noScores(surveyID: String)
        case store(StoreError)

        /// What to tell the user.
        public var message: Message {
            switch self {
            case .noSurvey:
                Message(en: "no survey is loaded in this database; load one with `chosa survey load --survey PATH`",
                        ja: "このデータベースには調査が登録されていません。`chosa survey load --survey PATH` で登録してください")
            case .emptyRoster:
                Message(en: "the roster is empty; import it with `chosa institutions import ROSTER.csv`",
                        ja: "名簿が空です。`chosa institutions import ROSTER.csv` で取り込んでください")
            case let .noScores(surveyID):
                Message(en: "no institution has submitted a response to survey '\(surveyID)', so there is nothing to report; import responses with `chosa responses import`",
                        ja: "調査「\(surveyID)」に回答を提出した機関がないため、報告書を作成できません。`chosa responses import` で回答を取り込んでください")
            case let .store(error):
                error.message
            }
        }
    }

    /// The input for survey `surveyID` (the newest loaded survey when nil), generated at `now` by chosa `version`.
    public static func input(store: SurveyStore, surveyID: String?, now: Date, version: String) throws(Problem) -> ReportInput {
        do {
            let catalog = try store.catalog()
            guard !catalog.versions.isEmpty else { throw Problem.noSurvey }
            let loaded = try catalog.selected(surveyID)
            let surveyID = loaded.survey.id
            let record = try store.surveyVersions().first { $0.id == loaded.versionID }
            let roster = try store.institutions()
            guard !roster.isEmpty else { throw Problem.emptyRoster }
            let invited = Set(try store.invitations().map(\.institutionId))
            let drafted = try store.institutionsWithDraft(survey: surveyID)
            let cards = try CurrentScores.cards(store: store, catalog: catalog, survey: surveyID)
            var institutions: [ReportInstitution] = []
            institutions.reserveCapacity(roster.count)
            let questions = ReportQuestion.all(in: loaded.survey)
            for institution in roster {
                guard let category = InstitutionCategory(rawValue: institution.category) else { continue }
                if let scored = cards[institution.id] {
                    let answers = try store.latestSubmission(of: institution.id, survey: surveyID).flatMap {
                        try Self.answers($0, store: store, catalog: catalog, questions: questions)
                    }
                    institutions.append(ReportInstitution(category: category, card: scored.card, answers: answers))
                } else if drafted.contains(institution.id) {
                    institutions.append(ReportInstitution(category: category, status: .started))
                } else {
                    institutions.append(ReportInstitution(category: category, status: invited.contains(institution.id) ? .invited : .rostered))
                }
            }
            guard institutions.contains(where: { $0.card != nil }) else { throw Problem.noScores(surveyID: surveyID) }
            let provenance = ReportProvenance(
                surveyID: surveyID, surveyVersion: loaded.survey.version, surveySHA256: record?.surveySha256 ?? "",
                rubricID: loaded.rubric.id, rubricVersion: loaded.rubric.version, rubricSHA256: record?.rubricSha256 ?? "",
                generatedAt: now, chosaVersion: version)
            return ReportInput(institutions: institutions, rubric: loaded.rubric, surveyTitle: loaded.survey.title, provenance: provenance,
                               survey: loaded.survey)
        } catch let problem as Problem {
            throw problem
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw .store(.database("\(error)"))
        }
    }

    /// The answers of `submission` to the report's `questions`, evaluated as scoring evaluates them (as of the day it
    /// was submitted). The form is evaluated a second time here, beside the scoring of `CurrentScores`, which keeps
    /// only cards so that memory stays flat at any roster size.
    private static func answers(_ submission: SubmissionRecord, store: SurveyStore, catalog: SurveyCatalog,
                                questions: [ReportQuestion]) throws -> ReportAnswers? {
        guard let version = catalog.versions[submission.surveyVersionId] else { return nil }
        let response = try store.responseFile(submission, surveyID: version.survey.id, verification: [:])
        let today = CivilDate.inTokyo(secondsSinceEpoch: Double(submission.submittedEpochMs) / 1000)
        return ReportAnswers(version.validator.evaluate(response, today: today), questions: questions)
    }
}
