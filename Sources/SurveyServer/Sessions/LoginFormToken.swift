import Crypto
import Foundation

/// The login form's CSRF token without a session: the time it was issued and an HMAC of that time under a secret
/// only this server knows. Serving the login form therefore stores nothing (an anonymous visitor costs no memory
/// and no row), and a token expires after `lifetime` by the injected clock.
struct LoginFormToken: Sendable {
    /// The key's bytes (`SymmetricKey` is not `Sendable`; one is made per signature, which is cheap).
    private let secret: Data
    let lifetime: TimeInterval

    /// A signer with `secret` (random per process unless given), accepting tokens up to `lifetime` seconds old.
    init(secret: Data? = nil, lifetime: TimeInterval = 3600) {
        self.secret = secret ?? SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        self.lifetime = lifetime
    }

    /// A token issued at `now`: `<seconds>.<hmac>`, URL-safe.
    func issue(at now: Date) -> String {
        let seconds = String(Int64(now.timeIntervalSince1970))
        return "\(seconds).\(signature(seconds))"
    }

    /// Whether `token` was issued by this server no more than `lifetime` seconds before `now` (and not after it).
    func isValid(_ token: String, at now: Date) -> Bool {
        let parts = token.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[0].utf8.count <= 20, let issued = Int64(parts[0]) else { return false }
        let age = now.timeIntervalSince1970 - Double(issued)
        guard age >= -60, age <= lifetime else { return false }
        return ConstantTime.equals(parts[1], signature(parts[0]))
    }

    private func signature(_ seconds: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("chosa-login-form:\(seconds)".utf8), using: SymmetricKey(data: secret))
        return Data(mac).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
