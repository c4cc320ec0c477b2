public import Foundation
public import SurveyCore
public import SurveyReports
public import SurveyStore

/// Reads a `ReportInput` from the store: the roster's categories, each institution's progress on one survey, and the
/// score card of its latest submission to that survey, recomputed now with the analysts' current reviews (so the
/// report always matches what `chosa score` would say today, not a stale stored score), with its answers.
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
    /// Each latest submission is read, parsed and evaluated once, on every core a page at a time: its card is scored
    /// from that form with the analysts' current reviews (as `CurrentScores` does) and its answers to the report's
    /// questions are taken from the same form. `progress` is called after each page with the submissions done so far
    /// and their total.
    public static func input(store: SurveyStore, surveyID: String?, now: Date, version: String,
                             progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) throws(Problem) -> ReportInput {
        // The roster and the invitations are read on another thread while the stored survey loads and is scored.
        let people = Pending<(roster: [InstitutionRecord], invited: Set<String>), StoreError> { () throws(StoreError) in
            (try store.institutions(), Set(try store.invitations().map(\.institutionId)))
        }
        do {
            let catalog = try store.catalog()
            guard !catalog.versions.isEmpty else { throw Problem.noSurvey }
            let loaded = try catalog.selected(surveyID)
            let surveyID = loaded.survey.id
            let record = try store.surveyVersions().first { $0.id == loaded.versionID }
            let drafted = try store.institutionsWithDraft(survey: surveyID)
            let questions = ReportQuestion.all(in: loaded.survey)
            let slots = catalog.versions.mapValues { ReportAnswers.slots(of: questions, in: $0.survey) }
            let total = try store.submittedInstitutionCount(survey: surveyID)
            var scored: [String: (card: ScoreCard, answers: ReportAnswers)] = [:]
            scored.reserveCapacity(total)
            try store.scoreLatestSubmissions(survey: surveyID, catalog: catalog, save: false, by: Actor("chosa", at: .distantPast),
                                             alongside: { version, form in
                                                 ReportAnswers(form, questions: questions, slots: slots[version.versionID] ?? ReportAnswers.slots(of: questions, in: form.survey))
                                             },
                                             progress: { progress($0, total) }) { score, answers in
                scored[score.institution.id] = (score.card, answers)
            }
            let (roster, invited) = try people.value()
            guard !roster.isEmpty else { throw Problem.emptyRoster }
            var institutions: [ReportInstitution] = []
            institutions.reserveCapacity(roster.count)
            for institution in roster {
                guard let category = InstitutionCategory(rawValue: institution.category) else { continue }
                if let scored = scored[institution.id] {
                    institutions.append(ReportInstitution(category: category, card: scored.card, answers: scored.answers))
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
}
