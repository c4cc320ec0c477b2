public import SurveyCore

/// Every file of a report folder, as relative path → text: `index.html` and `report.md` per language,
/// `report.json`, and `data/*.csv`. Pure; the command writes the files.
public enum ReportBundle {
    /// The editions to write.
    public enum Editions: String, Sendable, CaseIterable {
        /// Japanese only.
        case ja
        /// English only.
        case en
        /// Both: Japanese as `index.html` and `report.md`, English as `index.en.html` and `report.en.md`, linked to each
        /// other. Two documents rather than one bilingual page: each keeps its own `lang` (so screen readers and font
        /// selection are right), tables stay narrow enough for a phone, and a printed copy is half as long.
        case both

        /// The languages, the first taking the plain file names.
        public var languages: [Language] {
            switch self {
            case .ja: [.ja]
            case .en: [.en]
            case .both: [.ja, .en]
            }
        }
    }

    /// File names of the HTML and Markdown editions in `language` when `editions` are written.
    public static func names(_ language: Language, in editions: Editions) -> (html: String, markdown: String) {
        language == editions.languages.first ? ("index.html", "report.md") : ("index.\(language.rawValue).html", "report.\(language.rawValue).md")
    }

    /// The workbook of every published table in `language` (`report.xlsx`, the English one `report.en.xlsx` beside a
    /// Japanese edition), written by SurveyOffice's `ReportWorkbook`.
    public static func workbookName(_ language: Language, in editions: Editions) -> String {
        language == editions.languages.first ? "report.xlsx" : "report.\(language.rawValue).xlsx"
    }

    /// All files for `report`, each edition and data file rendered at the same time as the others (on every core).
    public static func files(_ report: PublishedReport, editions: Editions) throws -> [(path: String, text: String)] {
        typealias Files = Result<[(path: String, text: String)], any Error>
        var jobs: [@Sendable () -> Files] = []
        let languages = editions.languages
        for language in languages {
            let names = names(language, in: editions)
            let other = languages.first { $0 != language }.map { HTMLReport.Edition(href: Self.names($0, in: editions).html, language: $0) }
            jobs.append { Result { [(names.html, try HTMLReport(report, language: language, otherEdition: other).render())] } }
            jobs.append { .success([(names.markdown, MarkdownReport(report, language: language).render())]) }
        }
        jobs.append { Result { [("report.json", try ReportJSON(report).render())] } }
        jobs.append { .success(OpenData(report).files().map { (path: "data/" + $0.name, text: $0.text) }) }
        return try ParallelMap.run(jobs).flatMap { try $0.get() }
    }
}
