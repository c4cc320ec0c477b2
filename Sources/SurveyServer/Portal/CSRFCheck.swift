import Foundation
import Hummingbird
import HummingbirdAuth
import SurveyCore

/// Every form carries a CSRF token (the session's, or on the login form a signed stateless one); a post without
/// it, or from another origin, is refused.
enum CSRFCheck {
    static let refused = PortalError.forbidden(Message(
        en: "This form has expired or did not come from this site. Go back, reload the page and try again.",
        ja: "このフォームは有効期限切れか、このサイトから送信されたものではありません。ページを再読込してからやり直してください。"))

    /// A post from a logged-in page: the session's token.
    static func verify(_ form: PostedForm, request: Request, context: PortalRequestContext, secure: Bool) throws(PortalError) {
        try verify(form, request: request, expected: context.sessions.session?.csrfToken, secure: secure)
    }

    /// A post from a logged-in page of any listener: the token its session holds.
    static func verify(_ form: PostedForm, request: Request, expected: String?, secure: Bool) throws(PortalError) {
        guard fromThisSite(request, secure: secure) else { throw refused }
        guard let expected, let sent = form.value("_csrf"), ConstantTime.equals(sent, expected) else { throw refused }
    }

    /// The login post: a token this server signed within its lifetime.
    static func verifyLogin(_ form: PostedForm, request: Request, signer: LoginFormToken, now: Date, secure: Bool) throws(PortalError) {
        guard fromThisSite(request, secure: secure), let sent = form.value("_csrf"), signer.isValid(sent, at: now) else { throw refused }
    }

    /// What the browser says about where a post came from. `Sec-Fetch-Site`, when sent, must be `same-origin`.
    /// An `Origin` must be exactly this site — scheme (`https` when served for TLS), host and port — except
    /// `Origin: null`, which browsers send on every post from a page served with `Referrer-Policy: no-referrer`
    /// (all of ours), so it says nothing either way. The CSRF token and the `SameSite=Lax` cookie still stop a
    /// cross-site post whose browser sends neither header.
    static func fromThisSite(_ request: Request, secure: Bool) -> Bool {
        if let site = request.headers[.secFetchSite], site.lowercased() != "same-origin" { return false }
        guard let origin = request.headers[.origin], origin != "null" else { return true }
        guard let authority = request.head.authority, let ours = SiteOrigin(scheme: secure ? "https" : "http", authority: authority),
              let theirs = SiteOrigin(origin) else { return false }
        return ours == theirs
    }
}

/// A web origin: scheme, lower-cased host and port (the scheme's default when not written).
struct SiteOrigin: Equatable {
    var scheme: String
    var host: String
    var port: Int

    /// This site's origin from the scheme it is served with and the request's `Host`.
    init?(scheme: String, authority: String) {
        guard let (host, port) = Self.split(authority, scheme: scheme) else { return nil }
        self.scheme = scheme
        self.host = host
        self.port = port
    }

    /// An `Origin` header: `scheme://host[:port]` and nothing else (no path, user or trailing text).
    init?(_ text: String) {
        guard let separator = text.range(of: "://") else { return nil }
        let scheme = text[..<separator.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let authority = String(text[separator.upperBound...])
        guard let (host, port) = Self.split(authority, scheme: scheme) else { return nil }
        self.scheme = scheme
        self.host = host
        self.port = port
    }

    private static func split(_ authority: String, scheme: String) -> (String, Int)? {
        let defaultPort = scheme == "https" ? 443 : 80
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: ".-:[]"))
        guard !authority.isEmpty, authority.unicodeScalars.allSatisfy({ $0.isASCII && allowed.contains($0) }) else { return nil }
        var host = authority
        var port = defaultPort
        if let colon = authority.lastIndex(of: ":"), !authority[colon...].contains("]") {
            guard let number = Int(authority[authority.index(after: colon)...]), (1...65535).contains(number) else { return nil }
            host = String(authority[..<colon])
            port = number
        }
        guard !host.isEmpty, !host.contains(":") || host.hasPrefix("[") else { return nil }
        return (host.lowercased(), port)
    }
}
