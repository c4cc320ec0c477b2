import ArgumentParser
import Foundation
import SurveyCore
import SurveyReports

/// `chosa score --survey PATH FILE…`: scores response files against the rubric, without a database.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score responses against the rubric: laxity, verdict, confidence. / 回答を評価基準で採点します。",
        discussion: """
        Laxity is 0 (every applicable measure met with evidence) to 100 (none met), shown to one decimal.
        --explain shows, per measure, the rule that decided its status, the answers it read, and where its evidence level came from.
        Responses with errors are reported and not scored (exit 1).
        Without FILE arguments, scores each institution's latest submission in the database (--db) with the rubric of
        the survey version it answered and the analysts' verifications and overrides, and stores the scores.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table
        case json
        case csv
    }

    @Option(name: .long, help: "Survey folder (holding survey.yaml and rubric.yaml); for scoring files. / 調査定義フォルダ")
    var survey: String?
    @Argument(help: "Response files (JSON), or folders of them; none to score the database. / 回答ファイル（JSON）またはフォルダ（省略時はデータベース）")
    var files: [String] = []
    @Option(name: .long, help: "Output: table, json or csv. / 出力形式")
    var format: Format = .table
    @Flag(name: .long, help: "Explain every measure's status (table output). / 各評価項目の判定理由を表示")
    var explain = false
    @OptionGroup var today: TodayOption
    @OptionGroup var language: LanguageOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var surveyChoice: SurveyIDOption

    func validate() throws {
        if !files.isEmpty, survey == nil {
            throw ValidationError("scoring files needs --survey PATH; give no files to score the database / ファイルの採点には --survey PATH が必要です")
        }
        if files.isEmpty, explain {
            throw ValidationError("--explain goes with response files / --explain は回答ファイルの採点でのみ使えます")
        }
        if explain, format != .table {
            throw ValidationError("--explain goes with --format table; json already carries each measure's rule / --explain は table 形式でのみ使えます")
        }
    }

    func run() throws {
        let lang = language.language
        guard let survey else {
            return try DatabaseScoring.run(database: database, survey: surveyChoice, format: format, lang)
        }
        let (definition, rubric) = try SurveyFiles(path: survey).loadSurveyAndRubric(lang)
        let scored = try ScoredResponses.score(paths: files, survey: definition, rubric: rubric, today: today.date, lang)
        switch format {
        case .json:
            Terminal.out(try JSONOutput.string(scored.cards.map(\.card)))
        case .csv:
            Terminal.out(ScoreTable.csv(scored.cards.map(\.card), rubric: rubric), terminator: "")
        case .table:
            Terminal.out(ScoreTable.text(scored.cards.map(\.card), rubric: rubric, lang))
            if explain {
                let explainer = ScoreExplanation(survey: definition, rubric: rubric, language: lang)
                for (card, form) in scored.cards {
                    Terminal.out("")
                    Terminal.out(explainer.text(card, form: form))
                }
            }
        }
        if scored.hadErrors { throw ExitCode(1) }
    }
}

/// Response files read, validated and scored, for `score` and `letters`.
struct ScoredResponses {
    var cards: [(card: ScoreCard, form: FormState)]
    var hadErrors: Bool

    static func score(paths: [String], survey: SurveyDefinition, rubric: Rubric, today: CivilDate,
                      _ language: Language) throws -> ScoredResponses {
        let validator = ResponseValidator(survey: survey)
        let scorer = Scorer(survey: survey, rubric: rubric)
        let measureIDs = Set(rubric.measures.map(\.id))
        var result = ScoredResponses(cards: [], hadErrors: false)
        for path in try ResponsePaths.expand(paths, language) {
            guard let entries = ResponseInput.read(path, language) else {
                result.hadErrors = true
                continue
            }
            for (index, entry) in entries.enumerated() {
                let name = entries.count > 1 ? "\(path)[\(index)]" : path
                var problems = entry.problems
                guard let response = entry.response else {
                    for problem in problems { Terminal.err("\(name): \(problem.rendered(language))") }
                    result.hadErrors = true
                    continue
                }
                let outcome = validator.validate(response, today: today)
                problems += outcome.problems
                for measure in response.verification.keys.sorted() where !measureIDs.contains(measure) {
                    problems.append(ResponseProblem(path: "verification.\(measure)", code: .unknownMeasure, Message(
                        en: "unknown measure '\(measure)'", ja: "不明な評価項目「\(measure)」です")))
                }
                for problem in problems { Terminal.err("\(name): \(problem.rendered(language))") }
                guard !problems.hasErrors else {
                    Terminal.err(Message(en: "\(name): not scored because of the errors above", ja: "\(name): 上記のエラーのため採点しません").text(language))
                    result.hadErrors = true
                    continue
                }
                let card = scorer.score(outcome.form, institution: response.institution,
                                        reviews: MeasureReview.fromFile(response.verification))
                result.cards.append((card, outcome.form))
            }
        }
        return result
    }
}
