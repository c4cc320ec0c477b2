public import Foundation
import GRDB
import SurveyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How much evidence an institution has uploaded for a survey.
public struct EvidenceUsage: Sendable, Equatable {
    /// Distinct files.
    public var files: Int
    /// Their bytes.
    public var bytes: Int

    /// Usage from its parts.
    public init(files: Int, bytes: Int) {
        self.files = files
        self.bytes = bytes
    }
}

extension SurveyStore {
    // MARK: - Writes

    /// A fresh name in the evidence folder for an upload being received, so that adopting it is a rename on the
    /// same file system; nil for stores without an evidence folder.
    public func incomingEvidenceFile() throws(StoreError) -> URL {
        guard let evidenceFolder else {
            throw StoreError.fileProblem(path: "(memory)", reason: "this store keeps no evidence folder / 証憑フォルダがありません")
        }
        do {
            try FileManager.default.createDirectory(at: evidenceFolder, withIntermediateDirectories: true)
        } catch {
            throw StoreError.fileProblem(path: evidenceFolder.path, reason: "cannot create the evidence folder / 証憑フォルダを作成できません")
        }
        return evidenceFolder.appendingPathComponent(".tmp-upload-\(UUID().uuidString)")
    }

    /// Stores an uploaded file received at `incoming` (from `incomingEvidenceFile`) whose bytes hash to `sha256`:
    /// flushed to disk and renamed into place (or dropped when the same bytes are stored already), then the file's
    /// row and the record that `institution` uploaded it, for quotas. The incoming file is gone afterwards.
    public func storeUploadedEvidence(at incoming: URL, sha256: String, size: Int, mediaType: String, institution: String,
                                      survey: String, by actor: Actor) throws(StoreError) -> EvidenceFileRecord {
        guard let evidenceFolder else {
            throw StoreError.fileProblem(path: "(memory)", reason: "this store keeps no evidence folder / 証憑フォルダがありません")
        }
        let target = EvidenceFolder(evidenceFolder).location(of: sha256)
        if FileManager.default.fileExists(atPath: target.path) {
            unlink(incoming.path)
        } else {
            let flushed: Bool
            do {
                let handle = try FileHandle(forWritingTo: incoming)
                try handle.synchronize()
                try handle.close()
                flushed = true
            } catch {
                flushed = false
            }
            guard flushed, rename(incoming.path, target.path) == 0 else {
                unlink(incoming.path)
                throw StoreError.fileProblem(path: target.path, reason: "cannot store the upload / アップロードを保存できません")
            }
            try DurableFile.syncFolder(evidenceFolder)
        }
        return try perform {
            try writer.write { db in
                let record: EvidenceFileRecord
                if let existing = try EvidenceFileRecord.fetchOne(db, key: sha256) {
                    record = existing
                } else {
                    record = EvidenceFileRecord(sha256: sha256, size: Int64(size), mediaType: mediaType, storedAt: Timestamp.stored(actor.now))
                    try record.insert(db)
                    try AuditLog.append(db, actor, action: "evidence.store", entity: "evidence_file", id: sha256,
                                        after: .object(["size": .number(Double(size)), "media_type": .string(mediaType)]))
                }
                try db.execute(sql: """
                    INSERT OR IGNORE INTO evidence_upload (institution_id, survey_id, sha256, size, uploaded_at) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [institution, survey, sha256, size, Timestamp.stored(actor.now)])
                return record
            }
        }
    }

    // MARK: - Reads

    /// The files and bytes `institution` has uploaded for `survey`.
    public func evidenceUsage(institution: String, survey: String) throws(StoreError) -> EvidenceUsage {
        try perform {
            try writer.read { db in
                let row = try Row.fetchOne(db, sql: """
                    SELECT COUNT(*) AS files, COALESCE(SUM(size), 0) AS bytes FROM evidence_upload WHERE institution_id = ? AND survey_id = ?
                    """, arguments: [institution, survey])
                return EvidenceUsage(files: row?["files"] ?? 0, bytes: row?["bytes"] ?? 0)
            }
        }
    }

    /// Whether `institution` has uploaded the file with this hash for `survey` already (it then costs no quota).
    public func hasUploaded(_ sha256: String, institution: String, survey: String) throws(StoreError) -> Bool {
        try perform {
            try writer.read { db in
                try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM evidence_upload WHERE institution_id = ? AND survey_id = ? AND sha256 = ?)",
                                  arguments: [institution, survey, sha256]) ?? false
            }
        }
    }
}
