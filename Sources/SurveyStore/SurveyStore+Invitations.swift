public import Foundation
import GRDB
import SurveyCore

/// A token issued to an institution: returned once, to be written to the invitation file, and never stored.
public struct IssuedInvitation: Sendable, Equatable {
    /// The institution invited.
    public var institution: String
    /// The token in clear.
    public var token: String
    /// The last moment it works.
    public var expiresAt: Date
}

extension SurveyStore {
    // MARK: - Writes

    /// Issues a new token to each institution, revoking any token it held, in one transaction.
    public func invite(_ institutionIDs: [String], expiresAt: Date, by actor: Actor,
                       using random: inout some RandomNumberGenerator) throws(StoreError) -> [IssuedInvitation] {
        let tokens = institutionIDs.map { _ in InvitationToken.generate(using: &random) }
        let now = StoreTime.string(actor.now)
        let expires = StoreTime.string(expiresAt)
        return try perform {
            try writer.write { db in
                var issued: [IssuedInvitation] = []
                for (id, token) in zip(institutionIDs, tokens) {
                    guard try InstitutionRecord.exists(db, key: id) else { throw StoreError.unknownInstitution(id) }
                    let active = try InvitationRecord.filter(Column("institution_id") == id && Column("revoked_at") == nil).fetchAll(db)
                    for var old in active {
                        old.revokedAt = now
                        try old.update(db)
                        try AuditLog.append(db, actor, action: "invitation.revoke", entity: "invitation", id: String(old.id ?? 0),
                                            before: .object(["revoked_at": .null]), after: .object(["revoked_at": .string(now)]))
                    }
                    var record = InvitationRecord(id: nil, institutionId: id, tokenSha256: InvitationToken.hash(token), createdAt: now,
                                                  createdBy: actor.name, expiresAt: expires, revokedAt: nil)
                    try record.insert(db)
                    try AuditLog.append(db, actor, action: "invitation.issue", entity: "invitation", id: String(record.id ?? 0), after: .object([
                        "institution": .string(id), "token_sha256": .string(record.tokenSha256), "expires_at": .string(expires),
                    ]))
                    issued.append(IssuedInvitation(institution: id, token: token, expiresAt: expiresAt))
                }
                return issued
            }
        }
    }

    // MARK: - Reads

    /// The institution a token admits at `now`, or nil when the token is unknown, revoked or expired.
    public func institution(forToken token: String, at now: Date) throws(StoreError) -> String? {
        let hash = InvitationToken.hash(token)
        let record = try perform { try writer.read { try InvitationRecord.filter(Column("token_sha256") == hash).fetchOne($0) } }
        guard let record, record.revokedAt == nil, record.expiresAt >= StoreTime.string(now) else { return nil }
        return record.institutionId
    }

    /// Every invitation row (hashes only), oldest first.
    public func invitations() throws(StoreError) -> [InvitationRecord] {
        try perform { try writer.read { try InvitationRecord.order(Column("id")).fetchAll($0) } }
    }
}
