import ArgumentParser
import Foundation
import SurveyCore
import SurveyReports

/// `chosa letters --survey PATH FILE… --out DIR`: an improvement-request letter for each institution not judged adequate.
struct LettersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letters",
        abstract: "Write improvement-request letters for institutions not judged adequate. / 改善依頼文書を作成します。",
        discussion: """
        Writes <institution>.md and <institution>.html (print-ready, A4) into --out for every response whose verdict is
        substandard or needs improvement; adequate institutions get no letter. Unmet critical measures come first,
        then the other gaps by points, each with the recommendation, its basis and the evidence that would close it.
        """
    )

    @OptionGroup var survey: SurveyOption
    @Argument(help: "Response files (JSON), or folders of them. / 回答ファイル（JSON）またはフォルダ")
    var files: [String]
    @Option(name: .long, help: "Folder to write the letters into (created if missing). / 出力先フォルダ")
    var out: String
    @Option(name: .customLong("reply-by"), help: "Reply deadline, YYYY-MM-DD (default: 30 days after --date). / 回答期限")
    var replyBy: String?
    @Option(name: .long, help: "Date of the letter, YYYY-MM-DD (default: today in Tokyo). / 文書の日付")
    var date: String?
    @Option(name: .long, help: "Roster CSV, to address institutions by name. / 名簿 CSV（機関名の表示に使用）")
    var roster: String?
    @Option(name: .long, help: "Sender line (default: the CSTI secretariat of the Cabinet Office). / 発信者")
    var sender: String?
    @Option(name: .long, help: "Contact details for replies. / 問い合わせ先")
    var contact: String?
    @OptionGroup var today: TodayOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        for (name, value) in [("--reply-by", replyBy), ("--date", date)] {
            if let value, CivilDate(iso: value) == nil {
                throw ValidationError("\(name) '\(value)' is not a date written YYYY-MM-DD / \(name) は YYYY-MM-DD で指定してください")
            }
        }
        if let replyBy = replyBy.flatMap({ CivilDate(iso: $0) }), replyBy < letterDate {
            throw ValidationError("--reply-by is before the letter's date / 回答期限が文書の日付より前です")
        }
    }

    var letterDate: CivilDate {
        date.flatMap { CivilDate(iso: $0) } ?? today.date
    }

    func run() throws {
        let lang = language.language
        let (definition, rubric) = try survey.files.loadSurveyAndRubric(lang)
        let names = try rosterNames(lang)
        let scored = try ScoredResponses.score(paths: files, survey: definition, rubric: rubric, today: today.date, lang)
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            Terminal.err(Message(en: "\(out): error: cannot create the folder", ja: "\(out): エラー: フォルダを作成できません").text(lang))
            throw ExitCode(1)
        }
        let renderer = try LetterRenderer()
        let reply = replyBy.flatMap { CivilDate(iso: $0) } ?? CivilDate(daysSinceEpoch: letterDate.daysSinceEpoch + 30)
        var written = 0
        for (card, _) in scored.cards {
            guard let request = ImprovementRequest(card: card, rubric: rubric) else { continue }
            let content = LetterContent(request: request, institutionName: names[card.institution].map { lang == .ja ? $0.ja : $0.en },
                                        surveyTitle: definition.title, sender: sender, contact: contact, date: letterDate,
                                        replyBy: reply, language: lang)
            // Institution ids are checked to be letters, digits, '-' and '_', so they are safe as file names.
            try write(renderer.markdown(content), to: folder.appendingPathComponent("\(card.institution).md"), lang)
            try write(renderer.html(content), to: folder.appendingPathComponent("\(card.institution).html"), lang)
            written += 1
        }
        let adequate = scored.cards.count - written
        Terminal.out(Message(en: "\(written) letter\(written == 1 ? "" : "s") written to \(out); \(adequate) adequate institution\(adequate == 1 ? " needs" : "s need") none",
                             ja: "\(out) に改善依頼文書を \(written) 件作成しました（適切と判定された \(adequate) 機関は対象外）").text(lang))
        if scored.hadErrors { throw ExitCode(1) }
    }

    private func write(_ text: String, to url: URL, _ language: Language) throws {
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            Terminal.err(Message(en: "\(url.path): error: cannot write the file", ja: "\(url.path): エラー: ファイルを書き込めません").text(language))
            throw ExitCode(1)
        }
    }

    private func rosterNames(_ language: Language) throws -> [String: (ja: String, en: String)] {
        guard let roster else { return [:] }
        guard let data = FileManager.default.contents(atPath: roster) else {
            Terminal.err(Message(en: "\(roster): error: cannot read the file", ja: "\(roster): エラー: ファイルを読めません").text(language))
            throw ExitCode(1)
        }
        let result = Roster.read(data, file: roster)
        Terminal.report(result.diagnostics, language)
        guard let entries = result.entries else { throw ExitCode(1) }
        return Dictionary(entries.map { ($0.id, ($0.nameJa, $0.nameEn)) }, uniquingKeysWith: { first, _ in first })
    }
}
