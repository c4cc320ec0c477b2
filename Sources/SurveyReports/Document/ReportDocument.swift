/// The report in one language as chapters of blocks: what the HTML and Markdown editions both render, so the two
/// say the same thing in the same order. Every string is plain text (renderers escape it); only `svg` is markup,
/// written by `SVGChart`, which escapes its own text.
struct ReportDocument {
    /// One numbered chapter.
    struct Chapter {
        /// Anchor id.
        var id: String
        /// Heading.
        var title: String
        /// Content.
        var blocks: [Block]
        /// Sub-headings listed in the contents: (anchor, label).
        var children: [(id: String, label: String)] = []
        /// Whether the chapter starts a new printed page.
        var pageBreak = false
    }

    /// A chart with its text alternative and its data table.
    struct Figure {
        /// Anchor id.
        var id: String
        /// The SVG markup.
        var svg: String
        /// The chart in words.
        var alt: String
        /// Its figures.
        var table: TableModel?
    }

    /// A piece of a chapter.
    enum Block {
        /// A sub-heading (level 3 or 4) with its anchor.
        case heading(level: Int, id: String, text: String)
        /// A paragraph.
        case paragraph(String)
        /// A smaller, muted paragraph.
        case note(String)
        /// A bulleted list; items with an anchor id can be linked to.
        case list([(id: String?, text: String)])
        /// Terms and their values.
        case facts([(term: String, value: String)])
        /// A chart and its table.
        case figure(Figure)
        /// A table.
        case table(TableModel)
        /// The questionnaire in its paper form (Markdown lines from `PaperForm`).
        case questionnaire([String])
    }

    /// The document's language code.
    var language: String
    /// `<title>`.
    var title: String
    /// The cover: publisher, title, subtitle, date, note.
    var cover: Cover
    /// The chapters.
    var chapters: [Chapter]
    /// The reproducibility facts for the footer.
    var footer: [(term: String, value: String)]
    /// The footer's heading.
    var footerTitle: String

    /// The cover page's text.
    struct Cover {
        /// Organisation and office.
        var publisher: String
        /// The survey's title (the document's h1).
        var title: String
        /// What the document is.
        var subtitle: String
        /// Date of publication, 和暦 in Japanese.
        var date: String
        /// Under the title.
        var note: String
        /// Facts under the note.
        var facts: [(term: String, value: String)]
    }
}
