public import Hummingbird
public import HummingbirdAuth
import NIOCore

/// The request context of every route: Hummingbird's core storage, the portal session, the client address for
/// throttling, and the institution a bearer token or session admitted.
public struct PortalRequestContext: RequestContext, SessionRequestContext {
    /// Hummingbird's per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The portal session, loaded and saved by `SessionMiddleware`.
    public let sessions: SessionContext<PortalSession>
    /// The peer's IP address, when the channel has one.
    public let peerAddress: String?
    /// Who the request acts for, once authenticated.
    public var caller: Caller?

    /// A context for one request.
    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.sessions = .init()
        self.peerAddress = source.channel.remoteAddress?.ipAddress
        self.caller = nil
    }

    /// Bodies are read explicitly with their own limits; this bounds anything decoded implicitly.
    public var maxUploadSize: Int { 2 * 1024 * 1024 }
}

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
