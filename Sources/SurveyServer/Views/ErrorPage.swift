import Mustache
import SurveyCore

/// A plain page for errors outside the portal's own pages (404s, 413s, expired forms), in the visitor's language.
struct ErrorPage {
    let status: Int
    let message: String
    let language: Language

    var html: String {
        let heading = status == 404 ? UIText.text("notFound", language) : "\(UIText.text("error", language)) \(status)"
        let context: [String: Any] = [
            "lang": language.rawValue, "isJa": language == .ja, "isEn": language == .en, "t": UIText.table(language),
            "title": heading, "heading": heading, "message": message, "back": "%2Fportal", "loggedIn": false,
        ]
        return PortalTemplates.library.render(context, withTemplate: "error") ?? message
    }
}
