import GRDB
public import SurveyCore

/// What a roster import changed.
public struct RosterImportSummary: Sendable, Equatable {
    /// Institutions new to the roster.
    public var added: Int
    /// Institutions whose names, category or contact changed.
    public var updated: Int
    /// Institutions already present as written.
    public var unchanged: Int
}

extension SurveyStore {
    // MARK: - Writes

    /// Adds new institutions and updates changed ones in one transaction; institutions missing from `entries`
    /// are kept (they may have responses). Every change is audited with its before and after.
    public func importRoster(_ entries: [RosterEntry], by actor: Actor) throws(StoreError) -> RosterImportSummary {
        let now = Timestamp.stored(actor.now)
        return try perform {
            try writer.write { db in
                var summary = RosterImportSummary(added: 0, updated: 0, unchanged: 0)
                for entry in entries {
                    let existing = try InstitutionRecord.fetchOne(db, key: entry.id)
                    var record = InstitutionRecord(id: entry.id, nameJa: entry.nameJa, nameEn: entry.nameEn, category: entry.category.rawValue,
                                                   contact: entry.contact, createdAt: existing?.createdAt ?? now, updatedAt: now)
                    record.headTitle = entry.headTitle
                    record.headName = entry.headName
                    record.contactName = entry.contactName
                    record.ministry = entry.ministry
                    if let existing {
                        record.updatedAt = existing.updatedAt
                        if record == existing {
                            summary.unchanged += 1
                            continue
                        }
                        record.updatedAt = now
                        try record.update(db)
                        try AuditLog.append(db, actor, action: "institution.update", entity: "institution", id: entry.id,
                                            before: existing.auditJSON, after: record.auditJSON)
                        summary.updated += 1
                    } else {
                        try record.insert(db)
                        try AuditLog.append(db, actor, action: "institution.add", entity: "institution", id: entry.id, after: record.auditJSON)
                        summary.added += 1
                    }
                }
                return summary
            }
        }
    }

    // MARK: - Reads

    /// The roster, ordered by id.
    public func institutions() throws(StoreError) -> [InstitutionRecord] {
        try perform { try writer.read { try InstitutionRecord.order(Column("id")).fetchAll($0) } }
    }

    /// One institution, or nil.
    public func institution(_ id: String) throws(StoreError) -> InstitutionRecord? {
        try perform { try writer.read { try InstitutionRecord.fetchOne($0, key: id) } }
    }
}

extension InstitutionRecord {
    /// The fields an audit row shows.
    var auditJSON: JSONValue {
        .object(["id": .string(id), "name_ja": .string(nameJa), "name_en": .string(nameEn), "category": .string(category), "contact": .string(contact),
                 "head_title": .string(headTitle), "head_name": .string(headName), "contact_name": .string(contactName), "ministry": .string(ministry)])
    }
}
