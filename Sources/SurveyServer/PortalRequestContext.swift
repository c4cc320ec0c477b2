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
