import ArgumentParser
import Foundation
import SurveyCore

/// `chosa expr 'EXPR' [--answers FILE] [--survey PATH]`: evaluates one expression and prints its XPath string() value.
struct ExprCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expr",
        abstract: "Evaluate one expression and print its XPath string() value. / 式を一つ評価し、その値を表示します。",
        discussion: """
        Examples:
          chosa expr "1 div 3"
          chosa expr "selected(\\${verification_sources}, 'publications')" --survey surveys/cao-research-integrity-2023 --answers NU-001.json
        Errors exit 1 with the column of the problem.
        """
    )

    // Captures words ArgumentParser does not recognise, so an expression may start with '-' ("-1 div 0").
    @Argument(parsing: .allUnrecognized, help: "The expression, in XLSForm/ODK syntax. / 式（XLSForm/ODK 形式）")
    var words: [String] = []

    var expression: String { words.joined(separator: " ") }

    @Option(name: .long, help: "A response file (JSON) whose answers ${id} reads; needs --survey. / 回答ファイル")
    var answers: String?

    @Option(name: .long, help: "Survey folder, so ${id} names its items. / 調査定義フォルダ")
    var survey: String?

    @Option(name: .long, help: "Evaluate inside one repeat instance, e.g. foreign_funding[0]. / 繰り返しの行の中で評価")
    var instance: String?

    @OptionGroup var today: TodayOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if words.isEmpty {
            throw ValidationError("give an expression to evaluate, e.g. chosa expr \"1 div 3\" / 評価する式を指定してください")
        }
        if answers != nil, survey == nil {
            throw ValidationError("--answers needs --survey, which says what the items are / --answers には --survey が必要です")
        }
        if instance != nil, answers == nil {
            throw ValidationError("--instance needs --answers / --instance には --answers が必要です")
        }
        if let instance, Self.parseInstance(instance) == nil {
            throw ValidationError("--instance '\(instance)' must look like repeat_id[0] / --instance は repeat_id[0] の形で指定してください")
        }
    }

    static func parseInstance(_ text: String) -> (repeatID: String, index: Int)? {
        guard text.hasSuffix("]"), let open = text.firstIndex(of: "[") else { return nil }
        let id = String(text[..<open])
        guard let index = Int(text[text.index(after: open)..<text.index(before: text.endIndex)]), index >= 0, !id.isEmpty else { return nil }
        return (id, index)
    }

    func run() throws {
        let lang = language.language
        var definition: SurveyDefinition?
        var form: FormState?
        if let survey {
            definition = try SurveyFiles(path: survey).loadSurvey(lang, printWarnings: false)
        }
        if let answers, let definition {
            form = try ResponseInput.form(path: answers, survey: definition, today: today.date, lang)
        } else if let definition {
            // Without answers, every item reads as unanswered rather than unknown.
            form = ResponseValidator(survey: definition).validate(
                ResponseFile(survey: definition.id, institution: "none"), today: today.date, mode: .draft).form
        }
        do {
            let value = try AdHocExpression.evaluate(expression, survey: definition, form: form,
                                                     instance: instance.flatMap(Self.parseInstance), today: today.date)
            Terminal.out(value.stringValue)
        } catch {
            for problem in error.problems {
                Terminal.err("expr:1:\(problem.offset + 1): \(Diagnostic(at: nil, code: problem.code, problem.message).rendered(lang))")
            }
            throw ExitCode(1)
        }
    }
}
