import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
package import SurveyCore
package import SurveyStore

/// Renders a section page exactly as `GET /portal/sections/{id}` does — validation of the whole draft, then the
/// page with one page of each long repeat — without HTTP, so `make bench` can time it.
package struct SectionPageRenderer: Sendable {
    let controller: SectionController

    /// A renderer over `store` at `clock`'s time.
    package init(store: SurveyStore, clock: ServerClock) {
        let service = ResponseService(store: store, clock: clock)
        controller = SectionController(pages: PortalPages(service: service, configuration: ServerConfiguration()))
    }

    /// The HTML of section `sectionID` for `institution`, showing page `rowPage` of long repeats.
    package func render(institution: String, sectionID: String, rowPage: Int, language: Language) async throws -> String {
        let service = controller.service
        let caller = Caller(institution: institution, tokenSha256: "bench")
        let loaded = try await service.survey()
        guard let index = loaded.survey.sections.firstIndex(where: { $0.id == sectionID }) else { return "" }
        let draft = try await service.draft(caller, survey: loaded.survey)
        let outcome = service.evaluate(caller, survey: loaded, answers: draft.answers, evidence: draft.evidence, mode: .draft)
        var state = SectionPageState(answers: draft.answers, evidence: draft.evidence, revision: draft.revision, problems: outcome.problems)
        state.rowPage = rowPage
        var head = HTTPRequest(method: .get, scheme: "http", authority: "bench", path: "/portal/sections/\(sectionID)")
        head.headerFields[.cookie] = "\(PortalLanguage.cookieName)=\(language.rawValue)"
        let request = Request(head: head, body: .init(buffer: ByteBuffer()))
        return try controller.sectionHTML(request, csrf: "bench", caller: caller, loaded: loaded, index: index,
                                          section: loaded.survey.sections[index], form: outcome.form, state: state)
    }
}
