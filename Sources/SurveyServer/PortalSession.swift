/// What the server keeps for a browser session (in the database, never in the cookie): the institution and key
/// after login, and the CSRF token every form carries. A session exists only from login to logout or expiry.
public struct PortalSession: Codable, Sendable, Equatable {
    /// The logged-in institution; nil on the session a login form is served with.
    public var institution: String?
    /// SHA-256 of the invitation token used to log in, checked again on each request so revoking it ends the session.
    public var tokenSha256: String?
    /// The CSRF token forms must echo.
    public var csrfToken: String

    /// A session from its parts.
    public init(institution: String? = nil, tokenSha256: String? = nil, csrfToken: String) {
        self.institution = institution
        self.tokenSha256 = tokenSha256
        self.csrfToken = csrfToken
    }
}

extension PortalSession: SessionSubject {
    /// The institution, so revoking its keys can end its sessions.
    var sessionSubject: String { institution ?? "" }
}
