import GRDB

extension StoreMigrations {
    /// v3: login sessions kept in the database (so a restart logs no one out), stored under the SHA-256 of their
    /// id and typed by `kind` (`portal` for institutions; analysts' sessions use the same table), and the record
    /// of which institution uploaded which evidence file, for upload quotas.
    static func v3Sessions(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE session (
                id_sha256 TEXT PRIMARY KEY NOT NULL,
                kind TEXT NOT NULL,
                subject TEXT NOT NULL DEFAULT '',
                data TEXT NOT NULL,
                created_at REAL NOT NULL,
                last_seen_at REAL NOT NULL,
                expires_at REAL NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX session_by_expiry ON session (expires_at);
            CREATE INDEX session_by_subject ON session (kind, subject);
            CREATE TABLE evidence_upload (
                institution_id TEXT NOT NULL REFERENCES institution (id),
                survey_id TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                size INTEGER NOT NULL,
                uploaded_at TEXT NOT NULL,
                PRIMARY KEY (institution_id, survey_id, sha256)
            ) WITHOUT ROWID;
            """)
    }
}
