import ArgumentParser
import Foundation
import SurveyCore
import SurveyReports
import SurveyStore

/// `chosa reminders --out DIR [--list …] [--reinvite]`: a reminder letter and e-mail for each institution still to answer.
struct RemindersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reminders",
        abstract: "Write reminder letters and e-mails for institutions that have not submitted. / 未提出機関への督促文書・電子メールを作成します。",
        discussion: """
        For every institution without a submission to the survey (--list narrows it: not_started, draft_only, \
        not_submitted), writes reminder-<ID>.md, reminder-<ID>.html (A4) and reminder-<ID>.eml (RFC 5322, UTF-8) into \
        --out, stating the institution's own deadline (extensions included). --reinvite issues each a fresh login link \
        (earlier tokens keep working) and puts it in the letter and e-mail: the folder then holds secrets and is created \
        with mode 0700. The sender is survey.yaml's publisher.
        """
    )

    @Option(name: .long, help: "Folder to write into (created if missing). / 出力先フォルダ")
    var out: String
    @Option(name: .long, help: "not_started, draft_only or not_submitted (default). / 対象")
    var list: StatusCommand.Listing = .notSubmitted
    @Flag(name: .long, help: "Issue a fresh login link for each. / ログイン用リンクを新たに発行")
    var reinvite = false
    @Option(name: .customLong("base-url"), help: "Portal address used in login links. / ポータルのアドレス")
    var baseURL = "http://127.0.0.1:8080"
    @Option(name: .long, help: "The e-mails' From address. / 差出人アドレス")
    var from = "research-integrity@cao.go.jp.example"
    @Option(name: .long, help: "Date of the letters, YYYY-MM-DD (default: today in Tokyo). / 文書の日付")
    var date: String?
    @OptionGroup var survey: SurveyIDOption
    @OptionGroup var database: DatabaseOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let date, CivilDate(iso: date) == nil {
            throw ValidationError("--date '\(date)' is not a date written YYYY-MM-DD / --date は YYYY-MM-DD で指定してください")
        }
    }

    func run() throws {
        let lang = language.language
        let store = try database.open(lang)
        let actor = database.actor
        let day = date.flatMap { CivilDate(iso: $0) } ?? CivilDate.inTokyo(secondsSinceEpoch: actor.now.timeIntervalSince1970)
        let (version, entries, extensions) = try storeStep(lang) { () throws(StoreError) in
            let version = try survey.selected(in: store.catalog())
            return (version, try store.nonResponders(survey: version.survey.id).filter(list.includes),
                    try store.deadlineExtensions(survey: version.survey.id))
        }
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: reinvite ? [.posixPermissions: 0o700] : nil)
        } catch {
            Terminal.err(Message(en: "\(out): error: cannot create the folder", ja: "\(out): エラー: フォルダを作成できません").text(lang))
            throw ExitCode(1)
        }
        var random = SystemRandomNumberGenerator()
        for entry in entries {
            let institution = entry.institution
            let deadline = max(version.survey.deadline, extensions[institution.id]?.until ?? version.survey.deadline)
            var link: String?
            if reinvite {
                // Valid through the institution's deadline (end of that day in Tokyo).
                let expiry = Date(timeIntervalSince1970: Double(deadline.daysSinceEpoch + 1) * 86_400 - 9 * 3_600 - 0.001)
                let invitation = try storeStep(lang) { () throws(StoreError) in
                    try store.issueAdditionalInvitation(institution.id, expiresAt: expiry, by: actor, using: &random)
                }
                link = "\(baseURL)/login?token=\(invitation.token)"
            }
            let reminder = SurveyNotice(kind: .reminder, institutionName: lang == .ja ? institution.nameJa : institution.nameEn,
                                          headTitle: institution.headTitle.isEmpty ? nil : institution.headTitle,
                                          contactName: institution.contactName.isEmpty ? nil : institution.contactName,
                                          contactAddress: institution.contact.contains("@") ? institution.contact : nil,
                                          surveyTitle: version.survey.title.text(lang), deadline: deadline, hasDraft: entry.hasDraft,
                                          loginURL: link, sender: version.survey.publisher ?? .cabinetOffice, date: day, language: lang)
            // Institution ids are letters, digits, '-' and '_' (the roster checks), so they are safe in file names.
            let stem = folder.appendingPathComponent("reminder-\(institution.id)")
            let mode: mode_t = reinvite ? 0o600 : 0o644
            try storeStep(lang) { () throws(StoreError) in
                try DurableFile.replace(stem.appendingPathExtension("md"), with: Data(reminder.markdown().utf8), mode: mode)
                try DurableFile.replace(stem.appendingPathExtension("html"), with: Data(reminder.html().utf8), mode: mode)
                try DurableFile.replace(stem.appendingPathExtension("eml"), with: Data(reminder.email(
                    from: from, messageID: "reminder-\(institution.id)-\(Int(actor.now.timeIntervalSince1970))@chosa", sent: actor.now).utf8), mode: mode)
            }
        }
        Terminal.out(Message(en: "\(entries.count) reminder\(entries.count == 1 ? "" : "s") written to \(out)" + (reinvite ? " with fresh login links (keep the folder private)" : ""),
                             ja: "\(out) に督促文書 \(entries.count) 件を作成しました" + (reinvite ? "（新しいログイン用リンク入り。フォルダを厳重に管理してください）" : "")).text(lang))
    }
}
