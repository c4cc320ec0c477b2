import Hummingbird
public import Logging
public import SurveyStore

/// Runs the application until SIGTERM or SIGINT, then shuts down gracefully: in-flight requests finish and the
/// listening socket closes. `chosa serve` calls this so the command line needs no server types.
public enum ServerRunner {
    /// Serves `store` with `configuration`; `onListening` receives the bound port (useful with port 0).
    public static func run(configuration: ServerConfiguration, store: SurveyStore, clock: ServerClock = .system, logger: Logger,
                           onListening: @escaping @Sendable (Int) async -> Void) async throws {
        // runService wraps the application in a ServiceGroup that shuts down gracefully on SIGTERM and SIGINT.
        try await buildApplication(configuration: configuration, store: store, clock: clock, logger: logger, onListening: onListening).runService()
    }
}
