import ArgumentParser
import Foundation
import SurveyCore
import SurveyReports
import SurveyServices
import SurveyStore

/// `chosa extend ID --until DATE --reason …`: a later deadline for one institution, which the portal and API honour.
struct ExtendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extend",
        abstract: "Give one institution a later deadline. / 1 機関の回答期限を延長します。",
        discussion: """
        The portal and the API accept that institution's saves and submissions until the new date (inclusive, Japan \
        time); every other institution keeps the survey's deadline. Audited; the newest extension counts.
        """
    )

    @Argument(help: "Institution id. / 機関ID")
    var institution: String
    @Option(name: .long, help: "The new last day, YYYY-MM-DD. / 延長後の期限")
    var until: String
    @Option(name: .long, help: "Why. / 理由")
    var reason: String
    @OptionGroup var survey: SurveyIDOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if CivilDate(iso: until) == nil {
            throw ValidationError("--until '\(until)' is not a date written YYYY-MM-DD / --until は YYYY-MM-DD で指定してください")
        }
    }

    func run() throws {
        let lang = language.language
        let store = try database.open(lang)
        guard let day = CivilDate(iso: until) else { throw ExitCode(2) }
        let version = try storeStep(lang) { () throws(StoreError) in try survey.selected(in: store.catalog()) }
        try storeStep(lang) { () throws(StoreError) in
            try store.extend(institution: institution, survey: version, until: day, reason: reason, by: database.actor)
        }
        Terminal.out(Message(en: "\(institution): may answer \(version.survey.id) until \(day) (the survey's deadline is \(version.survey.deadline))",
                             ja: "\(institution)：調査 \(version.survey.id) の回答期限を \(LetterDate.text(day, .ja)) まで延長しました（調査の締切は \(LetterDate.text(version.survey.deadline, .ja))）").text(lang))
    }
}

/// `chosa confirm ID --note …`: an analyst confirms an institution's current verdict (the review gate before letters).
struct ConfirmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Confirm an institution's current verdict after review. / 機関の現在の判定を確認済みとして記録します。",
        discussion: """
        Records that an analyst checked the verdict of the institution's current score card (its latest submission \
        with the current verifications and overrides). A verdict that rests on one answer (margin 1) is not issued in a \
        letter until it is confirmed; a later change to the card (a new submission or review) needs a new confirmation.
        """
    )

    @Argument(help: "Institution id. / 機関ID")
    var institution: String
    @Option(name: .long, help: "What was checked. / 確認した内容")
    var note: String
    @OptionGroup var survey: SurveyIDOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        let store = try database.open(lang)
        let verdict = try storeStep(lang) { () throws(StoreError) -> Verdict in
            let catalog = try store.catalog()
            let version = try survey.selected(in: catalog)
            guard try store.institution(institution) != nil else { throw StoreError.unknownInstitution(institution) }
            guard let latest = try store.latestSubmission(of: institution, survey: version.survey.id) else {
                throw StoreError.noSubmission(institution: institution)
            }
            let card = try store.score(latest, reviews: try store.reviews(of: institution, survey: version.survey.id), catalog: catalog)
            try store.confirmVerdict(institution: institution, survey: version.survey.id, submissionID: latest.submissionId, card: card,
                                     note: note, by: database.actor)
            return card.verdict
        }
        Terminal.out(Message(en: "\(institution): verdict \(verdict.label.en) confirmed", ja: "\(institution)：判定「\(verdict.label.ja)」を確認済みとして記録しました").text(lang))
    }
}
