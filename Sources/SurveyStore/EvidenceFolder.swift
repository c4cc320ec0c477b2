public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Evidence files on disk, named by the SHA-256 of their bytes. A file is written to a temporary name, flushed
/// to disk, renamed into place and the folder flushed, so once the database row commits the bytes survive a
/// power cut; a crash before the rename leaves only a temporary file, never a half-written evidence file.
public struct EvidenceFolder: Sendable {
    /// The folder.
    public let url: URL

    /// Evidence kept in `url` (created when first needed).
    public init(_ url: URL) {
        self.url = url
    }

    /// Where the file with this hash lives.
    public func location(of sha256: String) -> URL {
        url.appendingPathComponent(sha256)
    }

    /// Writes `data` under its hash unless it is already there; returns the hash.
    public func store(_ data: Data, sha256: String) throws(StoreError) {
        let target = location(of: sha256)
        if FileManager.default.fileExists(atPath: target.path) { return }
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw StoreError.fileProblem(path: url.path, reason: "cannot create the evidence folder / 証憑フォルダを作成できません")
        }
        let temporary = url.appendingPathComponent(".tmp-\(UUID().uuidString)")
        try DurableFile.write(data, to: temporary, mode: 0o640)
        guard rename(temporary.path, target.path) == 0 else {
            unlink(temporary.path)
            throw StoreError.fileProblem(path: target.path, reason: "cannot rename into place / 所定の名前に変更できません")
        }
        try DurableFile.syncFolder(url)
    }
}
