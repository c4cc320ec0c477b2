import ArgumentParser
import Foundation
import Logging
import SurveyCore
import SurveyServer
import SurveyStore

/// `chosa serve`: the institution portal and JSON API (DESIGN §5.6) over the database, until SIGTERM or SIGINT.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the institution portal and JSON API, and the analyst workspace. / 回答ポータル・JSON API と分析担当者用画面を起動します。",
        discussion: """
        Two listeners in one process: the portal and API on 127.0.0.1:8080 (--host, --port; for the internet, behind a \
        proxy) and the analyst workspace on 127.0.0.1:8081 (--analyst-host, --analyst-port; for the office network only). \
        Create the first workspace account with `chosa analysts add NAME --role admin` (docs/workspace.md). Behind a TLS-terminating proxy give --secure-cookies, and \
        --trust-proxy with the proxy's addresses if it sets X-Forwarded-For (docs/portal.md). Stops gracefully on SIGTERM or SIGINT. Request logs go to standard \
        error and never contain tokens, cookies or answers.
        """
    )

    @Option(name: .long, help: "Address to listen on. / 待受アドレス")
    var host = "127.0.0.1"
    @Option(name: .long, help: "Port to listen on (0 picks a free port). / 待受ポート")
    var port = 8080
    @Option(name: .long, help: "Address of the analyst workspace (the office network's). / 分析担当者用画面の待受アドレス")
    var analystHost = "127.0.0.1"
    @Option(name: .long, help: "Port of the analyst workspace (0 picks a free port). / 分析担当者用画面の待受ポート")
    var analystPort = 8081
    @Option(name: .long, help: "Database file (default: $CHOSA_DB, else ./chosa.sqlite). / データベースファイル")
    var db: String?
    @Flag(name: .long, help: "Mark the session cookie Secure (serving over HTTPS or behind a TLS proxy). / Cookie に Secure 属性を付与")
    var secureCookies = false
    @Option(name: .long, help: "Addresses of reverse proxies whose X-Forwarded-For is believed, e.g. 10.0.0.5,10.0.0.6. / X-Forwarded-For を信頼するプロキシのアドレス（カンマ区切り）")
    var trustProxy: String?
    @Option(name: .long, help: "Hours a portal session lasts. / セッションの有効時間")
    var sessionHours = 8
    @Option(name: .long, help: "Minutes without a request after which a portal session ends. / 無操作でセッションが終了するまでの分数")
    var sessionIdleMinutes = 60
    @Option(name: .long, help: "Largest evidence file accepted, in MiB. / 証憑ファイルの上限（MiB）")
    var maxUploadMib = 20
    @Option(name: .long, help: "Pretend the time is this at start-up, e.g. 2023-10-20T10:00:00+09:00 (rehearsals and demos; the clock then runs on). / 起動時の現在時刻を指定（リハーサル用）")
    var now: String?
    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error. / ログレベル")
    var logLevel = "info"
    @OptionGroup var language: LanguageOption

    /// The addresses given to `--trust-proxy`.
    var proxies: [String] {
        (trustProxy ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0–65535 / ポートは 0〜65535 で指定してください") }
        guard (0...65535).contains(analystPort) else {
            throw ValidationError("--analyst-port must be 0–65535 / ポートは 0〜65535 で指定してください")
        }
        guard analystPort == 0 || analystPort != port || analystHost != host else {
            throw ValidationError("--analyst-port must differ from --port: the workspace and the portal are separate listeners / 分析担当者用画面と回答ポータルには別のポートを指定してください")
        }
        guard (1...720).contains(sessionHours) else { throw ValidationError("--session-hours must be 1–720 / 1〜720 で指定してください") }
        guard (1...1440).contains(sessionIdleMinutes) else {
            throw ValidationError("--session-idle-minutes must be 1–1440 / 1〜1440 で指定してください")
        }
        for address in proxies where !ServerConfiguration.isIPAddress(address) {
            throw ValidationError("--trust-proxy: '\(address)' is not an IP address / IP アドレスではありません")
        }
        guard (1...512).contains(maxUploadMib) else { throw ValidationError("--max-upload-mib must be 1–512 / 1〜512 で指定してください") }
        if let now, Timestamp.parse(now) == nil {
            throw ValidationError("--now '\(now)' is not a time like 2023-10-20T10:00:00+09:00 / 日時の形式が正しくありません")
        }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level must be trace, debug, info, notice, warning or error / ログレベルが不正です")
        }
    }

    func run() async throws {
        let lang = language.language
        let path = db.flatMap { $0.isEmpty ? nil : $0 } ?? ProcessInfo.processInfo.environment["CHOSA_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "chosa.sqlite"
        let store: SurveyStore
        do {
            store = try SurveyStore.open(path: path)
        } catch {
            Terminal.err(Message(en: "error: ", ja: "エラー: ").text(lang) + error.message.text(lang))
            throw ExitCode(1)
        }
        if (try? store.newestSurveyVersionID()) == nil {
            Terminal.err(Message(en: "warning: no survey is loaded; load one with `chosa survey load --survey PATH`",
                                 ja: "警告: 調査が登録されていません。`chosa survey load --survey PATH` で登録してください").text(lang))
        }
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let configuration = ServerConfiguration(host: host, port: port, secureCookies: secureCookies, trustedProxies: Set(proxies),
                                                sessionLifetime: .seconds(sessionHours * 3600), sessionIdleLimit: .seconds(sessionIdleMinutes * 60),
                                                maxUploadBytes: maxUploadMib * 1024 * 1024)
        var withWorkspace = configuration
        withWorkspace.analystHost = analystHost
        withWorkspace.analystPort = analystPort
        let (host, workspaceHost) = (host, analystHost)
        let offset = now.flatMap(Timestamp.parse).map { $0.timeIntervalSinceNow } ?? 0
        let clock = offset == 0 ? ServerClock.system : ServerClock { Date().addingTimeInterval(offset) }
        try await ServerRunner.run(configuration: withWorkspace, store: store, clock: clock, logger: Logger(label: "chosa.serve")) { listener, bound in
            switch listener {
            case .portal:
                Terminal.out("chosa serve: listening on http://\(host):\(bound)/ (database \(path)); Ctrl-C to stop")
            case .workspace:
                Terminal.out("chosa serve: analyst workspace at http://\(workspaceHost):\(bound)/ (office network only)")
            }
        }
    }
}
