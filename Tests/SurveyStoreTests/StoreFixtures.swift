import Foundation
import GRDB
import SurveyCore
@testable import SurveyStore
import Testing

/// Shared set-up for store tests: the real questionnaire (found from this file's location, never the working
/// directory), a fresh in-memory store per test, and a small roster.
enum StoreFixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let surveyFolder = repository.appendingPathComponent("surveys/cao-research-integrity-2023")
    static let when = Date(timeIntervalSince1970: 1_697_760_000)  // 2023-10-20 in Tokyo
    static let analyst = Actor("test-analyst", at: when)

    static func checkedSurvey() throws -> CheckedSurvey {
        let survey = try Data(contentsOf: surveyFolder.appendingPathComponent("survey.yaml"))
        let rubric = try Data(contentsOf: surveyFolder.appendingPathComponent("rubric.yaml"))
        let result = CheckedSurvey.check(surveyYAML: survey, surveyFile: "survey.yaml", rubricYAML: rubric, rubricFile: "rubric.yaml")
        return try #require(result.checked, "the real survey has errors: \(result.diagnostics)")
    }

    static let roster = [
        RosterEntry(id: "NU-001", nameJa: "架空国立大学第1", nameEn: "Fictional National University 1", category: .nationalUniversity),
        RosterEntry(id: "PU-002", nameJa: "架空公立大学第2", nameEn: "Fictional Public University 2", category: .publicUniversity),
        RosterEntry(id: "PR-003", nameJa: "架空私立大学第3", nameEn: "Fictional Private University 3", category: .privateUniversity),
        RosterEntry(id: "RA-004", nameJa: "架空研究機関第4", nameEn: "Fictional Research Agency 4", category: .nationalResearchAgency),
    ]

    /// An in-memory store with the real survey loaded and the four-institution roster.
    static func loadedStore(evidenceFolder: URL? = nil) throws -> SurveyStore {
        let store = try SurveyStore.inMemory(evidenceFolder: evidenceFolder)
        _ = try store.registerSurvey(try checkedSurvey(), by: analyst)
        _ = try store.importRoster(roster, by: analyst)
        return store
    }

    /// The bytes of one of the real questionnaire's example responses.
    static func example(_ institution: String) throws -> Data {
        try Data(contentsOf: surveyFolder.appendingPathComponent("examples/\(institution).json"))
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chosa-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every row of every table, as text, for comparing whole databases.
    static func dump(_ store: SurveyStore, excluding: Set<String> = []) throws -> [String] {
        try store.writer.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' ORDER BY name")
            return try tables.filter { !excluding.contains($0) }.flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1").map { "\(table): \($0.description)" }
            }
        }
    }

    static func auditCount(_ store: SurveyStore, action: String? = nil) throws -> Int {
        try store.writer.read { db in
            if let action { return try AuditRecord.filter(Column("action") == action).fetchCount(db) }
            return try AuditRecord.fetchCount(db)
        }
    }

    /// The `chosa` executable built beside the test bundle.
    static func chosaExecutable() throws -> URL {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            var folder = URL(fileURLWithPath: first).deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(folder.appendingPathComponent("chosa"))
                folder = folder.deletingLastPathComponent()
            }
        }
        candidates += [".build-store", ".build"].map { repository.appendingPathComponent("\($0)/debug/chosa") }
        return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
                            "build the chosa executable first (swift build); looked in \(candidates.map(\.path))")
    }
}
