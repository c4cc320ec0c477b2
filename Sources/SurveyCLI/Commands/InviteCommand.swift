import ArgumentParser
import Foundation
import SurveyCore
import SurveyReports
import SurveyStore

/// `chosa invite [--institution ID… | --all] --out FILE`: issues invitation tokens and writes them, once, to a
/// file only its owner can read.
struct InviteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invite",
        abstract: "Issue invitation tokens and write them to a private CSV. / 招待トークンを発行し、CSV に書き出します。",
        discussion: """
        Writes institution,name_ja,name_en,contact,token,login_url,expires_at to FILE, created with mode 0600. Tokens are \
        shown only in this file; the database keeps their SHA-256. Inviting an institution again revokes its earlier token, \
        unless --add gives it another one (for another member of staff; several staff may work on one response). \
        The file is written and flushed before the database commits, and never overwrites an existing file.
        """
    )

    @Option(name: .long, help: "Invite this institution (repeat for several). / 招待する機関ID（複数可）")
    var institution: [String] = []
    @Flag(name: .long, help: "Invite every institution in the roster. / 名簿の全機関を招待")
    var all = false
    @Flag(name: .long, help: "Add a token for another member of staff, keeping the institution's earlier tokens. / 既存のトークンを残して追加発行")
    var add = false
    @Option(name: .long, help: "The CSV file to create (must not exist). / 作成する CSV ファイル（既存不可）")
    var out: String
    @Option(name: .long, help: "Last day the tokens work, YYYY-MM-DD, Tokyo (default: the newest survey's deadline). / 有効期限")
    var expires: String?
    @Option(name: .long, help: "Portal address used in login_url. / ポータルのアドレス")
    var baseURL = "http://127.0.0.1:8080"
    @Option(name: .long, help: "Also write each institution's invitation letter and e-mail (調査依頼文) into this folder (mode 0700). / 調査依頼文の出力先")
    var letters: String?
    @Option(name: .long, help: "The e-mails' From address (with --letters). / 差出人アドレス")
    var from = "research-integrity@cao.go.jp.example"
    @OptionGroup var database: DatabaseOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if all == !institution.isEmpty {
            throw ValidationError("give either --all or --institution ID / --all か --institution ID のどちらかを指定してください")
        }
        if let expires, CivilDate(iso: expires) == nil {
            throw ValidationError("--expires '\(expires)' is not a date written YYYY-MM-DD / 日付は YYYY-MM-DD で指定してください")
        }
    }

    func run() throws {
        let lang = language.language
        guard !FileManager.default.fileExists(atPath: out) else {
            Terminal.err(Message(en: "\(out): error: already exists; tokens are written only to a new file",
                                 ja: "\(out): エラー: 既に存在します。トークンは新しいファイルにのみ書き出します").text(lang))
            throw ExitCode(1)
        }
        let outFolder = URL(fileURLWithPath: out).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: outFolder, isDirectory: &isFolder), isFolder.boolValue else {
            Terminal.err(Message(en: "\(out): error: the folder \(outFolder) does not exist", ja: "\(out): エラー: フォルダ \(outFolder) がありません").text(lang))
            throw ExitCode(1)
        }
        let store = try database.open(lang)
        let roster = try storeStep(lang) { () throws(StoreError) in try store.institutions() }
        let known = Dictionary(roster.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = all ? roster.map(\.id) : institution
        for id in ids where known[id] == nil {
            throw StoreError.unknownInstitution(id).report(lang)
        }
        guard !ids.isEmpty else {
            Terminal.err(Message(en: "error: the roster is empty; import it with `chosa institutions import` first",
                                 ja: "エラー: 名簿が空です。先に `chosa institutions import` で取り込んでください").text(lang))
            throw ExitCode(1)
        }
        let expiry = try expiryDate(store, lang)
        var random = SystemRandomNumberGenerator()
        let invitations = ids.map { IssuedInvitation(institution: $0, token: InvitationToken.generate(using: &random), expiresAt: expiry) }
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        let rows = invitations.map { invitation -> [CSV.Field] in
            let record = known[invitation.institution]
            return [.text(invitation.institution), .text(record?.nameJa ?? ""), .text(record?.nameEn ?? ""), .text(record?.contact ?? ""),
                    .text(invitation.token), .text("\(base)/login?token=\(invitation.token)"), .text(Timestamp.stored(expiry))]
        }
        let text = CSV.document(header: ["institution", "name_ja", "name_en", "contact", "token", "login_url", "expires_at"], rows: rows)
        let target = URL(fileURLWithPath: out)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).tmp-\(UUID().uuidString)")
        try storeStep(lang) { () throws(StoreError) in try DurableFile.write(Data(text.utf8), to: temporary, mode: 0o600) }
        do {
            try store.issue(invitations, by: database.actor, keepingEarlier: add)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error.report(lang)
        }
        guard rename(temporary.path, target.path) == 0 else {
            Terminal.err(Message(en: "\(out): error: the tokens were issued but the file could not be named; they are in \(temporary.path)",
                                 ja: "\(out): エラー: トークンは発行済みですがファイル名を付けられませんでした。\(temporary.path) にあります").text(lang))
            throw ExitCode(1)
        }
        if let letters {
            try writeLetters(invitations, known: known, base: base, folder: letters, store: store, lang)
        }
        Terminal.out(Message(
            en: "\(out): \(invitations.count) invitation\(invitations.count == 1 ? "" : "s") written (mode 0600), valid until \(Timestamp.stored(expiry)); keep this file private, tokens are not shown again",
            ja: "\(out): 招待 \(invitations.count) 件を書き出しました（権限 0600、有効期限 \(Timestamp.stored(expiry))）。トークンは再表示できないため、このファイルを厳重に管理してください").text(lang))
    }

    /// The invitation letters (調査依頼文): Markdown, A4 HTML and an RFC 5322 e-mail per institution, each with its login
    /// link, so written with mode 0600 into a folder of mode 0700.
    private func writeLetters(_ invitations: [IssuedInvitation], known: [String: InstitutionRecord], base: String, folder: String,
                              store: SurveyStore, _ lang: Language) throws {
        let version = try storeStep(lang) { () throws(StoreError) in try store.catalog().selected(nil) }
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            Terminal.err(Message(en: "\(folder): error: cannot create the folder", ja: "\(folder): エラー: フォルダを作成できません").text(lang))
            throw ExitCode(1)
        }
        let now = database.actor.now
        for invitation in invitations {
            guard let institution = known[invitation.institution] else { continue }
            let notice = SurveyNotice(kind: .invitation, institutionName: lang == .ja ? institution.nameJa : institution.nameEn,
                                      headTitle: institution.headTitle.isEmpty ? nil : institution.headTitle,
                                      contactName: institution.contactName.isEmpty ? nil : institution.contactName,
                                      contactAddress: institution.contact.contains("@") ? institution.contact : nil,
                                      surveyTitle: version.survey.title.text(lang), deadline: version.survey.deadline, hasDraft: false,
                                      loginURL: "\(base)/login?token=\(invitation.token)", sender: version.survey.publisher ?? .cabinetOffice,
                                      date: CivilDate.inTokyo(secondsSinceEpoch: now.timeIntervalSince1970), language: lang)
            let stem = url.appendingPathComponent("invitation-\(institution.id)")
            try storeStep(lang) { () throws(StoreError) in
                try DurableFile.replace(stem.appendingPathExtension("md"), with: Data(notice.markdown().utf8), mode: 0o600)
                try DurableFile.replace(stem.appendingPathExtension("html"), with: Data(notice.html().utf8), mode: 0o600)
                try DurableFile.replace(stem.appendingPathExtension("eml"), with: Data(notice.email(
                    from: from, messageID: "invitation-\(institution.id)-\(Int(now.timeIntervalSince1970))@chosa", sent: now).utf8), mode: 0o600)
            }
        }
    }

    /// The end of the `--expires` day in Tokyo, else of the newest loaded survey's deadline.
    private func expiryDate(_ store: SurveyStore, _ lang: Language) throws -> Date {
        var day = expires.flatMap { CivilDate(iso: $0) }
        if day == nil {
            let versions = try storeStep(lang) { () throws(StoreError) in try store.surveyVersions() }
            day = versions.last.flatMap { CivilDate(iso: $0.deadline) }
        }
        guard let day else {
            Terminal.err(Message(en: "error: no survey is loaded to take the deadline from; give --expires YYYY-MM-DD or run `chosa survey load` first",
                                 ja: "エラー: 期限の基準となる調査が登録されていません。--expires YYYY-MM-DD を指定するか、先に `chosa survey load` を実行してください").text(lang))
            throw ExitCode(1)
        }
        return Date(timeIntervalSince1970: Double(day.daysSinceEpoch + 1) * 86_400 - 9 * 3_600 - 0.001)
    }
}
