import Foundation
public import SurveyCore

/// `index.html`: the report as one self-contained page in one language — inline CSS and SVG, no script, no request
/// to any other host. Written directly from the `ReportDocument` with every text escaped by `Markup.escape` (no
/// template engine: nothing is looked up by name at run time, so no value can land in the wrong place).
public struct HTMLReport: Sendable {
    /// The other language's edition, linked from the cover.
    public struct Edition: Sendable, Equatable {
        /// Relative file name, e.g. `index.en.html`.
        public var href: String
        /// Its language.
        public var language: Language

        /// An edition from its parts.
        public init(href: String, language: Language) {
            self.href = href
            self.language = language
        }
    }

    let report: PublishedReport
    let language: Language
    let otherEdition: Edition?

    /// The page for `report` in `language`, linking to `otherEdition` when there is one.
    public init(_ report: PublishedReport, language: Language, otherEdition: Edition? = nil) {
        self.report = report
        self.language = language
        self.otherEdition = otherEdition
    }

    private func e(_ text: String) -> String { Markup.escape(text) }

    /// The HTML text.
    public func render() throws -> String {
        try render(DocumentBuilder(report, language: language).build())
    }

    /// The HTML text of `document`, built from this page's report in its language (the Markdown edition renders the
    /// same document).
    func render(_ document: ReportDocument) throws -> String {
        var html = ""
        html.reserveCapacity(400_000)
        html += "<!DOCTYPE html>\n<html lang=\"\(e(document.language))\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        html += "<meta name=\"generator\" content=\"chosa \(e(report.provenance.chosaVersion))\"/>\n"
        html += "<title>\(e(document.title))</title>\n<style>\n\(ReportStyle.css)\n</style>\n</head>\n<body>\n"
        html += "<a class=\"skip\" href=\"#contents\">\(e(ReportText.skipToContents.text(language)))</a>\n"
        let cover = document.cover
        html += "<header class=\"cover\">\n<p class=\"publisher\">\(e(cover.publisher))</p>\n<h1>\(e(cover.title))</h1>\n"
        html += "<p class=\"subtitle\">\(e(cover.subtitle))</p>\n<p class=\"date\">\(e(cover.date))</p>\n"
        html += "<p class=\"cover-note\">\(e(cover.note))</p>\n" + facts(cover.facts, className: "cover-facts")
        if let otherEdition {
            html += "<p class=\"edition\"><a href=\"\(e(otherEdition.href))\" hreflang=\"\(otherEdition.language.rawValue)\">\(e(ReportText.otherEdition.text(language)))</a></p>\n"
        }
        html += "</header>\n<nav class=\"toc\" id=\"contents\" aria-labelledby=\"contents-title\">\n"
        html += "<h2 id=\"contents-title\">\(e(ReportText.contents.text(language)))</h2>\n<ol>"
        for chapter in document.chapters {
            html += "<li><a href=\"#\(chapter.id)\">\(e(chapter.title))</a>"
            if !chapter.children.isEmpty {
                html += "<ol>" + chapter.children.map { "<li><a href=\"#\($0.id)\">\(e($0.label))</a></li>" }.joined() + "</ol>"
            }
            html += "</li>"
        }
        html += "</ol>\n</nav>\n<main>\n"
        for (index, chapter) in document.chapters.enumerated() {
            let breakClass = chapter.pageBreak ? " page" : ""
            html += "<section class=\"chapter\(breakClass)\" id=\"\(chapter.id)\" aria-labelledby=\"\(chapter.id)-h\">\n"
            html += "<h2 id=\"\(chapter.id)-h\">\(index + 1). \(e(chapter.title))</h2>\n"
            for block in chapter.blocks { html += render(block) }
            html += "</section>\n"
        }
        html += "</main>\n<footer class=\"footer\" id=\"reproducibility\">\n<h2>\(e(document.footerTitle))</h2>\n"
        html += "<dl>" + document.footer.map { "<dt>\(e($0.term))</dt><dd><code>\(e($0.value))</code></dd>" }.joined() + "</dl>\n"
        html += "</footer>\n</body>\n</html>\n"
        return html
    }

    private func facts(_ facts: [(term: String, value: String)], className: String) -> String {
        "<dl class=\"\(className)\">" + facts.map { "<dt>\(e($0.term))</dt><dd>\(e($0.value))</dd>" }.joined() + "</dl>\n"
    }

    private func render(_ block: ReportDocument.Block) -> String {
        switch block {
        case let .heading(level, id, text):
            return "<h\(level) id=\"\(e(id))\">\(e(text))</h\(level)>\n"
        case let .paragraph(text):
            return "<p>\(e(text))</p>\n"
        case let .note(text):
            return "<p class=\"note\">\(e(text))</p>\n"
        case let .list(items):
            return "<ul>" + items.map { item in
                (item.id.map { "<li id=\"\(e($0))\">" } ?? "<li>") + e(item.text) + "</li>"
            }.joined() + "</ul>\n"
        case let .facts(facts):
            return self.facts(facts, className: "facts")
        case let .figure(figure):
            var html = "<figure class=\"figure\" id=\"\(e(figure.id))\">\n\(figure.svg)\n<figcaption class=\"alt\">\(e(figure.alt))</figcaption>\n"
            if let table = figure.table { html += self.table(table) }
            return html + "</figure>\n"
        case let .table(table):
            return self.table(table)
        case let .questionnaire(lines):
            return "<div class=\"annex\">\n" + QuestionnaireHTML.render(lines) + "</div>\n"
        }
    }

    /// A table with its caption and note; figures right-aligned, text left-aligned.
    func table(_ model: TableModel) -> String {
        // The caption is shown above the scrolling box, so a long one wraps on a phone instead of scrolling with a wide
        // table; the table keeps it as its accessible caption.
        var html = "<div class=\"table-block\">\n<p class=\"caption\" aria-hidden=\"true\">\(e(model.title))</p>\n"
        html += "<div class=\"table-wrap\" tabindex=\"0\"><table>\n<caption class=\"visually-hidden\">\(e(model.title))</caption>\n<thead><tr>"
        let textColumns = Set((model.rows.first?.cells ?? []).indices.filter { model.rows.first?.cells[$0].isText == true }.map { $0 + 1 })
        html += model.headers.enumerated().map { index, header in
            "<th scope=\"col\"\(textColumns.contains(index) ? " class=\"text\"" : "")>\(e(header))</th>"
        }.joined() + "</tr></thead>\n<tbody>"
        for row in model.rows {
            html += "<tr><th scope=\"row\">\(e(row.label))</th>"
            for cell in row.cells {
                html += cell.isText ? "<td class=\"text\">" : "<td>"
                html += e(cell.text)
                if let mark = cell.mark { html += "<sup><a href=\"#note-\(mark)\">\(mark)</a></sup>" }
                html += "</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table></div>\n"
        if let note = model.note { html += "<p class=\"note table-note\">\(e(note))</p>\n" }
        return html + "</div>\n"
    }
}

/// What can stop a report from being written.
public enum ReportError: Error, Sendable, Equatable {
    /// A built-in template failed to render (a bug, not bad input).
    case template(String)

    /// The message shown to users.
    public var message: Message {
        switch self {
        case let .template(name):
            Message(en: "the report template '\(name)' could not be rendered; please report this as a bug",
                    ja: "報告書のテンプレート「\(name)」を出力できませんでした。不具合として報告してください")
        }
    }
}
