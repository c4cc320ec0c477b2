import Foundation
import SurveyCore
import SurveyStore

/// Checks analysts' logins. Failures are counted per account and per client address: after `limit` failures in
/// the window, further attempts on that account, or from that client, answer 429 — but only attempts that fail
/// count, and a throttled account does not lock out any other account.
struct AnalystGate: Sendable {
    let store: SurveyStore
    let clock: ServerClock
    let byAccount: AuthThrottle
    let byClient: AuthThrottle

    init(store: SurveyStore, clock: ServerClock, limit: Int, window: TimeInterval) {
        self.store = store
        self.clock = clock
        self.byAccount = AuthThrottle(limit: limit, window: window, clock: clock)
        self.byClient = AuthThrottle(limit: limit, window: window, clock: clock)
    }

    /// The account's role when `name` and `password` match an enabled account; `unauthorized` otherwise
    /// (without saying which part was wrong), `throttled` when the account or client has used up its failures.
    func admit(name: String, password: String, client: String) async throws(PortalError) -> AnalystRole {
        let account = "account:" + name.lowercased()
        try await byClient.check(client)
        try await byAccount.check(account)
        let store = store
        let credential = try await StoreWork.run { () throws(StoreError) in try store.analystCredential(name: name) }
        // bcrypt takes a quarter of a second by design; off the cooperative pool so other requests go on.
        let hash = credential.flatMap { $0.disabled ? nil : $0.passwordHash }
        let matches = await BlockingWork.run { () -> Bool in AnalystPassword.verify(password, hash: hash) }
        guard matches, let credential else {
            await byClient.recordFailure(client)
            await byAccount.recordFailure(account)
            throw PortalError.unauthorized
        }
        return credential.role
    }

    /// The account's current role, or nil when it no longer exists or is disabled (its session then ends).
    func currentRole(_ name: String) async throws(PortalError) -> AnalystRole? {
        let store = store
        return try await StoreWork.run { () throws(StoreError) -> AnalystRole? in
            guard let credential = try store.analystCredential(name: name), !credential.disabled, credential.passwordHash != nil else { return nil }
            return credential.role
        }
    }
}
