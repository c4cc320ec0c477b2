import SurveyCore

/// The paper form (`PaperForm`'s Markdown) as HTML for the report's annex: the few line shapes the form writes —
/// section and group headings, numbered questions, conditions, hints, answer boxes, repeat tables — become
/// elements; every text is escaped first, so nothing a survey author wrote can become markup.
enum QuestionnaireHTML {
    static func render(_ lines: [String]) -> String {
        var html = ""
        var choices: [String] = []
        var table: [[String]] = []
        var lastQuestion = ""
        func flush() {
            if !choices.isEmpty {
                html += "<ul class=\"choices\">" + choices.map { "<li>\($0)</li>" }.joined() + "</ul>\n"
                choices = []
            }
            if let header = table.first {
                html += "<div class=\"table-wrap\" tabindex=\"0\"><table class=\"form-table\"><caption>\(inline(lastQuestion))</caption><thead><tr>" + header.map { "<th scope=\"col\">\(inline($0))</th>" }.joined()
                    + "</tr></thead><tbody>" + table.dropFirst().map { row in "<tr>" + row.map { "<td>\(inline($0))</td>" }.joined() + "</tr>" }.joined()
                    + "</tbody></table></div>\n"
                table = []
            }
        }
        for raw in lines {
            let line = trimmed(raw)
            if line.hasPrefix("- [ ] ") || line.hasPrefix("- ( ) ") {
                let box = line.hasPrefix("- [ ] ") ? "☐" : "○"
                choices.append(box + " " + inline(String(line.dropFirst(6))))
                continue
            }
            if line.hasPrefix("|") {
                let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                    .map { trimmed(String($0)) }
                if cells.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" } && !$0.isEmpty }) { continue }
                table.append(cells)
                continue
            }
            flush()
            if line.isEmpty { continue }
            if line.hasPrefix("### ") {
                html += "<h4>\(inline(String(line.dropFirst(4))))</h4>\n"
            } else if line.hasPrefix("## ") {
                html += "<h3>\(inline(String(line.dropFirst(3))))</h3>\n"
            } else if line.hasPrefix("> ") {
                html += "<p class=\"hint\">\(inline(String(line.dropFirst(2))))</p>\n"
            } else if line.hasPrefix("- ") {
                html += "<p class=\"form-note\">\(inline(String(line.dropFirst(2))))</p>\n"
            } else if line.hasPrefix("**") {
                lastQuestion = line.replacingEvery("*", with: "")
                html += "<p class=\"question\">\(inline(line))</p>\n"
            } else {
                html += "<p>\(inline(line))</p>\n"
            }
        }
        flush()
        return html
    }

    /// `line` without leading and trailing spaces and tabs (what Foundation's `.whitespaces` trims: tab and every
    /// space separator, the ideographic space among them).
    static func trimmed(_ line: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        let scalars = line.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return line }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }), let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[start...end])
    }

    /// Escapes `text`, then turns the form's `**bold**` and `*emphasis*` into elements and drops table escapes.
    static func inline(_ text: String) -> String {
        var escaped = Markup.escape(text.replacingEvery("\\|", with: "|"))
        escaped = replacePairs(escaped, marker: "**", open: "<b>", close: "</b>")
        return replacePairs(escaped, marker: "*", open: "<em>", close: "</em>")
    }

    private static func replacePairs(_ text: String, marker: String, open: String, close: String) -> String {
        let parts = text.splitting(on: marker)
        guard parts.count >= 3, parts.count % 2 == 1 else { return text }
        var result = ""
        for (index, part) in parts.enumerated() {
            if index > 0 { result += index % 2 == 1 ? open : close }
            result += part
        }
        return result
    }
}
