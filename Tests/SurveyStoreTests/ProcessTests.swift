import Foundation
import GRDB
import SurveyCore
@testable import SurveyStore
import SurveyServices
import Testing

/// Tests that run the `chosa` executable as a child process, as an analyst would.
@Suite(.serialized) struct ProcessTests {
    @discardableResult
    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = try StoreFixtures.chosaExecutable()
        process.arguments = arguments + ["--lang", "en"]
        process.currentDirectoryURL = folder
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// A database with the survey and a roster of `count` institutions, and one file of `count` valid responses.
    static func prepare(_ folder: URL, count: Int) throws -> (db: String, file: URL) {
        let db = folder.appendingPathComponent("k.sqlite").path
        let store = try SurveyStore.open(path: db, create: true)
        let checked = try StoreFixtures.checkedSurvey()
        _ = try store.registerSurvey(checked, by: StoreFixtures.analyst)
        let roster = (0..<count).map { RosterEntry(id: "K-\($0)", nameJa: "架空\($0)", nameEn: "Fictional \($0)", category: .privateUniversity) }
        _ = try store.importRoster(roster, by: StoreFixtures.analyst)
        var random = SeededGenerator(seed: 7)
        let responder = SyntheticResponder(survey: checked.survey)
        let template = responder.respond(institution: "K-0", profile: .init(maturity: 0.7), today: checked.survey.deadline, using: &random)
        let responses = roster.map { entry -> JSONValue in
            var response = template
            response.institution = entry.id
            response.submissionID = UUID().uuidString.lowercased()
            response.submittedAt = "2023-10-20T10:00:00+09:00"
            response.attestedBy = "Fictional officer"
            return ResponseExport.json(response)
        }
        let file = folder.appendingPathComponent("big.json")
        try JSONEncoder().encode(JSONValue.array(responses)).write(to: file)
        return (db, file)
    }

    /// SIGKILL at a random moment during `chosa responses import` leaves the database as before or after, never between.
    @Test func killDuringImportLeavesBeforeOrAfter() throws {
        let folder = try StoreFixtures.temporaryFolder()
        let count = 600
        let (db, file) = try Self.prepare(folder, count: count)
        var outcomes: Set<Int> = []
        for attempt in 0..<4 {
            let process = Process()
            process.executableURL = try StoreFixtures.chosaExecutable()
            process.arguments = ["responses", "import", file.path, "--db", db]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Spread the kills over the run: early ones land in reading and validation, late ones in the commit.
            Thread.sleep(forTimeInterval: Double.random(in: 0.05...(0.4 + 0.5 * Double(attempt))))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let store = try SurveyStore.open(path: db)
            let submissions = try store.submissionCount()
            #expect(submissions == 0 || submissions == count, "torn import: \(submissions) of \(count)")
            #expect(try store.writer.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
            let audited = try StoreFixtures.auditCount(store, action: "submission.record")
            #expect(audited == submissions)
            outcomes.insert(submissions)
            if submissions == count { break }
        }
        #expect(!outcomes.isEmpty)
    }

    @Test func inviteFileIsPrivateAndBadInputsChangeNothing() throws {
        let folder = try StoreFixtures.temporaryFolder()
        let (db, _) = try Self.prepare(folder, count: 3)
        let invite = try Self.run(["invite", "--all", "--out", "inv.csv", "--db", db], in: folder)
        #expect(invite.status == 0, "\(invite.error)")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("inv.csv").path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let again = try Self.run(["invite", "--all", "--out", "inv.csv", "--db", db], in: folder)
        #expect(again.status == 1 && again.error.contains("already exists"))
        let misuse = try Self.run(["invite", "--out", "x.csv", "--db", db], in: folder)
        #expect(misuse.status == 2)

        let before = try StoreFixtures.dump(try SurveyStore.open(path: db))
        try Data("id,name_ja,name_en,category,contact\nK-9,a,b,privat_university,\n".utf8).write(to: folder.appendingPathComponent("bad.csv"))
        let roster = try Self.run(["institutions", "import", "bad.csv", "--db", db], in: folder)
        #expect(roster.status == 1)
        #expect(roster.error.contains("bad.csv:2:") && roster.error.contains("row 2, column category"))
        let missingDB = try Self.run(["status", "--db", "nowhere.sqlite"], in: folder)
        #expect(missingDB.status == 1 && missingDB.error.contains("chosa db init"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("nowhere.sqlite").path))
        #expect(try StoreFixtures.dump(try SurveyStore.open(path: db)) == before)
    }
}
