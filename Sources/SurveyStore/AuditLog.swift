import GRDB
import SurveyCore

/// Appends audit rows inside the caller's transaction, so a change and its record commit or fail together.
enum AuditLog {
    static func append(_ db: Database, _ actor: Actor, action: String, entity: String, id: String,
                       before: JSONValue? = nil, after: JSONValue? = nil) throws {
        var row = AuditRecord(id: nil, at: StoreTime.string(actor.now), actor: actor.name, action: action, entity: entity,
                              entityId: id, before: before.map(CanonicalJSON.string), after: after.map(CanonicalJSON.string))
        try row.insert(db)
    }
}
