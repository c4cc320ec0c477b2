public import ArgumentParser
import Foundation
import SurveyCore
import SurveyOffice
public import SurveyReports
import SurveyStore
import SurveyServices

/// `chosa report --out DIR`: the aggregated public report (the March summary) — HTML, Markdown, JSON, open-data
/// CSV and a workbook of every table — with disclosure control, written into DIR in one step.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the aggregated public report (HTML, Markdown, JSON, CSV, Excel). / 集計結果の公表資料を作成します。",
        discussion: """
        Writes DIR/index.html (self-contained, printable), report.md, report.xlsx (every table, a sheet each, and the
        codebook), report.json and data/*.csv with data/codebook.csv.
        With --lang both (the default), Japanese is index.html, report.md and report.xlsx; English index.en.html,
        report.en.md and report.en.xlsx.
        No institution's name, id or contact is written; figures resting on fewer than --min-cell institutions are withheld.
        Set SOURCE_DATE_EPOCH to fix the generation time for a reproducible report.
        """
    )

    @Option(name: .long, help: "Database file (default: $CHOSA_DB, else ./chosa.sqlite). / データベースファイル")
    var db: String?

    @Option(name: .customLong("survey-id"), help: "Survey id to report on (default: the newest loaded survey). / 調査ID")
    var surveyID: String?

    @Option(name: .long, help: "Folder to write the report into; a previous report there is replaced, other files are kept. / 出力先フォルダ")
    var out: String

    @Option(name: .long, help: "Editions: ja, en or both (default both). / 作成する言語版")
    var lang: ReportBundle.Editions = .both

    @Option(name: .customLong("min-cell"), help: "Minimum number of institutions behind a published figure, at least 3 (default 5). / 最小集計単位")
    var minCell: Int = DisclosureRules.defaultMinimumCell

    func validate() throws {
        guard minCell >= 3 else {
            throw ValidationError("--min-cell must be at least 3 (with 2, either institution of a pair could work out the other's answer); the default is 5 / --min-cell は 3 以上を指定してください（2 では一方の機関が他方の回答を推測できます）。既定値は 5 です")
        }
        guard !out.isEmpty else {
            throw ValidationError("--out names the folder to write the report into / --out に出力先フォルダを指定してください")
        }
    }

    var databasePath: String {
        if let db, !db.isEmpty { return db }
        if let environment = ProcessInfo.processInfo.environment["CHOSA_DB"], !environment.isEmpty { return environment }
        return "chosa.sqlite"
    }

    /// Messages follow --lang when it names one language, else the environment.
    var messageLanguage: Language {
        lang.languages.count == 1 ? lang.languages[0] : Language.preferred(environment: ProcessInfo.processInfo.environment)
    }

    /// SOURCE_DATE_EPOCH (the reproducible-builds convention) when set, else now.
    static func generationTime(_ environment: [String: String]) -> Date {
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) { return Date(timeIntervalSince1970: epoch) }
        return Date()
    }

    func run() throws {
        let language = messageLanguage
        // What is in the destination already is looked at while the report is computed.
        let destination = URL(fileURLWithPath: out)
        let earlier = Pending<ReportFolder.Survey, Never> { ReportFolder.survey(destination) }
        func fail(_ message: Message) -> ExitCode {
            Terminal.err(Message(en: "error: ", ja: "エラー: ").text(language) + message.text(language))
            return ExitCode(1)
        }
        let store: SurveyStore
        do {
            store = try SurveyStore.open(path: databasePath, create: false)
        } catch {
            throw fail(error.message)
        }
        let input: ReportInput
        let progress = ProgressLine(language: language)
        do {
            input = try ReportSource.input(store: store, surveyID: surveyID,
                                           now: Self.generationTime(ProcessInfo.processInfo.environment), version: ChosaVersion.current) {
                progress.update(Message(en: "report: scoring", ja: "報告書: 採点"), done: $0, total: $1,
                                unit: Message(en: "submissions", ja: "件の提出回答"))
            }
        } catch {
            throw fail(error.message)
        }
        progress.update(Message(en: "report: tabulating and writing the files", ja: "報告書: 集計・書き出し中"))
        let rules = DisclosureRules(minimumCell: minCell)
        let report = ReportPublisher.publish(input, rules: rules)
        let files: [(path: String, data: Data)]
        do {
            // Every file is made at once on every core, the longest (the workbooks) first.
            files = try ReportBundle.run(ReportWorkbook.jobs(report, editions: lang) + ReportBundle.jobs(report, editions: lang))
        } catch let error as ReportError {
            throw fail(error.message)
        } catch let error as OfficeError {
            throw fail(error.message)
        }
        do {
            try ReportFolder.write(files, to: destination, earlier: earlier.value())
        } catch {
            throw fail(error.message)
        }
        let withheld = report.tables.reduce(0) { $0 + $1.disclosures.filter(\.isHidden).count }
        let roster = input.institutions.count
        let scored = input.institutions.filter { $0.card != nil }.count
        // The report of a large roster is made of millions of objects; the operating system takes them back at exit
        // at once, where releasing them one by one took most of a second after the files were written.
        KeptUntilExit.keep((input, report, files))
        Terminal.out(Message(
            en: "Wrote \(files.count) files to \(out) (\(roster) institutions on the roster, \(scored) scored; K = \(minCell), \(withheld) table cells withheld). Open \(out)/index.html.",
            ja: "\(out) に \(files.count) 個のファイルを書き出しました（対象 \(roster) 機関、評価 \(scored) 機関、K = \(minCell)、秘匿したセル \(withheld)）。\(out)/index.html を開いてください。").text(language))
    }
}

/// `--lang ja|en|both`.
extension ReportBundle.Editions: ExpressibleByArgument {}
