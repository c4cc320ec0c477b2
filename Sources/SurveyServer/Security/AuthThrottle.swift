import Foundation

/// Counts failed logins and bearer tokens per client; after `limit` failures within `window` seconds the
/// client's further failures answer 429 with `Retry-After` until the oldest failure leaves the window. Only
/// failures are throttled: a valid token is admitted whatever others from the same address got wrong.
actor AuthThrottle {
    private let limit: Int
    private let window: TimeInterval
    private let clock: ServerClock
    private var failures: [String: [Date]] = [:]
    /// Bounds memory under a flood of distinct addresses; the oldest entries go first.
    private let maximumClients = 50_000

    init(limit: Int, window: TimeInterval, clock: ServerClock) {
        self.limit = limit
        self.window = window
        self.clock = clock
    }

    /// Throws `throttled` when `client` has used up its failures.
    func check(_ client: String) throws(PortalError) {
        if let seconds = retryAfter(client) { throw PortalError.throttled(retryAfter: seconds) }
    }

    /// Seconds until `client` may fail again, or nil when it has failures left.
    func retryAfter(_ client: String) -> Int? {
        let now = clock.now()
        let recent = (failures[client] ?? []).filter { now.timeIntervalSince($0) < window }
        failures[client] = recent.isEmpty ? nil : recent
        guard recent.count >= limit, let oldest = recent.first else { return nil }
        return max(1, Int((window - now.timeIntervalSince(oldest)).rounded(.up)))
    }

    /// Records one failure from `client`.
    func recordFailure(_ client: String) {
        let now = clock.now()
        if failures.count >= maximumClients {
            failures = failures.filter { $0.value.contains { now.timeIntervalSince($0) < window } }
        }
        var list = (failures[client] ?? []).filter { now.timeIntervalSince($0) < window }
        list.append(now)
        failures[client] = Array(list.suffix(limit))
    }
}
