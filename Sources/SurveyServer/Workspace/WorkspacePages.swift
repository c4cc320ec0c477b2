import Foundation
import Hummingbird
import Mustache
import NIOCore
import SurveyCore
import SurveyReports
import SurveyStore

/// Renders the workspace's pages: the layout's common fields (language, CSRF token, the analyst and what their
/// role allows, the menu) plus each page's own; and the survey a page is about (`?survey=ID`, else the most
/// recently loaded survey).
struct WorkspacePages: Sendable {
    let store: SurveyStore
    let surveys: SurveyProvider
    let clock: ServerClock
    let configuration: ServerConfiguration

    /// The menu: path, phrase key, least role that sees it.
    static let menu: [(path: String, key: String, role: AnalystRole)] = [
        ("/", "dashboard", .viewer), ("/institutions", "institutions", .viewer), ("/queue", "queue", .viewer),
        ("/requests", "requests", .viewer), ("/audit", "audit", .viewer), ("/exports", "exports", .viewer),
        ("/report", "report", .viewer), ("/accounts", "accounts", .admin),
    ]

    /// The fields every page's layout reads.
    func base(_ request: Request, context: WorkspaceRequestContext, title: String) -> [String: Any] {
        let language = PortalLanguage.of(request)
        var page: [String: Any] = [
            "lang": language.rawValue, "isJa": language == .ja, "isEn": language == .en, "t": WorkspaceText.table(language),
            "title": title, "csrf": context.analyst?.csrfToken ?? "",
            "back": request.uri.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "%2F",
            "loggedIn": context.analyst != nil,
        ]
        if request.uri.queryParameters.get("saved") != nil { page["notice"] = WorkspaceText.text("saved", language) }
        page["surveyQuery"] = Self.surveyQuery(request, first: true)
        if let analyst = context.analyst {
            page["analystName"] = analyst.name
            page["roleLabel"] = analyst.role.label.text(language)
            page["canAnalyse"] = analyst.role >= .analyst
            page["isAdmin"] = analyst.role >= .admin
            let path = request.uri.path
            page["menu"] = Self.menu.filter { analyst.role >= $0.role }.map { entry -> [String: Any] in
                let current = entry.path == "/" ? path == "/" : path == entry.path || path.hasPrefix(entry.path + "/")
                return ["href": entry.path, "label": WorkspaceText.text(entry.key, language), "current": current]
            }
        }
        return page
    }

    /// `?survey=ID` (or `&survey=ID` when not `first`) when the request names a survey, so links, forms and
    /// redirects stay in the survey the analyst is looking at; empty otherwise.
    static func surveyQuery(_ request: Request, first: Bool) -> String {
        guard let id = request.uri.queryParameters.get("survey"), !id.isEmpty,
              let encoded = id.addingPercentEncoding(withAllowedCharacters: CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))) else { return "" }
        return (first ? "?" : "&") + "survey=" + encoded
    }

    /// A redirect after a write: `path` with `saved=1`, the survey kept, then the fragment.
    static func saved(_ request: Request, _ path: String, anchor: String? = nil) -> Response {
        PortalPages.redirect(path + "?saved=1" + surveyQuery(request, first: false) + (anchor.map { "#" + $0 } ?? ""))
    }

    /// The survey a page is about.
    func survey(_ request: Request) async throws(PortalError) -> (catalog: SurveyCatalog, survey: LoadedSurvey) {
        let catalog = try await surveys.catalog()
        let wanted = request.uri.queryParameters.get("survey").flatMap { $0.isEmpty ? nil : $0 }
        do {
            return (catalog, try catalog.selected(wanted))
        } catch {
            throw PortalError.notFound(error.message)
        }
    }

    /// An HTML response rendering `template` with `page`.
    func html(_ template: String, _ page: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        PortalPages.html(WorkspaceTemplates.library.render(page, withTemplate: template) ?? "", status: status)
    }

    /// A complete document chosa renders for print (the report preview, a letter), with its own policy: its inline
    /// styles and nothing else — no script, no form, no framing.
    static func document(_ html: String) -> Response {
        var response = PortalPages.html(html)
        response.headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
        return response
    }

    /// Today in Tokyo, from the injected clock.
    var today: CivilDate { CivilDate.inTokyo(secondsSinceEpoch: clock.now().timeIntervalSince1970) }

    /// A stored time (UTC) as Tokyo time, compact for tables: `2023-10-20 10:00` (JST; the page says so once).
    /// Sentences use `PortalTime` (令和5年10月20日 10時00分（日本時間）).
    static func shownTime(_ stored: String?) -> String {
        guard let stored, let date = Timestamp.parse(stored) else { return stored ?? "" }
        let tokyo = Timestamp.tokyo(date)
        return String(tokyo.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    /// A day in the page's language: 令和5年10月31日 or 31 October 2023.
    static func shownDate(_ day: CivilDate, _ language: Language) -> String {
        LetterDate.text(day, language)
    }

    /// The institution's name in the page's language.
    static func name(_ institution: InstitutionRecord, _ language: Language) -> String {
        language == .ja ? institution.nameJa : institution.nameEn
    }
}

extension WorkspaceRequestContext {
    /// The analyst, when their role includes `role`; `forbidden` (403, nothing changed) otherwise.
    func require(_ role: AnalystRole) throws(PortalError) -> SignedInAnalyst {
        guard let analyst, analyst.role >= role else {
            throw PortalError.forbidden(Message(
                en: "Your account's role does not allow this; nothing was changed. Ask an administrator if you need it.",
                ja: "このアカウントの権限ではこの操作はできません。変更は行われていません。必要な場合は管理者に依頼してください。"))
        }
        return analyst
    }
}
