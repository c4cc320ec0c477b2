import Foundation
import HummingbirdTesting
import Logging
import NIOConcurrencyHelpers
@testable import SurveyServer
import SurveyStore
import Testing

/// Every log line, kept in memory so a test can read what the server wrote.
final class CapturedLog: @unchecked Sendable {
    private let lines = NIOLockedValueBox<[String]>([])

    var text: String { lines.withLockedValue { $0.joined(separator: "\n") } }

    func append(_ line: String) { lines.withLockedValue { $0.append(line) } }

    func logger() -> Logger {
        Logger(label: "chosa.test.capture") { _ in Handler(log: self) }
    }

    struct Handler: LogHandler {
        let log: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(level: Logger.Level, message: Logger.Message, metadata extra: Logger.Metadata?, source: String, file: String,
                 function: String, line: UInt) {
            let all = metadata.merging(extra ?? [:]) { $1 }
            log.append("\(message) \(all.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " "))")
        }
    }
}

/// Logs name the account and the client, never a password, a set-up token or a session id.
@Suite struct WorkspaceLogTests {
    @Test func logsCarryNoSecrets() async throws {
        let harness = try Harness.workspace()
        try harness.store.addAnalyst(name: "newbie", role: .viewer, setupToken: "setup-token-secret-value", expiresAt: Harness.october.addingTimeInterval(3600),
                                     passwordHash: nil, by: Actor("admin", at: Harness.october))
        let capture = CapturedLog()
        let app = buildWorkspaceApplication(configuration: harness.configuration, store: harness.store, clock: harness.clock.serverClock,
                                            logger: capture.logger())
        try await app.test(.router) { client in
            var browser = Browser(client)
            try await browser.logInAnalyst("ana", password: "wrong password typed here")
            try await browser.logInAnalyst("ana")
            _ = try await browser.get("/setup?token=setup-token-secret-value")
            _ = try await browser.get("/institutions?q=x")
            let session = try #require(browser.cookies["chosa_analyst"])
            let text = capture.text
            #expect(text.contains("analyst login refused") && text.contains("account=ana"))
            #expect(!text.contains("wrong password typed here"))
            #expect(!text.contains(Harness.analystPassword))
            #expect(!text.contains("setup-token-secret-value"))
            #expect(!text.contains(session))
        }
    }
}
