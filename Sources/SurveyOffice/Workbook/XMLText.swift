/// Escaping for text and attribute values written into Office Open XML parts.
enum XMLText {
    /// `text` with `& < > "` escaped and characters XML 1.0 cannot carry (most control characters) dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                // Excel refuses files with C0 controls, surrogates are impossible here, and U+FFFE/U+FFFF are not characters.
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A `<t>` element, keeping leading and trailing spaces that XML would otherwise let readers drop.
    static func textElement(_ text: String) -> String {
        let needsPreserve = text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.contains("\n")
        return needsPreserve ? "<t xml:space=\"preserve\">\(escape(text))</t>" : "<t>\(escape(text))</t>"
    }
}
