public import Foundation
import HummingbirdBcrypt
public import SurveyCore

/// Analysts' passwords: at least 12 characters, stored only as a bcrypt hash (cost 12) made by hummingbird-auth's
/// Bcrypt; and the one-time set-up tokens that let a new or reset account choose one.
public enum AnalystPassword {
    /// The shortest password accepted.
    public static let minimumLength = 12
    /// The longest accepted: bcrypt reads only the first 72 bytes, so longer passwords would be silently cut.
    public static let maximumBytes = 72
    /// bcrypt's work factor (2^12 rounds).
    public static let cost: UInt8 = 12
    /// How long a set-up link stays valid.
    public static let setupLifetime: TimeInterval = 24 * 3600

    /// What is wrong with `password`, or nil when it is acceptable.
    public static func problem(_ password: String) -> Message? {
        if password.count < minimumLength {
            return Message(en: "The password must be at least \(minimumLength) characters long.",
                           ja: "パスワードは \(minimumLength) 文字以上にしてください。")
        }
        if password.utf8.count > maximumBytes {
            return Message(en: "The password must be at most \(maximumBytes) bytes (about 24 Japanese characters or 72 letters).",
                           ja: "パスワードは \(maximumBytes) バイト（半角 72 文字、全角 24 文字程度）以内にしてください。")
        }
        return nil
    }

    /// The bcrypt hash of an acceptable password.
    public static func hash(_ password: String) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    /// Whether `password` matches `hash`. With no hash (unknown account, or one not yet set up) a dummy hash is
    /// checked anyway, so the answer takes as long as for a real account and timing reveals nothing.
    static func verify(_ password: String, hash: String?) -> Bool {
        guard let hash else {
            _ = Bcrypt.verify(password, hash: dummyHash)
            return false
        }
        return Bcrypt.verify(password, hash: hash)
    }

    private static let dummyHash = Bcrypt.hash("chosa-no-such-account", cost: cost)

    /// A new set-up token: 256 random bits, URL-safe base64.
    public static func newSetupToken() -> String {
        LoginController.randomToken()
    }
}
