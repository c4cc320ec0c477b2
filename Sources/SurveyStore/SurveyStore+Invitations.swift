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

    /// An invitation from its parts.
    public init(institution: String, token: String, expiresAt: Date) {
        self.institution = institution
        self.token = token
        self.expiresAt = expiresAt
    }
}

extension SurveyStore {
    // MARK: - Writes

    /// Issues a new token to each institution, revoking any token it held, in one transaction.
    public func invite(_ institutionIDs: [String], expiresAt: Date, by actor: Actor,
                       using random: inout some RandomNumberGenerator) throws(StoreError) -> [IssuedInvitation] {
        let invitations = institutionIDs.map { IssuedInvitation(institution: $0, token: InvitationToken.generate(using: &random), expiresAt: expiresAt) }
        try issue(invitations, by: actor)
        return invitations
    }

    /// Stores the hashes of tokens generated beforehand (so the caller can write them to a file first), in one
    /// transaction, revoking each institution's earlier tokens unless `keepingEarlier` (another staff member's token).
    public func issue(_ invitations: [IssuedInvitation], by actor: Actor, keepingEarlier: Bool = false) throws(StoreError) {
        let now = Timestamp.stored(actor.now)
        try perform {
            try writer.write { db in
                for invitation in invitations {
                    let id = invitation.institution
                    let token = invitation.token
                    let expires = Timestamp.stored(invitation.expiresAt)
                    guard try InstitutionRecord.exists(db, id: id) else { throw StoreError.unknownInstitution(id) }
                    let active = keepingEarlier ? []
                        : try InvitationRecord.filter(Column("institution_id") == id && Column("revoked_at") == nil).fetchAll(db)
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
                }
            }
        }
    }

    // MARK: - Reads

    /// The institution a token admits at `now`, or nil when the token is unknown, revoked or expired.
    public func institution(forToken token: String, at now: Date) throws(StoreError) -> String? {
        try institution(forTokenHash: InvitationToken.hash(token), at: now)
    }

    /// Every invitation row (hashes only), oldest first.
    public func invitations() throws(StoreError) -> [InvitationRecord] {
        try perform { try writer.read { try InvitationRecord.order(Column("id")).fetchAll($0) } }
    }
}
