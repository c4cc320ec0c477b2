import Foundation
import SurveyCore
import SurveyStore
import Testing

/// `chosa analysts`: accounts from the shell, with a set-up link or a password on standard input, and clear
/// refusals that change nothing.
@Suite struct AnalystsCommandTests {
    static func run(_ arguments: [String], input: String = "") throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = try StoreFixtures.chosaExecutable()
        process.arguments = arguments + ["--lang", "en"]
        let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test func addListDisableAndReset() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chosa-analysts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("chosa.sqlite").path
        #expect(try Self.run(["db", "init", "--db", db]).status == 0)

        let linked = try Self.run(["analysts", "add", "hanako", "--role", "admin", "--db", db])
        #expect(linked.status == 0)
        #expect(linked.output.contains("http://127.0.0.1:8081/setup?token="))

        let short = try Self.run(["analysts", "add", "taro", "--role", "viewer", "--password-stdin", "--db", db], input: "tooshort\n")
        #expect(short.status == 1)
        #expect(short.error.contains("at least 12 characters"))
        let withPassword = try Self.run(["analysts", "add", "taro", "--role", "viewer", "--password-stdin", "--db", db],
                                        input: "twelve chars or more\n")
        #expect(withPassword.status == 0)
        #expect(!withPassword.output.contains("setup?token="))
        #expect(try Self.run(["analysts", "add", "taro", "--role", "viewer", "--db", db]).error.contains("exists already"))
        #expect(try Self.run(["analysts", "add", "bad name!", "--role", "viewer", "--db", db]).status == 1)
        #expect(try Self.run(["analysts", "add", "jiro", "--role", "superuser", "--db", db]).status != 0)

        let list = try Self.run(["analysts", "list", "--db", db])
        #expect(list.output.contains("hanako\tadmin\tawaiting set-up"))
        #expect(list.output.contains("taro\tviewer\tactive"))
        #expect(try Self.run(["analysts", "disable", "taro", "--db", db]).status == 0)
        #expect(try Self.run(["analysts", "list", "--db", db]).output.contains("taro\tviewer\tdisabled"))
        #expect(try Self.run(["analysts", "reset", "nobody", "--db", db]).status == 1)
        let reset = try Self.run(["analysts", "reset", "taro", "--db", db])
        #expect(reset.output.contains("setup?token="))

        let store = try SurveyStore.open(path: db)
        let taro = try #require(try store.analysts().first { $0.name == "taro" })
        #expect(!taro.disabled && !taro.hasPassword)
        #expect(try store.auditEntries(AuditFilter(limit: 100)).filter { $0.entity == "analyst" }.map(\.action) == ["analyst.reset", "analyst.disable", "analyst.add", "analyst.add"])
    }
}
