import GRDB

/// Migration `v5-analysts` (DESIGN §5.8): the analyst workspace's accounts and review queue. SQL only; never edited
/// once shipped.
///
/// - `analyst`: one row per account — role, bcrypt hash of the password (none until the set-up link is used),
///   whether it is disabled, and the SHA-256 of its pending one-time set-up token with that token's expiry.
/// - `review_assignment`: the review queue's state for one institution in one survey — who it is assigned to, and
///   when and by whom it was marked done.
/// Sessions use the `session` table of v3 with kind `analyst`.
enum StoreMigrationAnalysts {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE analyst (
                name TEXT PRIMARY KEY NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('admin', 'analyst', 'viewer')),
                password_hash TEXT,
                disabled INTEGER NOT NULL DEFAULT 0,
                setup_sha256 TEXT,
                setup_expires_at REAL,
                created_at TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX analyst_by_setup ON analyst (setup_sha256) WHERE setup_sha256 IS NOT NULL;
            CREATE TABLE review_assignment (
                survey_id TEXT NOT NULL,
                institution_id TEXT NOT NULL REFERENCES institution (id),
                assignee TEXT,
                done_at TEXT,
                done_by TEXT,
                PRIMARY KEY (survey_id, institution_id)
            ) WITHOUT ROWID;
            CREATE INDEX audit_log_by_actor ON audit_log (actor, id);
            """)
    }
}
