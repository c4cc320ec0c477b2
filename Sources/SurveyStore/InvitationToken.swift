import Foundation
import SurveyCore

/// Invitation tokens (DESIGN §5.7): 192 random bits in URL-safe base64 without padding (32 characters), shown
/// once and stored only as their SHA-256. A fast hash suffices because the token is random, not a password.
public enum InvitationToken {
    /// Random bytes per token; at least 16 (128 bits) are required.
    public static let byteCount = 24

    /// A new token from `random` (the system generator in production, a seeded one in the demo). A draw whose
    /// first character is `-` or `_` is discarded: a token starting with `-` is a formula to a spreadsheet, so the
    /// invitation CSV would have to prefix it with `'` (and a copied token would no longer work), and it reads as
    /// an option on a command line. The first character then carries 5.95 bits instead of 6.
    public static func generate(using random: inout some RandomNumberGenerator) -> String {
        while true {
            let token = draw(using: &random)
            if let first = token.first, first != "-", first != "_" { return token }
        }
    }

    private static func draw(using random: inout some RandomNumberGenerator) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(byteCount)
        while bytes.count < byteCount {
            withUnsafeBytes(of: random.next()) { bytes.append(contentsOf: $0.prefix(byteCount - bytes.count)) }
        }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The stored form of a token.
    public static func hash(_ token: String) -> String {
        CanonicalJSON.sha256(token)
    }
}
