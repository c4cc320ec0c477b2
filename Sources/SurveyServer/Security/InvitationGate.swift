import Foundation
import SurveyCore
import SurveyStore

/// Admits callers by invitation token, for the login form and the API alike: failures are throttled per client,
/// tokens are looked up by their SHA-256 (never compared in clear), and a session's token is checked again on
/// every request so revoking or expiring it ends the session.
struct InvitationGate: Sendable {
    let store: SurveyStore
    let clock: ServerClock
    let throttle: AuthThrottle

    /// The caller a token admits; `unauthorized` (counted) for unknown, revoked or expired tokens, or `throttled`
    /// once the client has failed too often. A valid token is admitted even then: the throttle slows guessing, and
    /// must not lock out staff who share an address (or a proxy) with someone who mistyped.
    func admit(token rawToken: String, client: String) async throws(PortalError) -> Caller {
        let token = rawToken.trimmingCharacters(in: .whitespacesAndNewlines)
        // A real token is 32 URL-safe base64 characters; anything far off is refused without a lookup.
        guard (16...128).contains(token.utf8.count) else { throw await refusal(client) }
        let hash = InvitationToken.hash(token)
        // A store failure is the server's fault (500), not the caller's: it is neither refused nor counted.
        let admitted: String?
        do { admitted = try store.institution(forTokenHash: hash, at: clock.now()) } catch { throw PortalError.from(error) }
        guard let institution = admitted else { throw await refusal(client) }
        return Caller(institution: institution, tokenSha256: hash)
    }

    /// Counts a failure; 429 when the client had none left, else 401.
    private func refusal(_ client: String) async -> PortalError {
        if let seconds = await throttle.retryAfter(client) { return .throttled(retryAfter: seconds) }
        await throttle.recordFailure(client)
        return .unauthorized
    }

    /// Whether a session's key still admits its institution.
    func isStillValid(_ caller: Caller) -> Bool {
        guard let institution = try? store.institution(forTokenHash: caller.tokenSha256, at: clock.now()) else { return false }
        return ConstantTime.equals(institution, caller.institution)
    }
}
