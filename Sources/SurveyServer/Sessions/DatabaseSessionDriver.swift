import Foundation
import Hummingbird
import SurveyStore

/// A value kept in a session that names whose session it is (an institution, an analyst).
protocol SessionSubject {
    /// The id stored in the `subject` column.
    var sessionSubject: String { get }
}

/// Hummingbird's session storage backed by the `session` table: sessions survive a restart, ids are stored only
/// as their SHA-256, and a session ends at its absolute expiry or after `idleLimit` without use, both read from
/// the injected clock. One driver serves one `kind` of session.
struct DatabaseSessionDriver: PersistDriver {
    let store: SurveyStore
    let clock: ServerClock
    let kind: String
    let idleLimit: Duration

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let data = try Self.encode(value)
        let now = clock.now()
        let expiresAt = now.addingTimeInterval(Self.seconds(expires ?? .seconds(8 * 3600)))
        let subject = (value as? any SessionSubject)?.sessionSubject ?? ""
        let (store, kind, idle) = (store, kind, Self.seconds(idleLimit))
        let created = try await BlockingWork.run { () throws(StoreError) in
            try store.createSession(id: key, kind: kind, subject: subject, data: data, now: now, expiresAt: expiresAt, idleLimit: idle)
        }
        guard created else { throw PersistError.duplicate }
    }

    /// Replaces a session's data, or stores a new one: Hummingbird saves a new session with `set`.
    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let data = try Self.encode(value)
        let now = clock.now()
        let expiresAt = expires.map { now.addingTimeInterval(Self.seconds($0)) }
        let subject = (value as? any SessionSubject)?.sessionSubject ?? ""
        let (store, kind, idle) = (store, kind, Self.seconds(idleLimit))
        try await BlockingWork.run { () throws(StoreError) in
            guard try !store.updateSession(id: key, kind: kind, data: data, expiresAt: expiresAt) else { return }
            _ = try store.createSession(id: key, kind: kind, subject: subject, data: data, now: now,
                                        expiresAt: expiresAt ?? now.addingTimeInterval(8 * 3600), idleLimit: idle)
        }
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: type)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        let now = clock.now()
        let (store, kind, idle) = (store, kind, Self.seconds(idleLimit))
        let stored = try await BlockingWork.run { () throws(StoreError) in
            try store.session(id: key, kind: kind, now: now, idleLimit: idle)
        }
        guard let stored, let object = try? JSONDecoder().decode(type, from: Data(stored.data.utf8)) else { return nil }
        return (object, .seconds(stored.expiresAt.timeIntervalSince(now)))
    }

    func remove(key: String) async throws {
        let (store, kind) = (store, kind)
        try await BlockingWork.run { () throws(StoreError) in try store.deleteSession(id: key, kind: kind) }
    }

    private static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    static func seconds(_ duration: Duration) -> TimeInterval {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
