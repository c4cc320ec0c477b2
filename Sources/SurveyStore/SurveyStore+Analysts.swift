public import Foundation
import GRDB
public import SurveyCore

/// What an analyst account may do in the workspace (DESIGN §5.8); each role includes the ones below it.
public enum AnalystRole: String, Sendable, CaseIterable, Codable, Comparable {
    /// Reads everything and downloads exports.
    case viewer
    /// Also verifies, overrides, confirms verdicts, extends deadlines, reviews replies and drafts letters.
    case analyst
    /// Also manages accounts, loads surveys and rosters, invites, issues letters and publishes the report.
    case admin

    /// viewer < analyst < admin.
    public static func < (lhs: AnalystRole, rhs: AnalystRole) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .viewer: 0
        case .analyst: 1
        case .admin: 2
        }
    }

    /// The role's name for people.
    public var label: Message {
        switch self {
        case .viewer: Message(en: "viewer", ja: "閲覧者")
        case .analyst: Message(en: "analyst", ja: "分析担当")
        case .admin: Message(en: "administrator", ja: "管理者")
        }
    }
}

/// An analyst account as listed (never with its password hash).
public struct AnalystAccount: Sendable, Equatable {
    /// The login name.
    public var name: String
    /// What it may do.
    public var role: AnalystRole
    /// Whether a password is set.
    public var hasPassword: Bool
    /// Whether the account is disabled (it cannot log in; its sessions have ended).
    public var disabled: Bool
    /// When the pending set-up link expires, if one is pending.
    public var setupExpiresAt: Date?
    /// When the account was created (stored time).
    public var createdAt: String
}

/// What login needs to know about an account.
public struct AnalystCredential: Sendable, Equatable {
    /// The role.
    public var role: AnalystRole
    /// The bcrypt hash, or nil before set-up.
    public var passwordHash: String?
    /// Whether the account is disabled.
    public var disabled: Bool
}

extension SurveyStore {
    /// The session kind of analysts in the `session` table.
    public static let analystSessionKind = "analyst"

