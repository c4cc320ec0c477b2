public import ArgumentParser
import Foundation
public import SurveyCore
import SurveyStore

/// `chosa verify INSTITUTION MEASURE --level E2|E3 --note …`: an analyst's verification, audited.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Record that an analyst verified a measure's evidence. / 評価項目の根拠を確認したことを記録します。",
        discussion: """
        E2: operating records reviewed; E3: verified against independent data. The newest verification of a measure \
        counts; earlier ones stay in the history and the audit log. Rescore with `chosa score` to see the effect.
        """
    )

    @Argument(help: "Institution id. / 機関ID")
    var institution: String
    @Argument(help: "Rubric measure id. / 評価項目ID")
    var measure: String
    @Option(name: .long, help: "Evidence level: E2 or E3 (E0, E1 also accepted). / 根拠の水準")
    var level: EvidenceLevel
    @Option(name: .long, help: "What was checked. / 確認した内容")
    var note: String
    @OptionGroup var survey: SurveyIDOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        let store = try database.open(lang)
        let version = try ReviewTarget.version(store, institution: institution, survey: survey, lang)
        let written = try storeStep(lang) { () throws(StoreError) in
            try store.verify(institution: institution, measure: measure, level: level, note: note, version: version, by: database.actor)
        }
        Terminal.out(written
            ? Message(en: "\(institution) \(measure): verified at \(level.rawValue) (\(level.meaning.en))",
                      ja: "\(institution) \(measure)：\(level.rawValue)（\(level.meaning.ja)）として記録しました").text(lang)
            : Message(en: "\(institution) \(measure): already verified at \(level.rawValue) with this note; nothing changed",
                      ja: "\(institution) \(measure)：同じ内容で記録済みです。変更はありません").text(lang))
    }
}

/// The survey a review belongs to (`--survey-id`, else the most recently loaded), and the rubric measure ids are
/// checked against: the version the institution's latest submission to that survey answered, else its newest version.
enum ReviewTarget {
    static func version(_ store: SurveyStore, institution: String, survey: SurveyIDOption, _ lang: Language) throws -> LoadedSurvey {
        try storeStep(lang) { () throws(StoreError) -> LoadedSurvey in
            guard try store.institution(institution) != nil else { throw StoreError.unknownInstitution(institution) }
            let catalog = try store.catalog()
            let selected = try survey.selected(in: catalog)
            if let latest = try store.latestSubmission(of: institution, survey: selected.survey.id),
               let version = catalog.versions[latest.surveyVersionId] { return version }
            return selected
        }
    }
}

extension EvidenceLevel: ExpressibleByArgument {}
extension MeasureStatus: ExpressibleByArgument {}
