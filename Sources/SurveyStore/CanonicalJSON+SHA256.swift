import Crypto
public import Foundation
public import SurveyCore

/// SHA-256 of canonical JSON and other text, lower-case hex: what the store keeps beside every submission, draft
/// and score so the same content always has the same hash.
extension CanonicalJSON {
    /// Lower-case hex SHA-256 of the UTF-8 bytes of `text`.
    public static func sha256(_ text: String) -> String {
        var text = text
        // `withUTF8` hashes a native string's storage in place rather than copying it into `Data` first.
        return text.withUTF8 { hex(SHA256.hash(data: $0)) }
    }

    /// Lower-case hex SHA-256 of `data`.
    public static func sha256(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    /// Lower-case hex SHA-256 of `bytes`.
    public static func sha256(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        var digits: [UInt8] = []
        digits.reserveCapacity(64)
        for byte in digest {
            digits.append(CanonicalJSONWriter.hexDigit(byte >> 4))
            digits.append(CanonicalJSONWriter.hexDigit(byte & 0x0F))
        }
        return String(decoding: digits, as: UTF8.self)
    }
}
