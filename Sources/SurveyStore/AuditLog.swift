import GRDB
import SurveyCore

/// Appends audit rows inside the caller's transaction, so a change and its record commit or fail together.
enum AuditLog {
    static func append(_ db: Database, _ actor: Actor, action: String, entity: String, id: String,
                       before: JSONValue? = nil, after: JSONValue? = nil) throws {
        try append(db, actor, action: action, entity: entity, id: id, before: before.map(CanonicalJSON.string),
                   after: after.map(CanonicalJSON.string))
    }

    /// The same, with before and after already written as canonical JSON (prepared off the writer's thread).
    static func append(_ db: Database, _ actor: Actor, action: String, entity: String, id: String, before: String?, after: String?) throws {
        try db.cachedStatement(sql: "INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [Timestamp.stored(actor.now), actor.name, action, entity, id, before, after])
    }
}
