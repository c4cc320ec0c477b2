public import Foundation
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

    /// One piece of the report's writing: some of its files, as relative path → bytes.
    public typealias Job = @Sendable () throws -> [(path: String, data: Data)]

    /// The work of writing every file for `report`, in pieces that can run at the same time, the longest first:
    /// `report.json`, the open data, then per language one document rendered as HTML and as Markdown. Callers add
    /// their own pieces (the workbooks, longer still) and run them together with `run(_:)`.
    public static func jobs(_ report: PublishedReport, editions: Editions) -> [Job] {
        var jobs: [Job] = [
            { [("report.json", Data(try ReportJSON(report).render().utf8))] },
            { OpenData(report).files().map { (path: "data/" + $0.name, data: Data($0.text.utf8)) } },
        ]
        let languages = editions.languages
        for language in languages {
            let names = names(language, in: editions)
            let other = languages.first { $0 != language }.map { HTMLReport.Edition(href: Self.names($0, in: editions).html, language: $0) }
            jobs.append {
                let document = DocumentBuilder(report, language: language).build()
                return [(names.html, Data(try HTMLReport(report, language: language, otherEdition: other).render(document).utf8)),
                        (names.markdown, Data(MarkdownReport(report, language: language).render(document).utf8))]
            }
        }
        return jobs
    }

    /// Runs `jobs` on every core, each as soon as a core is free, and returns their files in the jobs' order; the
    /// first error thrown, in that order, is rethrown.
    public static func run(_ jobs: [Job]) throws -> [(path: String, data: Data)] {
        let results = ParallelMap.run(jobs.map { job in { @Sendable in Result { try job() } } })
        return try results.flatMap { try $0.get() }
    }

    /// All files for `report` as text (what the tests and the in-memory benchmark read).
    public static func files(_ report: PublishedReport, editions: Editions) throws -> [(path: String, text: String)] {
        try run(jobs(report, editions: editions)).map { (path: $0.path, text: String(decoding: $0.data, as: UTF8.self)) }
    }
}
