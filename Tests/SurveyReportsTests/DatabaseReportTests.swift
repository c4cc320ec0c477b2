import ArgumentParser
import Foundation
import Testing
@testable import SurveyCLI
@testable import SurveyCore
@testable import SurveyOffice
@testable import SurveyReports
@testable import SurveyStore

/// `chosa report` end to end on a database file: a roster with distinctive names, contacts and ids, invitations,
/// drafts and synthetic submissions to the real questionnaire; then the folder it writes, and its refusals.
@Suite struct DatabaseReportTests {
    static let actor = Actor("test", at: Date(timeIntervalSince1970: 1_697_760_000))

    static func roster() -> [RosterEntry] {
        let plan: [(InstitutionCategory, Int)] = [(.nationalUniversity, 20), (.publicUniversity, 7), (.privateUniversity, 12),
                                                  (.nationalResearchAgency, 3)]
        var entries: [RosterEntry] = []
        for (category, count) in plan {
            for _ in 0..<count {
                let n = entries.count + 1
                entries.append(RosterEntry(id: "ZQX-\(1000 + n)", nameJa: "秘匿確認大学\(n)号", nameEn: "Qwertyuiop Institute \(n)",
                                           category: category, contact: "hidden.person\(n)@zqx.invalid"))
            }
        }
        return entries
    }

