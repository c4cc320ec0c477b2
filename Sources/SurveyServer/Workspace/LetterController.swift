import Foundation
import Hummingbird
import SurveyCore
import SurveyReports
import SurveyServices
import SurveyStore

/// An institution's improvement-request letter (`/institutions/{id}/letter`): analysts read the draft made from the
/// current card (or the letter as issued), and administrators issue it — numbered, dated today, the reply due thirty
/// days on (the next opening day), with one improvement request per unmet measure. A verdict resting on one answer
/// is held until an analyst confirms it, exactly as `chosa letters --issue` does.
struct LetterController {
    let pages: WorkspacePages

    func addRoutes(to group: RouterGroup<WorkspaceRequestContext>) {
        group.get("institutions/:institution/letter", use: show)
        group.post("institutions/:institution/letter", use: issue)
    }

    private func load(_ request: Request, context: WorkspaceRequestContext) async throws(PortalError) -> (InstitutionCase, ImprovementRequest) {
        let (catalog, survey) = try await pages.survey(request)
        let id = context.parameters.get("institution") ?? ""
        let store = pages.store
        let loaded = try await StoreWork.run { () throws(StoreError) in
            try InstitutionCase.load(store: store, catalog: catalog, surveyID: survey.survey.id, institution: id)
        }
        guard let loaded, let card = loaded.card, let letter = ImprovementRequest(card: card, rubric: loaded.version.rubric) else {
            throw PortalError.notFound(Message(en: "No letter is due: the institution has not submitted, or its verdict is adequate.",
                                               ja: "改善依頼の対象ではありません（未提出、又は判定が「適切」です）。"))
        }
        return (loaded, letter)
    }

    @Sendable func show(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let language = PortalLanguage.of(request)
        let (item, gaps) = try await load(request, context: context)
        let (store, surveyID, id) = (pages.store, item.version.survey.id, item.institution.id)
        let issued = try await StoreWork.run { () throws(StoreError) in try store.letter(survey: surveyID, institution: id) }
        let date = issued?.issuedOn ?? pages.today
        let content = LetterContent(request: gaps,
                                    institutionName: WorkspacePages.name(item.institution, language),
                                    headTitle: item.institution.headTitle.isEmpty ? nil : item.institution.headTitle, number: issued?.number,
                                    surveyTitle: item.version.survey.title, sender: nil, contact: nil, date: date,
                                    replyBy: issued?.replyBy ?? LetterIssuance.defaultReplyBy(after: date), language: language)
        return WorkspacePages.document(try LetterRenderer().html(content))
    }

    @Sendable func issue(_ request: Request, context: WorkspaceRequestContext) async throws -> Response {
        let admin = try context.require(.admin)
        _ = try await WorkspaceForms.read(request, context: context, configuration: pages.configuration)
        let (item, gaps) = try await load(request, context: context)
        let card = gaps.card
        guard let submission = item.submission else { throw PortalError.notFound(Message(en: "No submission.", ja: "提出がありません。")) }
        let (store, today, now) = (pages.store, pages.today, pages.clock.now())
        let outcome = try await StoreWork.run { () throws(StoreError) in
            try LetterIssuance.issue(store: store, survey: item.version.survey.id, institution: item.institution.id,
                                     submissionID: submission.submissionId, card: card, rubric: item.version.rubric, date: today,
                                     replyBy: LetterIssuance.defaultReplyBy(after: today), by: Actor(admin.name, at: now))
        }
        switch outcome {
        case .notNeeded:
            throw PortalError.badRequest(Message(en: "No letter is due.", ja: "改善依頼の対象ではありません。"))
        case .held:
            throw PortalError.badRequest(Message(
                en: "One answer decides this verdict: an analyst confirms it (the form on the institution's page) before the letter is issued. Nothing was issued.",
                ja: "1 項目で判定が変わるため、発出前に分析担当者による判定の確認（機関の画面の入力欄）が必要です。発出していません。"))
        case .issued:
            return WorkspacePages.saved(request, "/institutions/\(item.institution.id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "")",
                                        anchor: "letter")
        }
    }
}
