import ArgumentParser
import Foundation
import SurveyCore
import SurveyStore

/// `chosa demo`: a fresh database with the real survey and a synthetic roster, answered, reviewed and scored.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a demo database with synthetic institutions, answers and scores. / 架空の機関・回答・評価でデモ用データベースを作成します。",
        discussion: """
        Uses surveys/cao-research-integrity-2023 (or --survey). The roster mixes national, public and private universities, \
        national research agencies and inter-university institutes as in the real survey (370 by default); every name says \
        "Fictional" / 「架空」. About 5 % never respond, about 8 % leave a draft only, and some answers carry evidence and \
        analysts' verifications. The same --seed builds the same database. The database goes to --db (default OUT/chosa.sqlite); \
        an existing file there is replaced only if it is itself a demo database. OUT gets scores.csv and summary.md.
        """
    )

    @Option(name: .long, help: "Number of institutions. / 機関数")
    var institutions = 370
    @Option(name: .long, help: "Random seed. / 乱数の種")
    var seed: UInt64 = 2023
    @Option(name: .long, help: "Survey folder. / 調査定義フォルダ")
    var survey = "surveys/cao-research-integrity-2023"
    @Option(name: .long, help: "Database file (default: OUT/chosa.sqlite). / データベースファイル")
    var db: String?
    @Option(name: .long, help: "Folder for the scores and summary. / 出力フォルダ")
    var out = "reports/demo"
    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard (1...100_000).contains(institutions) else {
            throw ValidationError("--institutions must be 1 to 100000 / --institutions は 1〜100000 にしてください")
        }
    }

    func run() throws {
        let lang = language.language
        let files = SurveyFiles(path: survey)
        guard let surveyData = FileManager.default.contents(atPath: files.surveyPath),
              let rubricData = FileManager.default.contents(atPath: files.rubricPath) else {
            Terminal.err(Message(en: "\(survey): error: needs survey.yaml and rubric.yaml; run from the repository or give --survey",
                                 ja: "\(survey): エラー: survey.yaml と rubric.yaml が必要です。リポジトリ直下で実行するか --survey を指定してください").text(lang))
            throw ExitCode(1)
        }
        let result = CheckedSurvey.check(surveyYAML: surveyData, surveyFile: files.surveyPath, rubricYAML: rubricData, rubricFile: files.rubricPath)
        guard let checked = result.checked else {
            Terminal.report(result.diagnostics, lang)
            throw ExitCode(1)
        }
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            Terminal.err(Message(en: "\(out): error: cannot create the folder", ja: "\(out): エラー: フォルダを作成できません").text(lang))
            throw ExitCode(1)
        }
        let path = db ?? (out as NSString).appendingPathComponent("chosa.sqlite")
        try replaceDemoDatabase(path, lang)
        let store = try storeStep(lang) { () throws(StoreError) in try SurveyStore.open(path: path, create: true) }
        let progress = ProgressLine(language: lang)
        let summary = try storeStep(lang) { () throws(StoreError) in
            try DemoDatabase.build(into: store, survey: checked, institutions: institutions, seed: seed) { step, done, total in
                switch step {
                case .answering:
                    progress.update(Message(en: "demo: answering", ja: "デモ: 回答作成"), done: done, total: total,
                                    unit: Message(en: "institutions", ja: "機関"))
                case .scoring:
                    progress.update(Message(en: "demo: scoring", ja: "デモ: 採点"), done: done, total: total,
                                    unit: Message(en: "submissions", ja: "件の提出回答"))
                }
            }
        }
        let cards = summary.scores.map(\.card)
        let scoresPath = (out as NSString).appendingPathComponent("scores.csv")
        let summaryPath = (out as NSString).appendingPathComponent("summary.md")
        let status = try storeStep(lang) { () throws(StoreError) in try store.status(survey: checked.survey.id) }
        try storeStep(lang) { () throws(StoreError) in
            try DurableFile.replace(URL(fileURLWithPath: scoresPath), with: Data(ScoreTable.csv(cards, rubric: checked.rubric).utf8))
            try DurableFile.replace(URL(fileURLWithPath: summaryPath),
                                    with: Data(DemoSummary.markdown(summary, status: status, seed: seed, language: lang).utf8))
        }
        Terminal.out(Message(
            en: """
            Demo database: \(path) (\(summary.institutions) fictional institutions, \(summary.submissions) submissions, \(summary.draftsOnly) drafts only, \(summary.silent) never responded, \(summary.verifications) verifications, \(cards.count) scored)
            Scores: \(scoresPath)
            Summary: \(summaryPath)
            Try: chosa status --db \(path)
            """,
            ja: """
            デモ用データベース：\(path)（架空の機関 \(summary.institutions)、提出 \(summary.submissions) 件、下書きのみ \(summary.draftsOnly)、未回答 \(summary.silent)、確認記録 \(summary.verifications) 件、採点 \(cards.count)）
            評価結果：\(scoresPath)
            概要：\(summaryPath)
            例：chosa status --db \(path)
            """).text(lang))
    }

    /// Removes an earlier demo database at `path`; refuses to touch any other file.
    private func replaceDemoDatabase(_ path: String, _ lang: Language) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        guard DemoDatabase.isDemoDatabase(path: path) else {
            Terminal.err(Message(en: "\(path): error: exists and is not a demo database; give another --db",
                                 ja: "\(path): エラー: 既に存在し、デモ用データベースではありません。別の --db を指定してください").text(lang))
            throw ExitCode(1)
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
