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

    /// The caller a token admits; `unauthorized` (counted) for unknown, revoked or expired tokens.
    func admit(token rawToken: String, client: String) async throws(PortalError) -> Caller {
        try await throttle.check(client)
        let token = rawToken.trimmingCharacters(in: .whitespacesAndNewlines)
        // A real token is 32 URL-safe base64 characters; anything far off is refused without a lookup.
        guard (16...128).contains(token.utf8.count) else {
            await throttle.recordFailure(client)
            throw PortalError.unauthorized
        }
        let hash = InvitationToken.hash(token)
        // A store failure is the server's fault (500), not the caller's: it is neither refused nor counted.
        let admitted: String?
        do { admitted = try store.institution(forTokenHash: hash, at: clock.now()) } catch { throw PortalError.from(error) }
        guard let institution = admitted else {
            await throttle.recordFailure(client)
            throw PortalError.unauthorized
        }
        return Caller(institution: institution, tokenSha256: hash)
    }

    /// Whether a session's key still admits its institution.
    func isStillValid(_ caller: Caller) -> Bool {
        guard let institution = try? store.institution(forTokenHash: caller.tokenSha256, at: clock.now()) else { return false }
        return ConstantTime.equals(institution, caller.institution)
    }
}
