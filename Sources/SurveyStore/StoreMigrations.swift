import GRDB

/// The schema's history. A migration is never edited once shipped: later changes are new migrations. Migrations
/// use SQL only, never app types, so old migrations keep meaning what they meant.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-store", migrate: v1)
        migrator.registerMigration("v2-survey-years", migrate: StoreMigrationSurveyYears.migrate)
        migrator.registerMigration("v3-sessions", migrate: v3Sessions)
        migrator.registerMigration("v4-season", migrate: StoreMigrationSeason.migrate)
        migrator.registerMigration("v5-analysts", migrate: StoreMigrationAnalysts.migrate)
        return migrator
    }

    private static func v1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE store_meta (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            );
            CREATE TABLE survey_version (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                survey_id TEXT NOT NULL,
                label TEXT NOT NULL,
                deadline TEXT NOT NULL,
                survey_yaml TEXT NOT NULL,
                survey_sha256 TEXT NOT NULL,
                rubric_yaml TEXT NOT NULL,
                rubric_sha256 TEXT NOT NULL,
                loaded_at TEXT NOT NULL,
                loaded_by TEXT NOT NULL,
                UNIQUE (survey_sha256, rubric_sha256)
            );
            CREATE INDEX survey_version_by_survey ON survey_version (survey_id, id);
            CREATE TABLE institution (
                id TEXT PRIMARY KEY NOT NULL,
                name_ja TEXT NOT NULL,
                name_en TEXT NOT NULL,
                category TEXT NOT NULL CHECK (category IN ('national_university', 'public_university',
                    'private_university', 'national_research_agency', 'inter_university_institute')),
                contact TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE TABLE invitation (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                institution_id TEXT NOT NULL REFERENCES institution (id),
                token_sha256 TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL,
                created_by TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                revoked_at TEXT
            );
            CREATE INDEX invitation_by_institution ON invitation (institution_id);
            CREATE TABLE draft (
                institution_id TEXT NOT NULL REFERENCES institution (id),
                survey_id TEXT NOT NULL,
                revision INTEGER NOT NULL CHECK (revision >= 1),
                content TEXT NOT NULL,
                content_sha256 TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL,
                PRIMARY KEY (institution_id, survey_id)
            );
            CREATE TABLE submission (
                submission_id TEXT PRIMARY KEY NOT NULL,
                institution_id TEXT NOT NULL REFERENCES institution (id),
                survey_version_id INTEGER NOT NULL REFERENCES survey_version (id),
                content TEXT NOT NULL,
                content_sha256 TEXT NOT NULL,
                attested_by TEXT NOT NULL,
                submitted_at TEXT NOT NULL,
                submitted_epoch_ms INTEGER NOT NULL,
                received_at TEXT NOT NULL,
                source TEXT NOT NULL CHECK (source IN ('portal', 'api', 'import'))
            );
            CREATE INDEX submission_latest ON submission (institution_id, submitted_epoch_ms);
            CREATE TRIGGER submission_is_immutable BEFORE UPDATE ON submission
                BEGIN SELECT RAISE(ABORT, 'submissions are immutable'); END;
            CREATE TRIGGER submission_is_kept BEFORE DELETE ON submission
                BEGIN SELECT RAISE(ABORT, 'submissions are never deleted'); END;
            CREATE TABLE evidence_file (
                sha256 TEXT PRIMARY KEY NOT NULL,
                size INTEGER NOT NULL,
                media_type TEXT NOT NULL,
                stored_at TEXT NOT NULL
            );
            CREATE TABLE verification (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                institution_id TEXT NOT NULL REFERENCES institution (id),
                measure_id TEXT NOT NULL,
                level TEXT NOT NULL CHECK (level IN ('E0', 'E1', 'E2', 'E3')),
                note TEXT NOT NULL,
                analyst TEXT NOT NULL,
                recorded_at TEXT NOT NULL
            );
            CREATE INDEX verification_by_institution ON verification (institution_id, measure_id, id);
            CREATE TABLE override (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                institution_id TEXT NOT NULL REFERENCES institution (id),
                measure_id TEXT NOT NULL,
                status TEXT CHECK (status IN ('met', 'partial', 'not_met', 'not_applicable')),
                evidence TEXT CHECK (evidence IN ('E0', 'E1', 'E2', 'E3')),
                reason TEXT NOT NULL,
                analyst TEXT NOT NULL,
                recorded_at TEXT NOT NULL
            );
            CREATE INDEX override_by_institution ON override (institution_id, measure_id, id);
            CREATE TABLE score (
                institution_id TEXT PRIMARY KEY NOT NULL REFERENCES institution (id),
                submission_id TEXT NOT NULL REFERENCES submission (submission_id),
                survey_version_id INTEGER NOT NULL REFERENCES survey_version (id),
                laxity REAL NOT NULL,
                verdict TEXT NOT NULL,
                confidence TEXT NOT NULL,
                card TEXT NOT NULL,
                scored_at TEXT NOT NULL
            );
            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                entity TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                before TEXT,
                after TEXT
            );
            CREATE INDEX audit_by_entity ON audit_log (entity, entity_id);
            CREATE TRIGGER audit_log_is_append_only BEFORE UPDATE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TRIGGER audit_log_is_kept BEFORE DELETE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            """)
    }
}
