/// Escaping for the text chosa writes into HTML, SVG and Markdown by hand (Mustache escapes its own variables).
/// Every string that came from a survey author or a roster goes through one of these.
///
/// Both work on UTF-8 bytes and return the text itself when nothing in it needs escaping (most report text), so a
/// report of hundreds of tables does not rebuild every string scalar by scalar.
public enum Markup {
    /// Text safe inside an element or a quoted attribute of HTML, XHTML or SVG.
    public static func escape(_ text: String) -> String {
        rewrite(text) { byte in
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "'"): "&#39;"
            // Control characters other than tab and newline are not allowed in XML 1.0.
            case 0..<0x20 where byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\n"): ""
            default: nil
            }
        }
    }

    /// Text safe in a Markdown table cell or paragraph: characters with meaning in Markdown (and HTML, which
    /// Markdown passes through) are backslash-escaped or written as entities; line breaks become spaces.
    public static func markdown(_ text: String) -> String {
        rewrite(text) { byte in
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "!"), UInt8(ascii: "~"):
                "\\" + String(UnicodeScalar(byte))
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): " "
            default: nil
            }
        }
    }

    /// `text` with every ASCII byte for which `replacement` gives a string replaced by it. Only ASCII bytes are
    /// replaced, so a multi-byte character is never split.
    private static func rewrite(_ text: String, _ replacement: (UInt8) -> String?) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { $0 < 0x80 && replacement($0) != nil }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        bytes.append(contentsOf: utf8[..<first])
        for byte in utf8[first...] {
            if byte < 0x80, let replaced = replacement(byte) {
                bytes.append(contentsOf: replaced.utf8)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