    /// A database at `folder/chosa.sqlite`; with `submissions`, most of the roster has submitted.
    static func database(in folder: URL, submissions: Bool = true) throws -> String {
        let path = folder.appendingPathComponent("chosa.sqlite").path
        let store = try SurveyStore.open(path: path, create: true)
        let surveyURL = ReportFixtures.realSurveyFolder.appendingPathComponent("survey.yaml")
        let rubricURL = ReportFixtures.realSurveyFolder.appendingPathComponent("rubric.yaml")
        let checked = try #require(CheckedSurvey.check(surveyYAML: try Data(contentsOf: surveyURL), surveyFile: "survey.yaml",
                                                       rubricYAML: try Data(contentsOf: rubricURL), rubricFile: "rubric.yaml").checked)
        _ = try store.registerSurvey(checked, by: actor)
        let version = try store.catalog().latest(checked.survey.id)
        let entries = roster()
        _ = try store.importRoster(entries, by: actor)
        var random = SeededGenerator(seed: 99)
        _ = try store.invite(entries.dropLast(2).map(\.id), expiresAt: actor.now.addingTimeInterval(86_400 * 60), by: actor, using: &random)
        guard submissions else { return path }
        let responder = SyntheticResponder(survey: checked.survey)
        let today = CivilDate(year: 2023, month: 10, day: 20) ?? CivilDate(daysSinceEpoch: 19_650)
        for (index, entry) in entries.enumerated() {
            if index % 9 == 4 {
                _ = try store.saveDraft(institution: entry.id, survey: checked.survey.id, answers: [:], baseRevision: 0, by: actor)
                continue
            }
            guard index % 9 != 8 else { continue }
            var response = responder.respond(institution: entry.id, profile: .init(maturity: Double(index % 10) / 10, evidenceRate: 0.6),
                                             today: today, using: &random)
            response.submissionID = UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", index))?.uuidString.lowercased()
            _ = try store.recordSubmission(response, version: version, source: .import, by: actor)
        }
        return path
    }

    static func run(_ arguments: [String]) throws {
        var command = try ReportCommand.parse(arguments)
        try command.run()
    }

    static func exitCode(_ arguments: [String]) -> Int32? {
        do {
            try run(arguments)
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch {
            return ChosaCommand.exitCode(for: error) == .validationFailure ? 2 : 1
        }
    }

    @Test func writesTheReportWithoutAnyInstitutionIdentity() throws {
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.database(in: folder)
        let out = folder.appendingPathComponent("reports/march")
        try Self.run(["--db", path, "--out", out.path, "--lang", "both"])
        let enumerator = try #require(FileManager.default.enumerator(at: out, includingPropertiesForKeys: nil))
        var files: [URL] = []
        for case let url as URL in enumerator where !url.hasDirectoryPath { files.append(url) }
        #expect(files.count == 15)
        let needles = Self.roster().flatMap { [$0.id, $0.nameJa, $0.nameEn, $0.contact] } + ["ZQX-", "秘匿確認大学", "Qwertyuiop", "zqx.invalid"]
        for file in files {
            let text: String
            if file.pathExtension == "xlsx" {
                let workbook = try WorkbookReader.read(try Data(contentsOf: file), limits: ReportWorkbook.readingLimits)
                #expect(workbook.sheets.count > 10, "\(file.lastPathComponent)")
                text = workbook.sheets.flatMap { [$0.name] + $0.rows.flatMap { $0.map(\.value.text) } }.joined(separator: "\n")
            } else {
                text = try String(contentsOf: file, encoding: .utf8)
            }
            for needle in needles {
                #expect(!text.contains(needle), "\(file.lastPathComponent) contains \(needle)")
            }
        }
        // The figures equal a recomputation from the database: every published verdict count.
        let store = try SurveyStore.open(path: path)
        let categories = Dictionary(uniqueKeysWithValues: Self.roster().map { ($0.id, $0.category.rawValue) })
        var verdicts: [String: [String: Int]] = [:]
        try store.scoreLatestSubmissions(survey: "cao-research-integrity-2023", catalog: try store.catalog(), save: false, by: Self.actor) { stored in
            let category = categories[stored.institution.id] ?? "?"
            for group in [category, "all"] { verdicts[group, default: [:]][stored.card.verdict.rawValue, default: 0] += 1 }
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("report.json"))) as? [String: Any]
        let figures = try #require(json?["figures"] as? [[String: Any]])
        var compared = 0
        for figure in figures where figure["table"] as? String == "verdict" && figure["kind"] as? String == "count" {
            guard let value = figure["value"] as? Double, let group = figure["group"] as? String, let column = figure["column"] as? String else { continue }
            #expect(Int(value) == verdicts[group]?[column] ?? 0, "\(group) \(column)")
            compared += 1
        }
        #expect(compared >= 3)
        // Writing again replaces the folder and leaves nothing behind.
        try Self.run(["--db", path, "--out", out.path, "--lang", "ja"])
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("index.en.html").path))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        #expect(siblings == ["march"])
    }

    @Test func refusesBadInputWithTheDocumentedExitStatus() throws {
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        // No database.
        #expect(Self.exitCode(["--db", folder.appendingPathComponent("missing.sqlite").path, "--out", out]) == 1)
        // Misuse: --min-cell below 3, no --out.
        #expect(Self.exitCode(["--db", "x.sqlite", "--out", out, "--min-cell", "0"]) == 2)
        #expect(Self.exitCode(["--db", "x.sqlite", "--out", out, "--min-cell", "2"]) == 2)
        #expect(Self.exitCode(["--db", "x.sqlite"]) == 2)
        #expect(Self.exitCode(["--db", "x.sqlite", "--out", out, "--lang", "fr"]) == 2)
        // An empty database: no survey loaded.
        let emptyPath = folder.appendingPathComponent("empty.sqlite").path
        _ = try SurveyStore.open(path: emptyPath, create: true)
        #expect(Self.exitCode(["--db", emptyPath, "--out", out]) == 1)
        // A survey and a roster but no submission: no scores.
        let path = try Self.database(in: folder, submissions: false)
        #expect(Self.exitCode(["--db", path, "--out", out]) == 1)
        #expect(Self.exitCode(["--db", path, "--survey-id", "no-such-survey", "--out", out]) == 1)
        #expect(!FileManager.default.fileExists(atPath: out))
        // Other files in the folder are left alone; a report-named file chosa did not write stops it before writing.
        let shared = folder.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: shared.appendingPathComponent("thesis.docx"))
        let full = try Self.database(in: try ReportFixtures.temporaryFolder())
        #expect(Self.exitCode(["--db", full, "--out", shared.path]) == 0)
        #expect(Self.exitCode(["--db", full, "--out", shared.path, "--lang", "en"]) == 0)
        let written = try FileManager.default.contentsOfDirectory(atPath: shared.path).sorted()
        #expect(written == ["data", "index.html", "report.json", "report.md", "report.xlsx", "thesis.docx"])
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Data("<html>my site</html>".utf8).write(to: site.appendingPathComponent("index.html"))
        #expect(Self.exitCode(["--db", full, "--out", site.path]) == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path) == ["index.html"])
        #expect(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8) == "<html>my site</html>")
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: full).deletingLastPathComponent())
    }

    /// The folder is looked at while the report is computed; a file that appears after that look is still checked.
    @Test func aForeignFileThatAppearsAfterTheEarlyLookStillStopsTheWrite() throws {
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let full = try Self.database(in: folder)
        let out = folder.appendingPathComponent("report")
        #expect(Self.exitCode(["--db", full, "--out", out.path, "--lang", "ja"]) == 0)
        let earlier = ReportFolder.survey(out)
        #expect(earlier.exists && earlier.isDirectory && earlier.foreign == nil)
        #expect(earlier.own == ["data", "index.html", "report.json", "report.md", "report.xlsx"])
        try Data("<html>someone else's</html>".utf8).write(to: out.appendingPathComponent("index.en.html"))
        let files = [(path: "index.html", data: Data("new".utf8))]
        #expect(throws: ReportFolder.Problem.self) { try ReportFolder.write(files, to: out, earlier: earlier) }
        #expect(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8).contains("chosa"))
        try FileManager.default.removeItem(at: out.appendingPathComponent("index.en.html"))
        try ReportFolder.write(files, to: out, earlier: earlier)
        #expect(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8) == "new")
    }
}
