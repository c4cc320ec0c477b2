/// Literal search and replace on UTF-8 bytes, for the text chosa writes (reports, forms, CSV). Foundation's
/// `replacingOccurrences(of:with:)` and `components(separatedBy:)` go through NSString on Linux and were a tenth of
/// the report's rendering time; the standard library's generic `replacing(_:with:)` compares `Character`s. Matching
/// whole UTF-8 sequences of a valid needle never splits a character, so byte search gives the same result for
/// literal text (chosa never asks for canonical equivalence here).
extension String {
    /// The text with every occurrence of `target` replaced by `replacement`, left to right, without overlaps.
    public func replacingEvery(_ target: String, with replacement: String) -> String {
        let pieces = splitting(on: target)
        guard pieces.count > 1 else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + (pieces.count - 1) * replacement.utf8.count)
        for (index, piece) in pieces.enumerated() {
            if index > 0 { result += replacement }
            result += piece
        }
        return result
    }

    /// The pieces between occurrences of `separator` (empty pieces kept, so `n` occurrences give `n + 1` pieces);
    /// the whole text when `separator` is empty.
    public func splitting(on separator: String) -> [Substring] {
        let needle = Array(separator.utf8)
        guard let first = needle.first else { return [self[...]] }
        let bytes = utf8
        var pieces: [Substring] = []
        var pieceStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == first, bytes[index...].starts(with: needle) {
                pieces.append(self[pieceStart..<index])
                index = bytes.index(index, offsetBy: needle.count)
                pieceStart = index
            } else {
                bytes.formIndex(after: &index)
            }
        }
        pieces.append(self[pieceStart..<bytes.endIndex])
        return pieces
    }
}
