/// Escaping for the text chosa writes into HTML, SVG and Markdown by hand (Mustache escapes its own variables).
/// Every string that came from a survey author or a roster goes through one of these.
public enum Markup {
    /// Text safe inside an element or a quoted attribute of HTML, XHTML or SVG.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default:
                // Control characters other than tab and newline are not allowed in XML 1.0.
                if character.value < 0x20, character != "\t", character != "\n" { continue }
                escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// Text safe in a Markdown table cell or paragraph: characters with meaning in Markdown (and HTML, which
    /// Markdown passes through) are backslash-escaped or written as entities; line breaks become spaces.
    public static func markdown(_ text: String) -> String {
        var escaped = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "#", "|", "{", "}", "!", "~": escaped += "\\" + String(character)
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\n", "\r", "\t": escaped += " "
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}
