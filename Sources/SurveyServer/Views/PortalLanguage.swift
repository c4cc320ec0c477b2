import Foundation
import Hummingbird
import SurveyCore

/// The language a browser asked for: the `chosa_lang` cookie set by the language switch, else the first
/// language of `Accept-Language`, else Japanese (the survey's first language).
enum PortalLanguage {
    static let cookieName = "chosa_lang"

    static func of(_ request: Request) -> Language {
        if let value = request.cookies[cookieName]?.value, let language = Language(rawValue: String(value)) { return language }
        if let accept = request.headers[.acceptLanguage]?.lowercased().trimmingCharacters(in: .whitespaces), accept.hasPrefix("en") {
            return .en
        }
        return .ja
    }

    /// A redirect to `path` that sets the language cookie. A preference, not a secret; written out directly (the
    /// value is one of two fixed words). The portal sends it `SameSite=Lax`, the workspace `Strict`.
    static func switched(to chosen: Language, returningTo path: String, secure: Bool, strict: Bool) -> Response {
        var response = PortalPages.redirect(path)
        let cookie = "\(cookieName)=\(chosen.rawValue); Max-Age=31536000; Path=/; HttpOnly; SameSite=\(strict ? "Strict" : "Lax")"
            + (secure ? "; Secure" : "")
        response.headers[values: .setCookie].append(cookie)
        return response
    }
}
