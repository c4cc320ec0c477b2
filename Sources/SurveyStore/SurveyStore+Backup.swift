import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// What a backup wrote.
public struct BackupSummary: Sendable, Equatable {
    /// The backup database file.
    public var path: String
    /// Its size in bytes.
    public var bytes: Int64
    /// Evidence files copied beside it.
    public var evidenceFilesCopied: Int
}

extension SurveyStore {
    /// Copies the database while it is in use (SQLite's online backup reads one consistent snapshot), checks the copy
    /// with `PRAGMA integrity_check`, flushes it and only then gives it its name, so `path` either does not exist or
    /// holds a whole, checked backup. Evidence files missing from the `evidence` folder beside `path` are copied.
    public func backup(to path: String) throws(StoreError) -> BackupSummary {
        let target = URL(fileURLWithPath: path)
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError.fileProblem(path: path, reason: "already exists; choose a new name so no backup is overwritten / 既に存在します。上書きしないよう別の名前を指定してください")
        }
        let folder = target.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw StoreError.fileProblem(path: folder.path, reason: "no such folder / フォルダがありません")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).tmp-\(UUID().uuidString)")
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: temporary.path + suffix) }
        }
        try perform {
            let copy = try DatabaseQueue(path: temporary.path)
            try writer.backup(to: copy)
            let check = try copy.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
            guard check == ["ok"] else { throw StoreError.database("the backup failed its integrity check: \(check.prefix(3).joined(separator: "; "))") }
            try copy.close()
        }
        guard let handle = FileHandle(forUpdatingAtPath: temporary.path) else {
            throw StoreError.fileProblem(path: temporary.path, reason: "cannot reopen the backup to flush it / バックアップを確定できません")
        }
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            throw StoreError.fileProblem(path: temporary.path, reason: "cannot flush the backup / バックアップを確定できません")
        }
        guard rename(temporary.path, path) == 0 else {
            throw StoreError.fileProblem(path: path, reason: "cannot name the backup / バックアップに名前を付けられません")
        }
        try DurableFile.syncFolder(folder)
        let copied = try copyEvidence(to: folder.appendingPathComponent("evidence"))
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int64) ?? 0
        return BackupSummary(path: path, bytes: size, evidenceFilesCopied: copied)
    }

    private func copyEvidence(to destination: URL) throws(StoreError) -> Int {
        guard let evidenceFolder, evidenceFolder.standardizedFileURL != destination.standardizedFileURL,
              let names = try? FileManager.default.contentsOfDirectory(atPath: evidenceFolder.path) else { return 0 }
        var copied = 0
        for name in names.sorted() where !name.hasPrefix(".") {
            let target = EvidenceFolder(destination)
            guard !FileManager.default.fileExists(atPath: target.location(of: name).path),
                  let data = try? Data(contentsOf: evidenceFolder.appendingPathComponent(name)) else { continue }
            try target.store(data, sha256: name)
            copied += 1
        }
        return copied
    }
}