    /// Whether `name` can name an account: 1–64 ASCII letters, digits, `.`, `_`, `-`.
    public static func isValidAnalystName(_ name: String) -> Bool {
        (1...64).contains(name.count) && name.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0))
        }
    }

    // MARK: - Writes

    /// Creates an account with a pending set-up token (stored as its SHA-256) valid until `expiresAt`, or with a
    /// password hash already set; audited.
    public func addAnalyst(name: String, role: AnalystRole, setupToken: String?, expiresAt: Date?, passwordHash: String?,
                           by actor: Actor) throws(StoreError) {
        guard Self.isValidAnalystName(name) else { throw StoreError.invalidAnalystName(name) }
        try perform {
            try writer.write { db in
                guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM analyst WHERE name = ?", arguments: [name]) == 0 else {
                    throw StoreError.analystExists(name)
                }
                try db.execute(sql: """
                    INSERT INTO analyst (name, role, password_hash, setup_sha256, setup_expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [name, role.rawValue, passwordHash, setupToken.map(CanonicalJSON.sha256),
                                     expiresAt?.timeIntervalSince1970, Timestamp.stored(actor.now)])
                try AuditLog.append(db, actor, action: "analyst.add", entity: "analyst", id: name,
                                    after: .object(["role": .string(role.rawValue), "password_set": .bool(passwordHash != nil)]))
            }
        }
    }

    /// Clears the password, ends the account's sessions and stores a new set-up token (or sets `passwordHash`
    /// directly); a disabled account is enabled again. Audited.
    public func resetAnalyst(name: String, setupToken: String?, expiresAt: Date?, passwordHash: String?, by actor: Actor) throws(StoreError) {
        try perform {
            try writer.write { db in
                try db.execute(sql: """
                    UPDATE analyst SET password_hash = ?, setup_sha256 = ?, setup_expires_at = ?, disabled = 0 WHERE name = ?
                    """, arguments: [passwordHash, setupToken.map(CanonicalJSON.sha256), expiresAt?.timeIntervalSince1970, name])
                guard db.changesCount > 0 else { throw StoreError.unknownAnalyst(name) }
                try db.execute(sql: "DELETE FROM session WHERE kind = ? AND subject = ?", arguments: [Self.analystSessionKind, name])
                try AuditLog.append(db, actor, action: "analyst.reset", entity: "analyst", id: name,
                                    after: .object(["password_set": .bool(passwordHash != nil)]))
            }
        }
    }

    /// Disables an account and ends its sessions at once; audited. Returns false when it was disabled already.
    @discardableResult
    public func disableAnalyst(name: String, by actor: Actor) throws(StoreError) -> Bool {
        try perform {
            try writer.write { db in
                guard let disabled = try Bool.fetchOne(db, sql: "SELECT disabled FROM analyst WHERE name = ?", arguments: [name]) else {
                    throw StoreError.unknownAnalyst(name)
                }
                try db.execute(sql: "DELETE FROM session WHERE kind = ? AND subject = ?", arguments: [Self.analystSessionKind, name])
                guard !disabled else { return false }
                try db.execute(sql: "UPDATE analyst SET disabled = 1, setup_sha256 = NULL, setup_expires_at = NULL WHERE name = ?",
                               arguments: [name])
                try AuditLog.append(db, actor, action: "analyst.disable", entity: "analyst", id: name)
                return true
            }
        }
    }

    /// Uses a set-up token: when it is pending, unexpired and its account enabled, stores `passwordHash`, spends
    /// the token and returns the account's name; otherwise nil and nothing changes.
    public func completeAnalystSetup(token: String, passwordHash: String, now: Date) throws(StoreError) -> String? {
        try perform {
            try writer.write { db in
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT name FROM analyst WHERE setup_sha256 = ? AND setup_expires_at > ? AND disabled = 0
                    """, arguments: [CanonicalJSON.sha256(token), now.timeIntervalSince1970]) else { return nil }
                let name: String = row["name"]
                try db.execute(sql: "UPDATE analyst SET password_hash = ?, setup_sha256 = NULL, setup_expires_at = NULL WHERE name = ?",
                               arguments: [passwordHash, name])
                try AuditLog.append(db, Actor(name, at: now), action: "analyst.password_set", entity: "analyst", id: name)
                return name
            }
        }
    }

    // MARK: - Reads

    /// Whether `token` is a pending, unexpired set-up token of an enabled account; its account's name.
    public func analystSetupAccount(token: String, now: Date) throws(StoreError) -> String? {
        try perform {
            try writer.read { db in
                try String.fetchOne(db, sql: "SELECT name FROM analyst WHERE setup_sha256 = ? AND setup_expires_at > ? AND disabled = 0",
                                    arguments: [CanonicalJSON.sha256(token), now.timeIntervalSince1970])
            }
        }
    }

    /// The account's role, hash and state, or nil when there is no such account.
    public func analystCredential(name: String) throws(StoreError) -> AnalystCredential? {
        try perform {
            try writer.read { db in
                try Row.fetchOne(db, sql: "SELECT role, password_hash, disabled FROM analyst WHERE name = ?", arguments: [name]).flatMap { row in
                    AnalystRole(rawValue: row["role"]).map { AnalystCredential(role: $0, passwordHash: row["password_hash"], disabled: row["disabled"]) }
                }
            }
        }
    }

    /// Every account, by name.
    public func analysts() throws(StoreError) -> [AnalystAccount] {
        try perform {
            try writer.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM analyst ORDER BY name").compactMap { row in
                    AnalystRole(rawValue: row["role"]).map { role in
                        AnalystAccount(name: row["name"], role: role, hasPassword: (row["password_hash"] as String?) != nil,
                                       disabled: row["disabled"], setupExpiresAt: (row["setup_expires_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
                                       createdAt: row["created_at"])
                    }
                }
            }
        }
    }
}
