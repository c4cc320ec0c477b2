/// Substring search on Unicode scalars, as XPath compares strings (code point by code point, no canonical equivalence).
enum TextSearch {
    /// True when `needle` occurs in `haystack`; the empty string occurs everywhere.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        range(of: needle, in: haystack) != nil
    }

    /// The first occurrence of `needle` in `haystack`.
    static func range(of needle: String, in haystack: String) -> Range<String.Index>? {
        let n = needle.unicodeScalars
        guard let first = n.first else { return haystack.startIndex..<haystack.startIndex }
        let h = haystack.unicodeScalars
        var start = h.startIndex
        while start < h.endIndex {
            if h[start] == first {
                var i = start
                var j = n.startIndex
                while i < h.endIndex, j < n.endIndex, h[i] == n[j] {
                    h.formIndex(after: &i)
                    n.formIndex(after: &j)
                }
                if j == n.endIndex { return start..<i }
            }
            h.formIndex(after: &start)
        }
        return nil
    }
}

extension String {
    /// The values of a multiple-choice answer: the text split on whitespace, as `selected()` reads it.
    var selectedValues: [Substring] {
        split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
    }

    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
