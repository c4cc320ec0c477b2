import Foundation
import Hummingbird
import Mustache
import HummingbirdAuth
import NIOCore
import SurveyCore
import SurveyReports
import SurveyStore

/// Renders the portal's pages: the layout's common fields (language, CSRF token, who is logged in) plus each
/// page's own, through the Mustache library.
struct PortalPages: Sendable {
    let service: ResponseService
    let configuration: ServerConfiguration

    /// The fields every page's layout reads.
    func base(_ request: Request, context: PortalRequestContext, title: String, institutionName: String? = nil) -> [String: Any] {
        base(request, csrf: context.sessions.session?.csrfToken ?? "", title: title, institutionName: institutionName)
    }

    /// The fields every page's layout reads, with the CSRF token forms carry.
    func base(_ request: Request, csrf: String, title: String, institutionName: String? = nil) -> [String: Any] {
        let language = PortalLanguage.of(request)
        var page: [String: Any] = [
            "lang": language.rawValue, "isJa": language == .ja, "isEn": language == .en, "t": UIText.table(language),
            "title": title, "csrf": csrf,
            "back": request.uri.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "%2F",
            "loggedIn": institutionName != nil,
        ]
        if let institutionName { page["institutionName"] = institutionName }
        return page
    }

    /// An HTML response rendering `template` with `page`.
    func html(_ template: String, _ page: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        Self.html(PortalTemplates.library.render(page, withTemplate: template) ?? "", status: status)
    }

    /// An HTML response with `text`.
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A 303 redirect to a path on this site.
    static func redirect(_ path: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = path
        return Response(status: .seeOther, headers: headers)
    }

    /// The institution's name in the page's language.
    func name(_ institution: InstitutionRecord, _ language: Language) -> String {
        language == .ja ? institution.nameJa : institution.nameEn
    }

    /// The section list with progress, for the navigation on every portal page.
    func sectionList(_ survey: SurveyDefinition, form: FormState, language: Language, current: String?) -> [[String: Any]] {
        let progress = SectionProgress(survey: survey, form: form)
        return survey.sections.enumerated().map { index, section in
            let counts = progress.counts[index]
            return ["id": section.id, "number": index + 1, "title": section.title.text(language), "answered": counts.answered,
                    "total": counts.total, "current": section.id == current,
                    "notAsked": counts.asked == 0 && section.items.contains { $0.type != .note }]
        }
    }

    /// The receipt fields for tables and pages, the time as people read it (令和5年10月20日 14時05分（日本時間）).
    static func receiptFields(_ receipt: Receipt, language: Language) -> [String: Any] {
        ["submissionID": receipt.submissionID, "submittedAt": PortalTime.text(receipt.submittedAt, language), "attestedBy": receipt.attestedBy,
         "sha256": receipt.sha256]
    }

    /// "12 of 40 questions answered" over the whole questionnaire.
    static func overallProgress(_ survey: SurveyDefinition, form: FormState, language: Language) -> String {
        let (answered, total) = SectionProgress(survey: survey, form: form).overall
        return language == .ja ? "全\(total)問中 \(answered)問回答済み" : "\(answered) of \(total) questions answered"
    }
}
