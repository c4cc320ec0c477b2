import Foundation
import SurveyCore
import SurveyOffice
import SurveyReports

/// Writes a report folder so that a failure never leaves a half-written report. Every file is first written into a
/// staging folder on the same file system; then a new destination is created by one rename, or, in an existing
/// destination, the report's own entries (`index*.html`, `report*.md`, `report*.xlsx`, `report.json`, `data/`) are swapped in by
/// renames, the previous ones set aside and put back if a rename fails. Other files in the folder (the demo keeps its
/// database and summary beside the report) are left alone, and an entry with a report's name that chosa did not
/// write (say, a web site's own `index.html`) makes it refuse before anything is written.
enum ReportFolder {
    /// Why a report folder could not be written.
    struct Problem: Error {
        var message: Message
    }

    /// Whether a top-level name is one a report writes.
    static func isReportEntry(_ name: String) -> Bool {
        name == "data" || name == "report.json"
            || (name.hasPrefix("index") && name.hasSuffix(".html")) || (name.hasPrefix("report") && name.hasSuffix(".md"))
            || (name.hasPrefix("report") && name.hasSuffix(".xlsx"))
    }

    /// Whether the existing entry `name` in `folder` was written by chosa report.
    static func isOwnEntry(_ name: String, in folder: URL) -> Bool {
        let url = folder.appendingPathComponent(name)
        if name == "data" {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return files.contains("codebook.csv") && files.allSatisfy { $0.hasSuffix(".csv") }
        }
        if name.hasSuffix(".xlsx") {
            return (try? Data(contentsOf: url)).map(ReportWorkbook.isReportWorkbook) ?? false
        }
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 4096)) ?? Data(), as: UTF8.self)
        if name.hasSuffix(".html") { return head.contains("<meta name=\"generator\" content=\"chosa ") }
        if name.hasSuffix(".md") { return head.hasPrefix(MarkdownReport.marker) }
        return head.contains("\"chosa_version\"")
    }

    /// What a destination folder holds before the report is written: whether it exists, and the report entries in it,
    /// each checked to be chosa's own. Looked at while the report is computed (reading back a workbook to recognise it
    /// takes as long as scoring a hundred submissions), and again for any entry that appeared since.
    struct Survey: Sendable {
        /// Whether the destination exists (as a folder, or else as a file).
        var exists = false
        /// Whether it is a folder.
        var isDirectory = false
        /// The report entries already in it that chosa wrote.
        var own: Set<String> = []
        /// The first report entry in it that chosa did not write.
        var foreign: String?
    }

    /// Looks at `destination` before writing into it.
    static func survey(_ destination: URL, known: Set<String> = []) -> Survey {
        var isDirectory: ObjCBool = false
        var survey = Survey()
        survey.exists = FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory)
        survey.isDirectory = isDirectory.boolValue
        guard survey.exists, survey.isDirectory else { return survey }
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: destination.path)) ?? []).filter(isReportEntry).sorted() {
            if known.contains(name) || isOwnEntry(name, in: destination) {
                survey.own.insert(name)
            } else {
                survey.foreign = survey.foreign ?? name
            }
        }
        return survey
    }

    /// Writes `files` (relative path → bytes) into the folder `destination`; `earlier` is what `survey(_:)` found there
    /// before the report was computed (entries found then are not read again).
    static func write(_ files: [(path: String, data: Data)], to destination: URL, earlier: Survey? = nil) throws(Problem) {
        let manager = FileManager.default
        let path = destination.path
        let found = survey(destination, known: earlier?.own ?? [])
        let exists = found.exists
        var previous: [String] = []
        if exists {
            guard found.isDirectory else {
                throw Problem(message: Message(en: "\(path): is a file; --out names a folder to write the report into",
                                               ja: "\(path): ファイルです。--out には報告書を書き出すフォルダを指定してください"))
            }
            if let foreign = found.foreign {
                throw Problem(message: Message(
                    en: "\(path)/\(foreign): exists and was not written by chosa report; move it or choose another folder (nothing was written)",
                    ja: "\(path)/\(foreign): chosa report が作成したものではないファイルが既にあります。移動するか別のフォルダを指定してください（何も書き出していません）"))
            }
            previous = found.own.sorted()
        }
        let tag = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let parent = destination.deletingLastPathComponent()
        let staging = exists ? destination.appendingPathComponent(".chosa-report-new-\(tag)")
            : parent.appendingPathComponent(".\(destination.lastPathComponent).chosa-report-new-\(tag)")
        let retired = destination.appendingPathComponent(".chosa-report-old-\(tag)")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw failure(path, error)
        }
        guard exists else {
            do {
                try manager.moveItem(at: staging, to: destination)
            } catch {
                try? manager.removeItem(at: staging)
                throw failure(path, error)
            }
            return
        }
        let fresh = ((try? manager.contentsOfDirectory(atPath: staging.path)) ?? []).filter(isReportEntry)
        var setAside: [String] = []
        var placed: [String] = []
        do {
            try manager.createDirectory(at: retired, withIntermediateDirectories: true)
            for name in previous {
                try manager.moveItem(at: destination.appendingPathComponent(name), to: retired.appendingPathComponent(name))
                setAside.append(name)
            }
            for name in fresh {
                try manager.moveItem(at: staging.appendingPathComponent(name), to: destination.appendingPathComponent(name))
                placed.append(name)
            }
        } catch {
            for name in placed { try? manager.removeItem(at: destination.appendingPathComponent(name)) }
            for name in setAside { try? manager.moveItem(at: retired.appendingPathComponent(name), to: destination.appendingPathComponent(name)) }
            try? manager.removeItem(at: staging)
            try? manager.removeItem(at: retired)
            throw failure(path, error)
        }
        try? manager.removeItem(at: staging)
        try? manager.removeItem(at: retired)
    }

    private static func failure(_ path: String, _ error: any Error) -> Problem {
        Problem(message: Message(en: "\(path): cannot write the report: \(error.localizedDescription) (the previous report, if any, is unchanged)",
                                 ja: "\(path): 報告書を書き出せません：\(error.localizedDescription)（以前の報告書があれば、そのまま残っています）"))
    }
}
