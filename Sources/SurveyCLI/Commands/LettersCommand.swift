import ArgumentParser
import Foundation
import SurveyCore
import SurveyReports
import SurveyServices
import SurveyStore

/// `chosa letters --out DIR [--db DB] [--survey-id ID] [--institution ID…]`: an improvement-request letter for each
/// institution not judged adequate, from the record; or `--survey PATH FILE…` from response files (rehearsals).
struct LettersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letters",
        abstract: "Write improvement-request letters for institutions not judged adequate. / 改善依頼文書を作成します。",
        discussion: """
        Writes <institution>.md and <institution>.html (print-ready, A4) into --out for every institution whose verdict is
        substandard or needs improvement; adequate institutions get no letter. Unmet critical measures come first,
        then the other gaps by points, each with the recommendation, its basis and the evidence that would close it.
        Without FILE arguments the letters come from the database (--db): each institution's latest submission to the
        survey (--survey-id, default the most recently loaded) scored with the analysts' current verifications and
        overrides, exactly as `chosa score` stores it, addressed with the roster's names and heads.
        With --survey PATH FILE… they come from response files, for rehearsals.
        """
    )

    @Option(name: .long, help: "Survey folder, to write letters from response files. / 調査定義フォルダ（回答ファイルから作成する場合）")
    var survey: String?
    @Argument(help: "Response files (JSON), or folders of them; none to write letters from the database. / 回答ファイル（省略時はデータベース）")
    var files: [String] = []
    @Option(name: .long, help: "Only these institutions (repeat the option); database mode. / 対象機関ID")
    var institution: [String] = []
    @Flag(name: .long, help: "Issue the letters: number, date and reply deadline registered, one improvement request per unmet measure. / 発出する")
    var issue = false
    @Option(name: .customLong("number-format"), help: "Letter numbers, {n} = sequence in the survey (default 府科事第{n}号). / 文書番号の書式")
    var numberFormat = LetterIssuance.defaultNumberFormat
    @OptionGroup var surveyChoice: SurveyIDOption
    @OptionGroup var database: DatabaseOption
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
        if !files.isEmpty, survey == nil {
            throw ValidationError("letters from response files need --survey PATH; give no files to write them from the database / 回答ファイルから作成するには --survey が必要です")
        }
        if files.isEmpty, survey != nil {
            throw ValidationError("--survey needs response files; without files the letters come from the database (--db) / --survey には回答ファイルを指定してください")
        }
        if issue, !files.isEmpty {
            throw ValidationError("--issue registers letters in the database; give no response files / --issue はデータベースから作成する場合に使えます")
        }
        if issue, !numberFormat.contains("{n}") {
            throw ValidationError("--number-format must contain {n} for the letter's sequence number / --number-format には {n} を含めてください")
        }
        if !files.isEmpty, !institution.isEmpty {
            throw ValidationError("--institution applies to letters from the database / --institution はデータベースから作成する場合に使えます")
        }
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
        let source = try files.isEmpty ? fromDatabase(lang) : fromFiles(lang)
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            Terminal.err(Message(en: "\(out): error: cannot create the folder", ja: "\(out): エラー: フォルダを作成できません").text(lang))
            throw ExitCode(1)
        }
        let renderer = try LetterRenderer()
        let reply = replyBy.flatMap { CivilDate(iso: $0) } ?? LetterIssuance.defaultReplyBy(after: letterDate)
        var written = 0
        var issuedNow = 0
        var held: [String] = []
        for card in source.cards {
            guard let request = ImprovementRequest(card: card, rubric: source.rubric) else { continue }
            var (number, date, due): (String?, CivilDate, CivilDate) = (nil, letterDate, reply)
            if issue, let registry = source.registry {
                // A verdict resting on one answer (margin 1) is issued only once an analyst confirmed this very card.
                let outcome = try storeStep(lang) { () throws(StoreError) in
                    try LetterIssuance.issue(store: registry.store, survey: registry.survey, institution: card.institution,
                                             submissionID: registry.submissions[card.institution] ?? "", card: card, rubric: source.rubric,
                                             date: letterDate, replyBy: reply, numberFormat: numberFormat, by: database.actor)
                }
                switch outcome {
                case .notNeeded:
                    continue
                case .held:
                    held.append(card.institution)
                    continue
                case let .issued(letter, isNew):
                    (number, date, due) = (letter.number, letter.issuedOn, letter.replyBy)
                    if isNew { issuedNow += 1 }
                }
            }
            let addressee = source.addressees[card.institution]
            let content = LetterContent(request: request, institutionName: addressee.map { lang == .ja ? $0.nameJa : $0.nameEn },
                                        headTitle: addressee?.headTitle, number: number, surveyTitle: source.title, sender: sender,
                                        contact: contact, date: date, replyBy: due, language: lang)
            // Institution ids are checked to be letters, digits, '-' and '_', so they are safe as file names.
            try write(renderer.markdown(content), to: folder.appendingPathComponent("\(card.institution).md"), lang)
            try write(renderer.html(content), to: folder.appendingPathComponent("\(card.institution).html"), lang)
            written += 1
        }
        let adequate = source.cards.count - written - held.count
        Terminal.out(Message(en: "\(written) letter\(written == 1 ? "" : "s") written to \(out); \(adequate) adequate institution\(adequate == 1 ? " needs" : "s need") none",
                             ja: "\(out) に改善依頼文書を \(written) 件作成しました（適切と判定された \(adequate) 機関は対象外）").text(lang))
        if issue {
            Terminal.out(Message(en: "\(issuedNow) newly issued and registered with their improvement requests; \(written - issuedNow) already issued (unchanged)",
                                 ja: "新たに \(issuedNow) 件を発出し、改善依頼とともに登録しました（既発出 \(written - issuedNow) 件は変更なし）").text(lang))
            if !held.isEmpty {
                Terminal.out(Message(
                    en: "held back, verdict rests on one answer and is not confirmed (`chosa confirm ID --note …`): \(held.joined(separator: ", "))",
                    ja: "判定が 1 つの回答に左右され、確認が未了のため発出を保留：\(held.joined(separator: "、"))（`chosa confirm ID --note …` で確認）").text(lang))
            }
        }
        if source.hadErrors { throw ExitCode(1) }
    }

    /// The cards letters are written from, with the rubric, the survey's title and how to address each institution.
    private struct Source {
        var cards: [ScoreCard]
        var rubric: Rubric
        var title: LocalizedText
        var addressees: [String: (nameJa: String, nameEn: String, headTitle: String?)]
        var hadErrors = false
        /// Where issued letters are registered (database mode).
        var registry: (store: SurveyStore, survey: String, submissions: [String: String])?
    }

    /// The stored record: current cards of the chosen survey (overrides and verifications applied).
    private func fromDatabase(_ lang: Language) throws -> Source {
        let store = try database.open(lang)
        return try storeStep(lang) { () throws(StoreError) -> Source in
            let catalog = try store.catalog()
            let version = try surveyChoice.selected(in: catalog)
            let roster = try store.institutions()
            let known = Set(roster.map(\.id))
            if let unknown = institution.first(where: { !known.contains($0) }) { throw StoreError.unknownInstitution(unknown) }
            let wanted = Set(institution)
            let scored = try CurrentScores.cards(store: store, catalog: catalog, survey: version.survey.id)
                .filter { wanted.isEmpty || wanted.contains($0.key) }
            let cards = scored.sorted { $0.key < $1.key }.map(\.value.card)
            let addressees = Dictionary(uniqueKeysWithValues: roster.map {
                ($0.id, (nameJa: $0.nameJa, nameEn: $0.nameEn, headTitle: $0.headTitle.isEmpty ? nil : Optional($0.headTitle)))
            })
            return Source(cards: cards, rubric: version.rubric, title: version.survey.title, addressees: addressees,
                          registry: (store, version.survey.id, scored.mapValues(\.submissionID)))
        }
    }

    /// Response files scored against the survey folder (no reviews), addressed from --roster when given.
    private func fromFiles(_ lang: Language) throws -> Source {
        let folder = SurveyFiles(path: survey ?? "")
        let (definition, rubric) = try folder.loadSurveyAndRubric(lang)
        let names = try rosterNames(lang)
        let scored = try ScoredResponses.score(paths: files, survey: definition, rubric: rubric, today: today.date, lang)
        return Source(cards: scored.cards.map(\.0), rubric: rubric, title: definition.title,
                      addressees: names.mapValues { (nameJa: $0.ja, nameEn: $0.en, headTitle: nil) }, hadErrors: scored.hadErrors)
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
