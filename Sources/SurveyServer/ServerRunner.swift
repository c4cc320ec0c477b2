import Hummingbird
public import Logging
import ServiceLifecycle
import UnixSignals
public import SurveyStore

/// Runs the institution portal and the analyst workspace in one process until SIGTERM or SIGINT, then shuts both
/// down gracefully: in-flight requests finish and both listening sockets close. `chosa serve` calls this so the
/// command line needs no server types.
public enum ServerRunner {
    /// Serves `store` with `configuration`; `onListening` receives each bound port (useful with port 0) and which
    /// listener it is.
    public static func run(configuration: ServerConfiguration, store: SurveyStore, clock: ServerClock = .system, logger: Logger,
                           onListening: @escaping @Sendable (Listener, Int) async -> Void) async throws {
        let portal = buildApplication(configuration: configuration, store: store, clock: clock, logger: logger) { await onListening(.portal, $0) }
        let workspace = buildWorkspaceApplication(configuration: configuration, store: store, clock: clock, logger: logger) {
            await onListening(.workspace, $0)
        }
        let group = ServiceGroup(configuration: .init(services: [.init(service: portal), .init(service: workspace)],
                                                      gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    /// The two listeners of `chosa serve`.
    public enum Listener: String, Sendable {
        /// Institutions' portal and JSON API.
        case portal
        /// The analysts' workspace.
        case workspace
    }
}
