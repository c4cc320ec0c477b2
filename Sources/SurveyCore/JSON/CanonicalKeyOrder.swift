/// The order in which canonical JSON lists an object's keys: Swift's `String` order, which the store has always
/// written and every stored hash depends on. For ASCII keys — item, measure and field ids, so nearly every key —
/// that is plain byte order, which this computes on integers and copied bytes instead of comparing `String`s:
/// sorting keys as `String`s (a call, reference counting and `memcmp` per comparison) was half of writing
/// canonical JSON. Objects with any non-ASCII key are sorted as `String`s, exactly as before; there `<` compares
/// Unicode normal forms, so `"e\u{301}"` sorts where `"é"` would, and byte order could differ.
package enum CanonicalKeyOrder {
    /// One key: its first eight bytes as a big-endian number (zero-padded), and where its bytes are in the arena.
    private struct Entry {
        var prefix: UInt64
        var start: Int
        var count: Int
        var position: Int
    }

    /// The positions `0..<count` ordered by `key(position)` in canonical order.
    package static func positions(count: Int, key: (Int) -> String) -> [Int] {
        guard count > 1 else { return Array(0..<count) }
        var arena: [UInt8] = []
        arena.reserveCapacity(count * 24)
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        for position in 0..<count {
            var text = key(position)
            let ascii = text.withUTF8 { utf8 -> Bool in
                var prefix: UInt64 = 0
                var highBits: UInt8 = 0
                for (offset, byte) in utf8.enumerated() {
                    highBits |= byte
                    if offset < 8 { prefix |= UInt64(byte) << (56 - 8 * offset) }
                }
                entries.append(Entry(prefix: prefix, start: arena.count, count: utf8.count, position: position))
                arena.append(contentsOf: utf8)
                return highBits < 0x80
            }
            guard ascii else { return (0..<count).sorted { key($0) < key($1) } }
        }
        arena.withUnsafeBufferPointer { bytes in
            entries.sort { a, b in
                if a.prefix != b.prefix { return a.prefix < b.prefix }
                // Equal first eight bytes (a key shorter than eight is padded with zeros, so "ab" and "ab\0" tie
                // here and are told apart by length below).
                var offset = 8
                let shorter = min(a.count, b.count)
                while offset < shorter {
                    let left = bytes[a.start + offset]
                    let right = bytes[b.start + offset]
                    if left != right { return left < right }
                    offset += 1
                }
                return a.count < b.count
            }
        }
        return entries.map(\.position)
    }
}
