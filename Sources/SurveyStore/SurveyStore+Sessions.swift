public import Foundation
import GRDB
import SurveyCore

/// A login session as stored: its kind, whose it is, the server's data for it, and its clock.
public struct StoredSession: Sendable, Equatable {
    /// `portal` for institutions; other kinds (analysts) share the table.
    public var kind: String
    /// Whose session it is (an institution id, an analyst's name), so all of one subject's sessions can end.
    public var subject: String
    /// The server's data for the session, as JSON text.
    public var data: String
    /// When it was created.
    public var createdAt: Date
    /// When it was last used (updated at most once a minute).
    public var lastSeenAt: Date
    /// When it ends however active it is.
    public var expiresAt: Date
}

extension SurveyStore {
    /// Sessions are looked up by the SHA-256 of their id: a copy of the database does not hold live cookies.
    static func sessionKey(_ id: String) -> String {
        CanonicalJSON.sha256(id)
    }

    /// How stale `last_seen_at` may get before a read writes it again; bounds writes to one a minute per session.
    static let sessionTouchInterval: TimeInterval = 60

    // MARK: - Writes

    /// Stores a new session; false when one with this id exists already.
    public func createSession(id: String, kind: String, subject: String, data: String, now: Date, expiresAt: Date,
                              idleLimit: TimeInterval) throws(StoreError) -> Bool {
        try perform {
            try writer.write { db in
                // Expired rows go when new ones come, so the table stays as small as the set of live sessions.
                try db.execute(sql: "DELETE FROM session WHERE expires_at <= ? OR last_seen_at <= ?",
                               arguments: [now.timeIntervalSince1970, now.timeIntervalSince1970 - idleLimit])
                guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM session WHERE id_sha256 = ?", arguments: [Self.sessionKey(id)]) == 0 else {
                    return false
                }
                try db.execute(sql: """
                    INSERT INTO session (id_sha256, kind, subject, data, created_at, last_seen_at, expires_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [Self.sessionKey(id), kind, subject, data, now.timeIntervalSince1970, now.timeIntervalSince1970,
                                     expiresAt.timeIntervalSince1970])
                return true
            }
        }
    }

    /// Replaces a live session's data (and its expiry when given); false when there is no such session.
    public func updateSession(id: String, kind: String, data: String, expiresAt: Date?) throws(StoreError) -> Bool {
        try perform {
            try writer.write { db in
                if let expiresAt {
                    try db.execute(sql: "UPDATE session SET data = ?, expires_at = ? WHERE id_sha256 = ? AND kind = ?",
                                   arguments: [data, expiresAt.timeIntervalSince1970, Self.sessionKey(id), kind])
                } else {
                    try db.execute(sql: "UPDATE session SET data = ? WHERE id_sha256 = ? AND kind = ?",
                                   arguments: [data, Self.sessionKey(id), kind])
                }
                return db.changesCount > 0
            }
        }
    }

    /// Ends a session.
    public func deleteSession(id: String, kind: String) throws(StoreError) {
        try perform {
            try writer.write { db in
                try db.execute(sql: "DELETE FROM session WHERE id_sha256 = ? AND kind = ?", arguments: [Self.sessionKey(id), kind])
            }
        }
    }

    /// Ends every session of one subject (an institution whose key was revoked, a disabled analyst).
    public func deleteSessions(kind: String, subject: String) throws(StoreError) {
        try perform {
            try writer.write { db in
                try db.execute(sql: "DELETE FROM session WHERE kind = ? AND subject = ?", arguments: [kind, subject])
            }
        }
    }

    // MARK: - Reads

    /// The live session with this id: not past its absolute expiry, and used within `idleLimit` seconds. Reading
    /// it counts as use (written back at most once a minute); a dead one is deleted and reads as nil.
    public func session(id: String, kind: String, now: Date, idleLimit: TimeInterval) throws(StoreError) -> StoredSession? {
        let key = Self.sessionKey(id)
        let row = try perform {
            try writer.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM session WHERE id_sha256 = ? AND kind = ?", arguments: [key, kind])
            }
        }
        guard let row else { return nil }
        var session = StoredSession(kind: row["kind"], subject: row["subject"], data: row["data"],
                                    createdAt: Date(timeIntervalSince1970: row["created_at"]),
                                    lastSeenAt: Date(timeIntervalSince1970: row["last_seen_at"]),
                                    expiresAt: Date(timeIntervalSince1970: row["expires_at"]))
        guard session.expiresAt > now, now.timeIntervalSince(session.lastSeenAt) < idleLimit else {
            try deleteSession(id: id, kind: kind)
            return nil
        }
        if now.timeIntervalSince(session.lastSeenAt) >= Self.sessionTouchInterval {
            session.lastSeenAt = now
            try perform {
                try writer.write { db in
                    try db.execute(sql: "UPDATE session SET last_seen_at = ? WHERE id_sha256 = ?", arguments: [now.timeIntervalSince1970, key])
                }
            }
        }
        return session
    }

    /// How many sessions of a kind are stored (live or not yet purged), for tests and `chosa status`.
    public func sessionCount(kind: String) throws(StoreError) -> Int {
        try perform { try writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM session WHERE kind = ?", arguments: [kind]) ?? 0 } }
    }
}
