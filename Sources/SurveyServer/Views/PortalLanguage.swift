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
}
