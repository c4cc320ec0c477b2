/// JSON text in one canonical form — object keys sorted, no insignificant spaces, whole numbers without a
/// fraction — so the same answers always give the same bytes and the same SHA-256, whichever program wrote them.
/// Written by hand because `JSONEncoder` is several times slower and its number formatting is not specified;
/// `CanonicalJSONWriter` does the writing, into bytes. Hashing (SHA-256) is the store's: `CanonicalJSON+SHA256.swift`.
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
}
