public import ArgumentParser
import Foundation
import SurveyCore
import SurveyServer
public import SurveyStore

/// `chosa analysts add|list|disable|reset`: the analyst workspace's accounts (DESIGN §5.8).
struct AnalystsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analysts",
        abstract: "Manage analyst workspace accounts. / 分析担当者用画面のアカウントを管理します。",
        subcommands: [Add.self, List.self, Disable.self, Reset.self]
    )

    /// Options shared by the subcommands that print a set-up link.
    struct LinkOptions: ParsableArguments {
        @Option(name: .long, help: "Address analysts open the workspace at (default http://127.0.0.1:8081). / 分析担当者用画面の URL")
        var workspaceURL = "http://127.0.0.1:8081"
        @Flag(name: .long, help: "Read the password from standard input instead of printing a set-up link (automation). / 設定用リンクの代わりに標準入力からパスワードを読み込む")
        var passwordStdin = false

        /// The password from standard input (one line, newline removed), checked; exits 1 when unacceptable.
        func password(_ language: Language) throws -> String? {
            guard passwordStdin else { return nil }
            let line = (readLine(strippingNewline: true) ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            if let problem = AnalystPassword.problem(line) {
                Terminal.err(Message(en: "error: ", ja: "エラー: ").text(language) + problem.text(language))
                throw ExitCode(1)
            }
            return line
        }

        /// Either the password's bcrypt hash (`--password-stdin`), or a new set-up token, its expiry and its link.
        func credentials(_ language: Language, now: Date) throws -> (hash: String?, token: String?, expiresAt: Date?, link: String?) {
            if let password = try password(language) { return (AnalystPassword.hash(password), nil, nil, nil) }
            let token = AnalystPassword.newSetupToken()
            let base = workspaceURL.hasSuffix("/") ? String(workspaceURL.dropLast()) : workspaceURL
            return (nil, token, now.addingTimeInterval(AnalystPassword.setupLifetime), "\(base)/setup?token=\(token)")
        }

        /// Prints what happened and, when there is one, the link (once; it is stored only as a hash).
        func report(_ done: Message, link: String?, _ language: Language) {
            Terminal.out(done.text(language))
            guard let link else { return }
            Terminal.out(Message(en: "One-time set-up link (valid 24 hours; give it to the person, it is not shown again):",
                                 ja: "設定用リンク（有効期間 24 時間、本人に伝えてください。再表示はできません）：").text(language))
            Terminal.out(link)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Create an account. / アカウントを作成します。")

        @Argument(help: "Account name: 1–64 letters, digits, '.', '_' or '-'. / アカウント名")
        var name: String
        @Option(name: .long, help: "admin, analyst or viewer. / 権限")
        var role: AnalystRole
        @OptionGroup var link: LinkOptions
        @OptionGroup var database: DatabaseOption
        @OptionGroup var language: LanguageOption

        func run() throws {
            let lang = language.language
            let store = try database.open(lang)
            let actor = database.actor
            let credentials = try link.credentials(lang, now: actor.now)
            try storeStep(lang) { () throws(StoreError) in
                try store.addAnalyst(name: name, role: role, setupToken: credentials.token, expiresAt: credentials.expiresAt,
                                     passwordHash: credentials.hash, by: actor)
            }
            link.report(Message(en: "Added \(name) (\(role.label.en)).", ja: "\(name)（\(role.label.ja)）を追加しました。"), link: credentials.link, lang)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List accounts. / アカウントの一覧を表示します。")

        @OptionGroup var database: DatabaseOption
        @OptionGroup var language: LanguageOption

        func run() throws {
            let lang = language.language
            let store = try database.open(lang)
            let accounts = try storeStep(lang) { () throws(StoreError) in try store.analysts() }
            if accounts.isEmpty {
                Terminal.out(Message(en: "No accounts. Create the first with: chosa analysts add NAME --role admin",
                                     ja: "アカウントはありません。最初のアカウントは chosa analysts add NAME --role admin で作成します。").text(lang))
                return
            }
            for account in accounts {
                let state = account.disabled ? Message(en: "disabled", ja: "無効")
                    : account.hasPassword ? Message(en: "active", ja: "有効") : Message(en: "awaiting set-up", ja: "パスワード未設定")
                Terminal.out("\(account.name)\t\(account.role.rawValue)\t\(state.text(lang))")
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "disable",
                                                        abstract: "Disable an account and end its sessions. / アカウントを無効にし、ログイン中のセッションを終了します。")

        @Argument(help: "Account name. / アカウント名")
        var name: String
        @OptionGroup var database: DatabaseOption
        @OptionGroup var language: LanguageOption

        func run() throws {
            let lang = language.language
            let store = try database.open(lang)
            let changed = try storeStep(lang) { () throws(StoreError) in try store.disableAnalyst(name: name, by: database.actor) }
            Terminal.out((changed ? Message(en: "Disabled \(name); its sessions have ended.", ja: "\(name) を無効にしました。セッションは終了しています。")
                : Message(en: "\(name) was already disabled.", ja: "\(name) は既に無効です。")).text(lang))
        }
    }

    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reset",
                                                        abstract: "Clear an account's password and issue a new set-up link. / パスワードを消去し、設定用リンクを再発行します。")

        @Argument(help: "Account name. / アカウント名")
        var name: String
        @OptionGroup var link: LinkOptions
        @OptionGroup var database: DatabaseOption
        @OptionGroup var language: LanguageOption

        func run() throws {
            let lang = language.language
            let store = try database.open(lang)
            let actor = database.actor
            let credentials = try link.credentials(lang, now: actor.now)
            try storeStep(lang) { () throws(StoreError) in
                try store.resetAnalyst(name: name, setupToken: credentials.token, expiresAt: credentials.expiresAt, passwordHash: credentials.hash,
                                       by: actor)
            }
            link.report(Message(en: "Reset \(name); its sessions have ended.", ja: "\(name) をリセットしました。セッションは終了しています。"),
                        link: credentials.link, lang)
        }
    }
}

extension AnalystRole: ExpressibleByArgument {}
