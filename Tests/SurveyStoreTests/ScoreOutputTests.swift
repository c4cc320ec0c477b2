import Foundation
import SurveyCore
import Testing

/// `chosa score` on the example responses: margins in every output, and the flag on verdicts that rest on one answer.
@Suite struct ScoreOutputTests {
    static func score(_ format: String, language: String = "en") throws -> (status: Int32, output: String) {
        let examples = StoreFixtures.surveyFolder.appendingPathComponent("examples")
        let files = ["NU-001", "PR-003", "PU-002", "RA-004"].map { examples.appendingPathComponent("\($0).json").path }
        let process = Process()
        process.executableURL = try StoreFixtures.chosaExecutable()
        process.arguments = ["score", "--survey", StoreFixtures.surveyFolder.path, "--format", format, "--lang", language] + files
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func tableFlagsVerdictsOneAnswerFromBetter() throws {
        let (status, output) = try Self.score("table")
        #expect(status == 0)
        let lines = output.split(separator: "\n")
        let ra = try #require(lines.first { $0.hasPrefix("RA-004") })
        #expect(ra.contains("needs analyst confirmation"))
        let nu = try #require(lines.first { $0.hasPrefix("NU-001") })
        #expect(!nu.contains("needs analyst confirmation"))
        let (_, japanese) = try Self.score("table", language: "ja")
        #expect(japanese.contains("要確認"))
        #expect(japanese.contains("未充足率"))
        #expect(!japanese.contains("弛緩度"))
    }

    @Test func csvAndJSONCarryTheMargins() throws {
        let (_, csv) = try Self.score("csv")
        let rows = csv.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(rows.first)
        let down = try #require(header.firstIndex(of: "margin_down"))
        let up = try #require(header.firstIndex(of: "margin_up"))
        let nu = try #require(rows.first { $0.first == "NU-001" })
        #expect(nu[down] == "1")
        #expect(nu[up] == "")
        let (_, json) = try Self.score("json")
        guard case let .array(cards) = try JSONValue.decode(Data(json.utf8)) else {
            Issue.record("not an array")
            return
        }
        for case let .object(card) in cards {
            #expect(card["margin_down"] != nil && card["margin_up"] != nil)
        }
    }
}
