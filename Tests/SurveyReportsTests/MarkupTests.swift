import Testing
import SurveyCore
@testable import SurveyReports

/// `Markup.escape` and `Markup.markdown` (byte-wise, returning the text itself when nothing needs escaping) give what
/// the scalar-by-scalar originals gave, over random text with every special character, controls, Japanese and emoji.
@Suite struct MarkupTests {
    static func referenceEscape(_ text: String) -> String {
        var escaped = ""
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default:
                if character.value < 0x20, character != "\t", character != "\n" { continue }
                escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    static func referenceMarkdown(_ text: String) -> String {
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

    @Test func sameAsTheScalarOriginals() {
        let pieces = ["&", "<", ">", "\"", "'", "\\", "`", "*", "_", "[", "]", "#", "|", "{", "}", "!", "~", "\n", "\r", "\t",
                      "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "a", "調査", "　", "👩‍🔬", "é", "<script>"]
        var random = SeededGenerator(seed: 90)
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...16, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined()
            #expect(Markup.escape(text) == Self.referenceEscape(text), "\(text.debugDescription)")
            #expect(Markup.markdown(text) == Self.referenceMarkdown(text), "\(text.debugDescription)")
        }
        #expect(Markup.escape("技術流出防止") == "技術流出防止")
    }
}
