import GRDB
import SurveyCore

/// Appends audit rows inside the caller's transaction, so a change and its record commit or fail together.
enum AuditLog {
    static func append(_ db: Database, _ actor: Actor, action: String, entity: String, id: String,
                       before: JSONValue? = nil, after: JSONValue? = nil) throws {
        try db.cachedStatement(sql: "INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [StoreTime.string(actor.now), actor.name, action, entity, id, before.map(CanonicalJSON.string), after.map(CanonicalJSON.string)])
    }
}
