public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif

/// Writing files so that they are on disk when the call returns.
public enum DurableFile {
    /// Creates `url` (which must not exist) with `mode`, writes `data`, and flushes it to disk.
    public static func write(_ data: Data, to url: URL, mode: mode_t) throws(StoreError) {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else {
            throw StoreError.fileProblem(path: url.path, reason: "cannot create the file (\(String(cString: strerror(errno)))) / ファイルを作成できません")
        }
        defer { close(descriptor) }
        // The umask may have narrowed the mode; set exactly what was asked.
        fchmod(descriptor, mode)
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        guard written, fsync(descriptor) == 0 else {
            unlink(url.path)
            throw StoreError.fileProblem(path: url.path, reason: "cannot write the file (disk full?) / ファイルを書き込めません（容量不足の可能性）")
        }
    }

    /// Flushes a folder's entries (a rename inside it) to disk.
    public static func syncFolder(_ url: URL) throws(StoreError) {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw StoreError.fileProblem(path: url.path, reason: "cannot open the folder / フォルダを開けません") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw StoreError.fileProblem(path: url.path, reason: "cannot flush the folder / フォルダを確定できません") }
    }

    /// Writes `data` to `url` atomically and durably: a temporary file beside it, flushed, renamed over `url`.
    public static func replace(_ url: URL, with data: Data, mode: mode_t = 0o644) throws(StoreError) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(UUID().uuidString)")
        try write(data, to: temporary, mode: mode)
        guard rename(temporary.path, url.path) == 0 else {
            unlink(temporary.path)
            throw StoreError.fileProblem(path: url.path, reason: "cannot write the file (\(String(cString: strerror(errno)))) / ファイルを書き込めません")
        }
        try syncFolder(folder)
    }
}
