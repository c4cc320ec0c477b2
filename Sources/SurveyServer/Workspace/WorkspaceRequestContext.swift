import Hummingbird
import HummingbirdAuth
import NIOCore

/// The request context of the analyst workspace: Hummingbird's storage, the analyst's session, the client
/// address for throttling, and the analyst once the session is checked. Its own type, so no portal route or
/// middleware can be mounted on the workspace's router by mistake.
struct WorkspaceRequestContext: RequestContext, SessionRequestContext {
    /// Hummingbird's per-request storage.
    var coreContext: CoreRequestContextStorage
    /// The analyst's session, loaded and saved by `SessionMiddleware`.
    let sessions: SessionContext<AnalystSession>
    /// The peer's IP address, when the channel has one.
    let peerAddress: String?
    /// The analyst, once `AnalystAuthMiddleware` admitted the request.
    var analyst: SignedInAnalyst?

    /// A context for one request.
    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.sessions = .init()
        self.peerAddress = source.channel.remoteAddress?.ipAddress
        self.analyst = nil
    }

    /// Bodies are read explicitly with their own limits; this bounds anything decoded implicitly.
    var maxUploadSize: Int { 256 * 1024 }
}
