import Foundation
import SurveyCore

/// Writes a report folder so that a failure never leaves a half-written report: every file goes into a fresh
/// temporary folder beside the destination, which then replaces the destination by rename. An existing destination
/// is replaced only when it is empty or holds nothing but a previous chosa report, so `--out ~` cannot wipe a home.
enum ReportFolder {
    /// Why a report folder could not be written.
    struct Problem: Error {
        var message: Message
    }

    /// Names a previous report may hold at its top level.
    static func isReportEntry(_ name: String) -> Bool {
        name == "data" || name == "report.json"
            || (name.hasPrefix("index") && name.hasSuffix(".html")) || (name.hasPrefix("report") && name.hasSuffix(".md"))
    }

    /// Writes `files` (relative path → text) as the folder `destination`.
    static func write(_ files: [(path: String, text: String)], to destination: URL) throws(Problem) {
        let manager = FileManager.default
        let path = destination.path
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists {
            guard isDirectory.boolValue else {
                throw Problem(message: Message(en: "\(path): is a file; --out names a folder to write the report into",
                                               ja: "\(path): ファイルです。--out には報告書を書き出すフォルダを指定してください"))
            }
            let entries = (try? manager.contentsOfDirectory(atPath: path)) ?? []
            let data = (try? manager.contentsOfDirectory(atPath: destination.appendingPathComponent("data").path)) ?? []
            guard entries.allSatisfy(isReportEntry), data.allSatisfy({ $0.hasSuffix(".csv") }) else {
                throw Problem(message: Message(
                    en: "\(path): the folder holds files that are not part of a chosa report; choose a new or empty folder (nothing was written)",
                    ja: "\(path): このフォルダには chosa の報告書以外のファイルがあります。新しいフォルダか空のフォルダを指定してください（何も書き出していません）"))
            }
        }
        let parent = destination.deletingLastPathComponent()
        let tag = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(destination.lastPathComponent).tmp-\(tag)")
        let retired = parent.appendingPathComponent(".\(destination.lastPathComponent).old-\(tag)")
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url, options: .atomic)
            }
            if exists {
                try manager.moveItem(at: destination, to: retired)
                do {
                    try manager.moveItem(at: staging, to: destination)
                } catch {
                    try? manager.moveItem(at: retired, to: destination)
                    throw error
                }
                try? manager.removeItem(at: retired)
            } else {
                try manager.moveItem(at: staging, to: destination)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw Problem(message: Message(en: "\(path): cannot write the report: \(error.localizedDescription) (nothing was changed)",
                                           ja: "\(path): 報告書を書き出せません：\(error.localizedDescription)（何も変更していません）"))
        }
    }
}
