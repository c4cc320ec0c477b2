import SurveyStore

/// What the server keeps for an analyst's browser session (in the database, never in the cookie): the account,
/// and the CSRF token every form carries. It exists only from login to logout or expiry.
struct AnalystSession: Codable, Sendable, Equatable {
    /// The account's name.
    var name: String
    /// The CSRF token forms must echo.
    var csrfToken: String
}

extension AnalystSession: SessionSubject {
    /// The account, so disabling or resetting it ends its sessions.
    var sessionSubject: String { name }
}

/// The analyst a request acts for, read from the database on every request so a changed role or a disabled
/// account takes effect at once.
struct SignedInAnalyst: Sendable, Equatable {
    /// The account's name (written to the audit log).
    var name: String
    /// What it may do.
    var role: AnalystRole
    /// The session's CSRF token.
    var csrfToken: String
}
