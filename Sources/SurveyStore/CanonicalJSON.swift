import Crypto
public import Foundation
public import SurveyCore

/// JSON text in one canonical form — object keys sorted, no insignificant spaces, whole numbers without a
/// fraction — so the same answers always give the same bytes and the same SHA-256, whichever program wrote them.
/// Written by hand because `JSONEncoder` is several times slower and its number formatting is not specified;
/// `CanonicalJSONWriter` does the writing, into bytes.
public enum CanonicalJSON {
    /// The canonical text of `value`.
    public static func string(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// The canonical text of `card.jsonValue`, written without building that value.
    public static func string(_ card: ScoreCard) -> String {
        var writer = CanonicalJSONWriter()
        writer.write(card)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The canonical text of `value` as UTF-8 bytes, the form that is hashed.
    public static func bytes(_ value: JSONValue) -> [UInt8] {
        var writer = CanonicalJSONWriter()
        writer.write(value)
        return writer.bytes
    }

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
