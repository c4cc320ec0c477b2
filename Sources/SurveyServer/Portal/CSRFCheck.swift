import Hummingbird
import HummingbirdAuth
import SurveyCore

/// Every form carries the session's CSRF token; a post without it, or from another origin, is refused.
enum CSRFCheck {
    static func verify(_ form: PostedForm, request: Request, context: PortalRequestContext) throws(PortalError) {
        let refused = PortalError.forbidden(Message(
            en: "This form has expired or did not come from this site. Go back, reload the page and try again.",
            ja: "このフォームは有効期限切れか、このサイトから送信されたものではありません。ページを再読込してからやり直してください。"))
        if let origin = request.headers[.origin], let host = request.head.authority {
            guard origin.hasSuffix("://\(host)") else { throw refused }
        }
        guard let expected = context.sessions.session?.csrfToken, let sent = form.value("_csrf"),
              ConstantTime.equals(sent, expected) else { throw refused }
    }
}
