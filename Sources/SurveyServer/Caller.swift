/// An authenticated caller: an institution, through one of its invitation tokens.
public struct Caller: Sendable, Equatable {
    /// The institution's roster id.
    public var institution: String
    /// SHA-256 of the token used; it names the staff member's key without revealing it.
    public var tokenSha256: String

    /// The name written to the audit log: the institution and the first characters of the key's hash.
    public var auditName: String { "\(institution)/\(keyLabel)" }
    /// A short, non-secret label for the token, e.g. `3f2a9c1b`.
    public var keyLabel: String { String(tokenSha256.prefix(8)) }

    /// A caller from its parts.
    public init(institution: String, tokenSha256: String) {
        self.institution = institution
        self.tokenSha256 = tokenSha256
    }
}
