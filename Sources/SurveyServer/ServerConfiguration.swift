public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How `chosa serve` runs: where it listens, how cookies are marked, and the limits it enforces. docs/portal.md
/// lists the defaults and why they are what they are.
public struct ServerConfiguration: Sendable {
    /// Address to bind.
    public var host: String
    /// Port to bind; 0 picks a free one.
    public var port: Int
    /// Served over TLS (directly or behind a TLS-terminating proxy): `Secure` cookies, HSTS, and `https` origins.
    public var secureCookies: Bool
    /// Addresses of the reverse proxies whose `X-Forwarded-For` is believed; empty: the header is ignored.
    public var trustedProxies: Set<String>
    /// How long a portal session lasts after login, however active.
    public var sessionLifetime: Duration
    /// How long a portal session lasts without a request.
    public var sessionIdleLimit: Duration
    /// Largest JSON or form body accepted, in bytes.
    public var maxBodyBytes: Int
    /// Largest evidence file accepted, in bytes.
    public var maxUploadBytes: Int
    /// Failed logins or bearer tokens from one client allowed per `failureWindow` before 429.
    public var failureLimit: Int
    /// The window for `failureLimit`.
    public var failureWindow: TimeInterval
    /// Connection limits and read timeouts.
    public var connections: ConnectionLimits
    /// Evidence quotas per item and per institution.
    public var quotas: EvidenceQuotas
    /// The analyst workspace's address (the office network's, not the internet's).
    public var analystHost: String = "127.0.0.1"
    /// The analyst workspace's port; 0 picks a free one.
    public var analystPort: Int = 8081
    /// How long an analyst's session lasts after login, however active (DESIGN §5.8: 12 hours).
    public var analystSessionLifetime: Duration = .seconds(12 * 3600)
    /// How long an analyst's session lasts without a request (30 minutes).
    public var analystIdleLimit: Duration = .seconds(30 * 60)
    /// Failed logins allowed per account and per client within `analystFailureWindow` before 429.
    public var analystFailureLimit: Int = 10
    /// The window for `analystFailureLimit` (15 minutes).
    public var analystFailureWindow: TimeInterval = 15 * 60

    /// A configuration with chosa's defaults: loopback, port 8080, 8-hour sessions ending after an idle hour,
    /// 2 MiB bodies, 20 MiB files.
    public init(host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false, trustedProxies: Set<String> = [],
                sessionLifetime: Duration = .seconds(8 * 3600), sessionIdleLimit: Duration = .seconds(3600),
                maxBodyBytes: Int = 2 * 1024 * 1024, maxUploadBytes: Int = 20 * 1024 * 1024, failureLimit: Int = 10,
                failureWindow: TimeInterval = 60, connections: ConnectionLimits = ConnectionLimits(),
                quotas: EvidenceQuotas = EvidenceQuotas()) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.trustedProxies = trustedProxies
        self.sessionLifetime = sessionLifetime
        self.sessionIdleLimit = sessionIdleLimit
        self.maxBodyBytes = maxBodyBytes
        self.maxUploadBytes = maxUploadBytes
        self.failureLimit = failureLimit
        self.failureWindow = failureWindow
        self.connections = connections
        self.quotas = quotas
    }

    /// Whether `text` is an IPv4 or IPv6 address, as `--trust-proxy` takes.
    public static func isIPAddress(_ text: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        return inet_pton(AF_INET, text, &v4) == 1 || inet_pton(AF_INET6, text, &v6) == 1
    }
}

/// Bounds on connections, so half-open or slow clients cannot hold the server: how long a request may take to
/// arrive, and how many connections one address and everyone together may hold.
public struct ConnectionLimits: Sendable {
    /// Time allowed for a request's head (line and headers) to arrive, from connecting or from the previous
    /// response; also how long an idle keep-alive connection stays open.
    public var headerTimeout: Duration
    /// Longest pause allowed between parts of a request body.
    public var bodyIdleTimeout: Duration
    /// Longest time a whole request body may take.
    public var bodyTimeout: Duration
    /// Connections one client address may hold at once (trusted proxies are exempt).
    public var perClient: Int
    /// Connections the server holds at once.
    public var total: Int
    /// Of `total`, how many are kept for loopback clients (health checks, the operator) when the rest are taken.
    public var reservedForLoopback: Int

    /// The defaults documented in docs/portal.md.
    public init(headerTimeout: Duration = .seconds(20), bodyIdleTimeout: Duration = .seconds(30), bodyTimeout: Duration = .seconds(300),
                perClient: Int = 64, total: Int = 4096, reservedForLoopback: Int = 64) {
        self.headerTimeout = headerTimeout
        self.bodyIdleTimeout = bodyIdleTimeout
        self.bodyTimeout = bodyTimeout
        self.perClient = perClient
        self.total = total
        self.reservedForLoopback = reservedForLoopback
    }
}

/// How much evidence an institution may store: per evidence item (files attached in the draft) and per
/// institution (every file it has uploaded for the survey, attached or not).
public struct EvidenceQuotas: Sendable {
    /// Files attached to one item.
    public var filesPerItem: Int
    /// Bytes attached to one item.
    public var bytesPerItem: Int
    /// Files one institution uploads for a survey.
    public var filesPerInstitution: Int
    /// Bytes one institution uploads for a survey.
    public var bytesPerInstitution: Int
    /// An Office file (docx, xlsx, pptx) may expand to at most this many bytes.
    public var maxExpandedBytes: Int
    /// An Office file may have at most this many parts.
    public var maxParts: Int

    /// The defaults documented in docs/portal.md.
    public init(filesPerItem: Int = 10, bytesPerItem: Int = 60 * 1024 * 1024, filesPerInstitution: Int = 100,
                bytesPerInstitution: Int = 300 * 1024 * 1024, maxExpandedBytes: Int = 200 * 1024 * 1024, maxParts: Int = 2000) {
        self.filesPerItem = filesPerItem
        self.bytesPerItem = bytesPerItem
        self.filesPerInstitution = filesPerInstitution
        self.bytesPerInstitution = bytesPerInstitution
        self.maxExpandedBytes = maxExpandedBytes
        self.maxParts = maxParts
    }
}
