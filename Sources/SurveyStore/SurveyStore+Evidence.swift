public import Foundation
import GRDB
import SurveyCore

extension SurveyStore {
    // MARK: - Writes

    /// Stores an evidence file: bytes on disk first (durably, under their SHA-256), then the row with its audit
    /// entry. Storing the same bytes again changes nothing. Returns the stored file's record.
    public func storeEvidence(_ data: Data, mediaType: String, by actor: Actor) throws(StoreError) -> EvidenceFileRecord {
        guard let evidenceFolder else {
            throw StoreError.fileProblem(path: "(memory)", reason: "this store keeps no evidence folder / 証憑フォルダがありません")
        }
        let sha = CanonicalJSON.sha256(data)
        try EvidenceFolder(evidenceFolder).store(data, sha256: sha)
        return try perform {
            try writer.write { db in
                if let existing = try EvidenceFileRecord.fetchOne(db, key: sha) { return existing }
                let record = EvidenceFileRecord(sha256: sha, size: Int64(data.count), mediaType: mediaType, storedAt: Timestamp.stored(actor.now))
                try record.insert(db)
                try AuditLog.append(db, actor, action: "evidence.store", entity: "evidence_file", id: sha,
                                    after: .object(["size": .number(Double(data.count)), "media_type": .string(mediaType)]))
                return record
            }
        }
    }

    // MARK: - Reads

    /// The bytes of a stored evidence file, or nil when it is not stored.
    public func evidence(_ sha256: String) throws(StoreError) -> Data? {
        guard let evidenceFolder, try perform({ try writer.read { try EvidenceFileRecord.exists($0, key: sha256) } }) else { return nil }
        return try? Data(contentsOf: EvidenceFolder(evidenceFolder).location(of: sha256))
    }
}
