import Hummingbird
import HummingbirdAuth
import SurveyCore

/// Every form carries the session's CSRF token; a post without it, or from another origin, is refused.
enum CSRFCheck {
    static func verify(_ form: PostedForm, request: Request, context: PortalRequestContext) throws(PortalError) {
        let refused = PortalError.forbidden(Message(
            en: "This form has expired or did not come from this site. Go back, reload the page and try again.",
            ja: "このフォームは有効期限切れか、このサイトから送信されたものではありません。ページを再読込してからやり直してください。"))
        guard fromThisSite(request) else { throw refused }
        guard let expected = context.sessions.session?.csrfToken, let sent = form.value("_csrf"),
              ConstantTime.equals(sent, expected) else { throw refused }
    }

    /// What the browser says about where a post came from. `Sec-Fetch-Site`, when sent, must be `same-origin`.
    /// An `Origin` must name this host — except `Origin: null`, which browsers send on every post from a page
    /// served with `Referrer-Policy: no-referrer` (all of ours), so it says nothing either way. The CSRF token
    /// and the `SameSite=Lax` cookie still stop a cross-site post whose browser sends neither header.
    static func fromThisSite(_ request: Request) -> Bool {
        if let site = request.headers[.secFetchSite], site.lowercased() != "same-origin" { return false }
        guard let origin = request.headers[.origin], origin != "null", let host = request.head.authority else { return true }
        return origin.hasSuffix("://\(host)")
    }
}
