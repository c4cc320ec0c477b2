import Mustache
import SurveyCore

/// Renders improvement-request letters as Markdown and as print-ready HTML (A4) from `LetterContent`.
public struct LetterRenderer: Sendable {
    private let markdownTemplate: MustacheTemplate
    private let htmlTemplate: MustacheTemplate

    /// Compiles the templates; they are part of the program, so a failure here is a programming error reported as such.
    public init() throws {
        MarkdownContentType.registerOnce()
        markdownTemplate = try MustacheTemplate(string: LetterTemplates.markdown)
        htmlTemplate = try MustacheTemplate(string: LetterTemplates.html)
    }

    /// The letter in Markdown; every value is escaped for Markdown.
    public func markdown(_ content: LetterContent) -> String {
        markdownTemplate.render(content)
    }

    /// The letter as a standalone HTML page; every value is escaped for HTML.
    public func html(_ content: LetterContent) -> String {
        htmlTemplate.render(content)
    }
}

/// Escapes values for Markdown so a name such as `*Fictional* [University](x)` prints as typed.
struct MarkdownContentType: MustacheContentType {
    /// Registers the content type under `MARKDOWN`; `static let` runs it exactly once, whatever the thread.
    private static let registration: Void = MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")

    static func registerOnce() {
        _ = registration
    }

    func escapeText(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\", "*", "_", "`", "[", "]", "<", ">", "|", "#":
                escaped += "\\" + String(character)
            case "\n", "\r", "\r\n":
                escaped += " "
            default:
                escaped.append(character)
            }
        }
        return escaped
    }
}
