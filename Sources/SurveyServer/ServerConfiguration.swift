public import Foundation

/// How `chosa serve` runs: where it listens, how cookies are marked, and the limits it enforces.
public struct ServerConfiguration: Sendable {
    /// Address to bind.
    public var host: String
    /// Port to bind; 0 picks a free one.
    public var port: Int
    /// Mark the session cookie `Secure`: set when served over TLS or behind a TLS-terminating proxy.
    public var secureCookies: Bool
    /// Read the client address from the last `X-Forwarded-For` entry (only behind a proxy that sets it).
    public var trustForwardedFor: Bool
    /// How long a portal session lasts after login.
    public var sessionLifetime: Duration
    /// Largest JSON or form body accepted, in bytes.
    public var maxBodyBytes: Int
    /// Largest evidence file accepted, in bytes.
    public var maxUploadBytes: Int
    /// Failed logins or bearer tokens from one client allowed per `failureWindow` before 429.
    public var failureLimit: Int
    /// The window for `failureLimit`.
    public var failureWindow: TimeInterval

    /// A configuration with chosa's defaults: loopback, port 8080, 8-hour sessions, 2 MiB bodies, 20 MiB files.
    public init(host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false, trustForwardedFor: Bool = false,
                sessionLifetime: Duration = .seconds(8 * 3600), maxBodyBytes: Int = 2 * 1024 * 1024,
                maxUploadBytes: Int = 20 * 1024 * 1024, failureLimit: Int = 10, failureWindow: TimeInterval = 60) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.trustForwardedFor = trustForwardedFor
        self.sessionLifetime = sessionLifetime
        self.maxBodyBytes = maxBodyBytes
        self.maxUploadBytes = maxUploadBytes
        self.failureLimit = failureLimit
        self.failureWindow = failureWindow
    }
}
