import Crypto
public import Foundation
import Hummingbird
import NIOCore
import SurveyCore
import SurveyStore

/// An upload received into a file beside the evidence folder, hashed as it arrived: uploads are never held in
/// memory whole (40 concurrent 20 MiB uploads once took the server from 395 to 872 MiB).
public struct SpooledUpload: Sendable {
    /// Where the bytes are until they are stored or discarded.
    public let url: URL
    /// How many bytes.
    public let size: Int
    /// SHA-256 of the bytes, lower-case hex.
    public let sha256: String

    /// Receives a request body into a new incoming file of `store`, answering 413 beyond `limit` bytes.
    static func receive(_ request: Request, limit: Int, store: SurveyStore) async throws(PortalError) -> SpooledUpload {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit { throw PortalError.tooLarge(limit: limit) }
        let url: URL
        do { url = try store.incomingEvidenceFile() } catch { throw PortalError.from(error) }
        var writer = SpoolWriter(url: url)
        do {
            try writer.open()
            for try await buffer in request.body {
                try writer.append(buffer.readableBytesView, limit: limit)
            }
            return try writer.finish()
        } catch let error as PortalError {
            writer.discard()
            throw error
        } catch {
            writer.discard()
            throw PortalError.badRequest(Message(en: "The file could not be received.", ja: "ファイルを受信できませんでした。"))
        }
    }

    /// Writes bytes already in memory (a part of a mapped multipart body) to a new incoming file of `store`.
    static func write(_ data: Data, store: SurveyStore) throws(PortalError) -> SpooledUpload {
        let url: URL
        do { url = try store.incomingEvidenceFile() } catch { throw PortalError.from(error) }
        var writer = SpoolWriter(url: url)
        do {
            try writer.open()
            try writer.append(data, limit: Int.max)
            return try writer.finish()
        } catch {
            writer.discard()
            throw PortalError.badRequest(Message(en: "The file could not be received.", ja: "ファイルを受信できませんでした。"))
        }
    }

    /// The first `count` bytes.
    func head(_ count: Int) -> Data {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return Data() }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: count)) ?? Data()
    }

    /// Removes the file if it is still there.
    func discard() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Appends to the incoming file while hashing and counting.
private struct SpoolWriter {
    let url: URL
    var handle: FileHandle?
    var hasher = SHA256()
    var size = 0

    init(url: URL) {
        self.url = url
    }

    mutating func open() throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o640]) else {
            throw PortalError.storage(.fileProblem(path: url.path, reason: "cannot create the upload file / アップロード用ファイルを作成できません"))
        }
        handle = try FileHandle(forWritingTo: url)
    }

    mutating func append(_ bytes: some Collection<UInt8>, limit: Int) throws {
        size += bytes.count
        guard size <= limit else { throw PortalError.tooLarge(limit: limit) }
        let data = Data(bytes)
        hasher.update(data: data)
        try handle?.write(contentsOf: data)
    }

    mutating func finish() throws -> SpooledUpload {
        try handle?.close()
        handle = nil
        let sha = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        return SpooledUpload(url: url, size: size, sha256: sha)
    }

    mutating func discard() {
        try? handle?.close()
        handle = nil
        try? FileManager.default.removeItem(at: url)
    }
}
