import Foundation
#if canImport(Glibc)
// Once the bench links the server (and NIO), `timespec` resolves through CoreFoundation; name both.
import CoreFoundation
import Glibc
#endif
import SurveyCore
import SurveyStore
import SurveyServices

/// The store section of `make bench`: import of synthetic responses into a file database (WAL, synchronous=FULL),
/// scoring all of them from the database, and the process's peak memory. Figures are printed, never asserted.
enum StoreBench {
    static func run(folder: String, responses: [ResponseFile]) throws {
        let total = Int(ProcessInfo.processInfo.environment["BENCH_STORE_COUNT"] ?? "") ?? 100_000
        let perFile = 1_000
        let surveyData = try Data(contentsOf: URL(fileURLWithPath: folder + "/survey.yaml"))
        let rubricData = try Data(contentsOf: URL(fileURLWithPath: folder + "/rubric.yaml"))
        guard let checked = CheckedSurvey.check(surveyYAML: surveyData, surveyFile: "survey.yaml", rubricYAML: rubricData,
                                                rubricFile: "rubric.yaml").checked else {
            print("store: the survey or rubric has errors; run chosa survey check")
            return
        }
        // The synthetic responder occasionally leaves a constraint unmet; import takes only valid submissions.
        let validator = ResponseValidator(survey: checked.survey)
        let today = checked.survey.deadline
        let valid = responses.filter { !validator.validate($0, today: today).problems.hasErrors }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("chosa-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let store = try SurveyStore.open(path: work.appendingPathComponent("bench.sqlite").path, create: true)
        let actor = Actor("bench", at: Date(timeIntervalSince1970: 1_697_760_000))
        _ = try store.registerSurvey(checked, by: actor)
        let categories = InstitutionCategory.allCases
        let roster = (0..<total).map { index in
            RosterEntry(id: "B-\(index)", nameJa: "架空機関\(index)", nameEn: "Fictional body \(index)", category: categories[index % categories.count])
        }
        _ = try store.importRoster(roster, by: actor)

        // Files of 1,000 responses each, as an analyst's batch; each file is one transaction. Only importFile is timed.
        let importer = try ResponseImporter(store: store)
        let clock = ContinuousClock()
        var importTime = Duration.zero
        var importCPU = 0.0
        var imported = 0
        var refused = 0
        for start in stride(from: 0, to: total, by: perFile) {
            let batch = (start..<min(start + perFile, total)).map { index -> JSONValue in
                var response = valid[index % valid.count]
                response.institution = "B-\(index)"
                response.submissionID = uuid(index)
                response.submittedAt = "2023-10-20T10:00:00+09:00"
                response.attestedBy = "Fictional officer \(index)"
                return ResponseExport.json(response)
            }
            let data = Data(CanonicalJSON.string(.array(batch)).utf8)
            var result: FileImportResult?
            let cpuBefore = processCPUSeconds()
            importTime += clock.measure { result = importer.importFile(data, file: "batch-\(start).json", by: actor) }
            importCPU += processCPUSeconds() - cpuBefore
            imported += result?.imported ?? 0
            if result?.succeeded != true {
                refused += 1
                if refused == 1 { print("store: batch refused: \(result?.problems.prefix(3).map { $0.rendered(.en) } ?? [])") }
            }
        }
        BenchSetup.report("store import", count: imported, elapsed: importTime, unit: "responses", target: 5_000,
                          extra: "\(total / perFile) files of \(perFile), one transaction each, WAL + synchronous=FULL, audited"
                              + String(format: "; %.2f s of CPU", importCPU))

        let catalog = try store.catalog()
        var scored = 0
        let scoreCPUBefore = processCPUSeconds()
        let scoreTime = try clock.measure {
            scored = try store.scoreLatestSubmissions(survey: checked.survey.id, catalog: catalog, save: true, by: actor)
        }
        let scoreCPU = processCPUSeconds() - scoreCPUBefore
        let seconds = Double(scoreTime.components.seconds) + Double(scoreTime.components.attoseconds) / 1e18
        print(String(format: "store score     %8.0f responses/s over %d in %.2f s (target < 10 s: %@) — latest submission per institution, cards stored; %.2f s of CPU",
                     Double(scored) / seconds, scored, seconds, seconds < 10 ? "met" : "NOT met", scoreCPU))
        let peak = peakMemoryKiB()
        print(String(format: "peak memory     %8.0f MiB (target < 1024 MiB: %@) — VmHWM of this process", Double(peak) / 1024,
                     peak < 1024 * 1024 ? "met" : "NOT met"))
    }

    /// A fixed, valid UUID per index, so runs are comparable.
    static func uuid(_ index: Int) -> String {
        let hex = String(index, radix: 16)
        return "00000000-0000-4000-8000-" + String(repeating: "0", count: 12 - hex.count) + hex
    }

    /// CPU time used by this process so far (all threads, user and system), in seconds. Printed beside wall time
    /// because the machines are shared: wall time far above CPU time means the process waited for a core or the disk.
    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The resident-set high-water mark from /proc/self/status, in KiB (0 where /proc is missing).
    static func peakMemoryKiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}
