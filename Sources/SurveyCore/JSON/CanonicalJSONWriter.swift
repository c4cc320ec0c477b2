/// Writes canonical JSON (see `CanonicalJSON`) as UTF-8 bytes into one growing buffer. Bytes rather than a `String`
/// because appending to a `String` re-checks and re-measures its storage on every append, which made writing
/// submission content and score cards a quarter of the store benchmark; the bytes are hashed as they are.
package struct CanonicalJSONWriter: Sendable {
    /// The text written so far.
    package private(set) var bytes: [UInt8] = []

    /// An empty writer whose buffer starts with room for `capacity` bytes.
    package init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends `value`.
    package mutating func write(_ value: JSONValue) {
        switch value {
        case .null: ascii("null")
        case let .bool(flag): ascii(flag ? "true" : "false")
        case let .number(number): write(number)
        case let .string(text): write(text)
        case let .array(elements):
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case let .object(fields): write(fields)
        }
    }

    /// Appends an object with its keys in canonical order (see `CanonicalKeyOrder`).
    package mutating func write(_ fields: [String: JSONValue]) {
        bytes.append(UInt8(ascii: "{"))
        // Keys and values are taken out together so no value is looked up (and its key hashed) a second time.
        let members = Array(fields)
        for (index, position) in CanonicalKeyOrder.positions(count: members.count, key: { members[$0].key }).enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            write(members[position].key)
            bytes.append(UInt8(ascii: ":"))
            write(members[position].value)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// Appends a JSON string: quotes, with `"`, `\` and control characters escaped and everything else as is.
    package mutating func write(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        // `withUTF8` reads a native string's storage in place; runs without escapes are copied whole.
        text.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if index > start { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index])) }
                escape(byte)
                start = index + 1
            }
            if utf8.count > start { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whole numbers below 2^53 as integers; others in Swift's shortest round-trip form (valid JSON); NaN and
    /// infinities, which JSON lacks, as null.
    package mutating func write(_ number: Double) {
        guard number.isFinite else { return ascii("null") }
        if number == number.rounded(), abs(number) < 9_007_199_254_740_992 {
            write(Int64(number))
        } else {
            bytes.append(contentsOf: number.description.utf8)
        }
    }

    /// Appends an integer in decimal, without going through a `String`.
    package mutating func write(_ integer: Int64) {
        if integer < 0 { bytes.append(UInt8(ascii: "-")) }
        // The magnitude as UInt64, so Int64.min has one too; digits come out last first and are turned round.
        var magnitude = integer.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    /// Appends text that needs no escaping (punctuation and literals), byte for byte.
    package mutating func ascii(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// The lower-case hex digit for a value below 16.
    package static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): ascii("\\\"")
        case UInt8(ascii: "\\"): ascii("\\\\")
        case UInt8(ascii: "\n"): ascii("\\n")
        case UInt8(ascii: "\r"): ascii("\\r")
        case UInt8(ascii: "\t"): ascii("\\t")
        default:
            // Other control characters as \u00XX with lower-case hex, as the first version wrote them.
            ascii("\\u00")
            bytes.append(Self.hexDigit(byte >> 4))
            bytes.append(Self.hexDigit(byte & 0x0F))
        }
    }
}
