import ArgumentParser
import Foundation
import SurveyCore
import SurveyStore

/// `chosa override INSTITUTION MEASURE [--status …] [--evidence …] --reason …` (or `--clear`).
struct OverrideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "override",
        abstract: "Override a measure's status or evidence level, with a reason. / 評価項目の判定又は根拠水準を理由付きで上書きします。",
        discussion: """
        The computed status stays visible beside the override in score cards, and every override (and --clear) is \
        kept in the history and the audit log. Rescore with `chosa score` to see the effect.
        """
    )

    @Argument(help: "Institution id. / 機関ID")
    var institution: String
    @Argument(help: "Rubric measure id. / 評価項目ID")
    var measure: String
    @Option(name: .long, help: "met, partial, not_met or not_applicable. / 判定")
    var status: MeasureStatus?
    @Option(name: .long, help: "E0, E1, E2 or E3. / 根拠の水準")
    var evidence: EvidenceLevel?
    @Flag(name: .long, help: "Remove the override (still needs --reason). / 上書きを解除します")
    var clear = false
    @Option(name: .long, help: "Why. / 理由")
    var reason: String
    @OptionGroup var survey: SurveyIDOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if clear, status != nil || evidence != nil {
            throw ValidationError("--clear cannot be combined with --status or --evidence / --clear は --status・--evidence と併用できません")
        }
        if !clear, status == nil, evidence == nil {
            throw ValidationError("give --status, --evidence, or --clear / --status、--evidence 又は --clear を指定してください")
        }
    }

    func run() throws {
        let lang = language.language
        let store = try database.open(lang)
        let version = try ReviewTarget.version(store, institution: institution, survey: survey, lang)
        try storeStep(lang) { () throws(StoreError) in
            try store.override(institution: institution, measure: measure, status: status, evidence: evidence, reason: reason,
                               version: version, by: database.actor)
        }
        let what = [status.map { "status \($0.rawValue)" }, evidence.map { "evidence \($0.rawValue)" }].compactMap { $0 }.joined(separator: ", ")
        Terminal.out(clear
            ? Message(en: "\(institution) \(measure): override cleared", ja: "\(institution) \(measure)：上書きを解除しました").text(lang)
            : Message(en: "\(institution) \(measure): overridden (\(what))", ja: "\(institution) \(measure)：上書きしました（\(what)）").text(lang))
    }
}
