import GRDB

/// Migration `v2-survey-years` (DESIGN §5.10): every per-survey fact is keyed by its survey, so one database holds
/// several years. SQL only, like every migration, and never edited once shipped.
///
/// - `submission` gains `survey_id` (kept equal to its version's survey by a trigger, so the latest submission per
///   institution and survey is one index search) and `draft_revision` (the receipt's draft revision, which lived only
///   inside the audit log's JSON).
/// - `verification`, `override` and `score` gain `survey_id`; a score is one row per institution *and survey*.
///   Reviews made before this migration belong to the survey of the institution's latest submission, else to the
///   most recently loaded survey (the one `chosa verify` and `chosa override` acted on when they were recorded).
/// - `draft_save` holds each save of a draft (revision, who, when, items changed), copied from the audit log.
/// - The view `latest_submission` is the one definition of "an institution's latest submission to a survey":
///   newest by submission time, then by arrival.
enum StoreMigrationSurveyYears {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE submission_v2 (
                submission_id TEXT PRIMARY KEY NOT NULL,
                institution_id TEXT NOT NULL REFERENCES institution (id),
                survey_id TEXT NOT NULL,
                survey_version_id INTEGER NOT NULL REFERENCES survey_version (id),
                content TEXT NOT NULL,
                content_sha256 TEXT NOT NULL,
                attested_by TEXT NOT NULL,
                submitted_at TEXT NOT NULL,
                submitted_epoch_ms INTEGER NOT NULL,
                received_at TEXT NOT NULL,
                source TEXT NOT NULL CHECK (source IN ('portal', 'api', 'import')),
                draft_revision INTEGER CHECK (draft_revision IS NULL OR draft_revision >= 1)
            );
            INSERT INTO submission_v2 (submission_id, institution_id, survey_id, survey_version_id, content, content_sha256,
                                       attested_by, submitted_at, submitted_epoch_ms, received_at, source, draft_revision)
            SELECT s.submission_id, s.institution_id, v.survey_id, s.survey_version_id, s.content, s.content_sha256,
                   s.attested_by, s.submitted_at, s.submitted_epoch_ms, s.received_at, s.source,
                   (SELECT CAST(json_extract(a.after, '$.revision') AS INTEGER) FROM audit_log a
                     WHERE a.entity = 'submission' AND a.entity_id = s.submission_id AND a.action = 'submission.receipt'
                     ORDER BY a.id LIMIT 1)
            FROM submission s JOIN survey_version v ON v.id = s.survey_version_id ORDER BY s.rowid;
            DROP TABLE submission;
            ALTER TABLE submission_v2 RENAME TO submission;
            CREATE INDEX submission_latest ON submission (institution_id, survey_id, submitted_epoch_ms);
            CREATE TRIGGER submission_is_immutable BEFORE UPDATE ON submission
                BEGIN SELECT RAISE(ABORT, 'submissions are immutable'); END;
            CREATE TRIGGER submission_is_kept BEFORE DELETE ON submission
                BEGIN SELECT RAISE(ABORT, 'submissions are never deleted'); END;
            CREATE TRIGGER submission_survey_matches_version BEFORE INSERT ON submission
                WHEN NEW.survey_id IS NOT (SELECT survey_id FROM survey_version WHERE id = NEW.survey_version_id)
                BEGIN SELECT RAISE(ABORT, 'a submission''s survey_id must be its version''s survey'); END;

            CREATE VIEW latest_submission AS
                SELECT s.* FROM submission s
                WHERE s.rowid = (SELECT c.rowid FROM submission c
                                 WHERE c.institution_id = s.institution_id AND c.survey_id = s.survey_id
                                 ORDER BY c.submitted_epoch_ms DESC, c.rowid DESC LIMIT 1);

            CREATE TEMP TABLE review_survey AS
                SELECT i.id AS institution_id,
                       COALESCE((SELECT s.survey_id FROM submission s WHERE s.institution_id = i.id
                                 ORDER BY s.submitted_epoch_ms DESC, s.rowid DESC LIMIT 1),
                                (SELECT survey_id FROM survey_version ORDER BY id DESC LIMIT 1), '') AS survey_id
                FROM institution i;

            CREATE TABLE verification_v2 (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                institution_id TEXT NOT NULL REFERENCES institution (id),
                survey_id TEXT NOT NULL,
                measure_id TEXT NOT NULL,
                level TEXT NOT NULL CHECK (level IN ('E0', 'E1', 'E2', 'E3')),
                note TEXT NOT NULL,
                analyst TEXT NOT NULL,
                recorded_at TEXT NOT NULL
            );
            INSERT INTO verification_v2 (id, institution_id, survey_id, measure_id, level, note, analyst, recorded_at)
            SELECT v.id, v.institution_id, r.survey_id, v.measure_id, v.level, v.note, v.analyst, v.recorded_at
            FROM verification v JOIN review_survey r ON r.institution_id = v.institution_id ORDER BY v.id;
            DROP TABLE verification;
            ALTER TABLE verification_v2 RENAME TO verification;
            CREATE INDEX verification_by_survey ON verification (survey_id, institution_id, measure_id, id);

            CREATE TABLE override_v2 (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                institution_id TEXT NOT NULL REFERENCES institution (id),
                survey_id TEXT NOT NULL,
                measure_id TEXT NOT NULL,
                status TEXT CHECK (status IN ('met', 'partial', 'not_met', 'not_applicable')),
                evidence TEXT CHECK (evidence IN ('E0', 'E1', 'E2', 'E3')),
                reason TEXT NOT NULL,
                analyst TEXT NOT NULL,
                recorded_at TEXT NOT NULL
            );
            INSERT INTO override_v2 (id, institution_id, survey_id, measure_id, status, evidence, reason, analyst, recorded_at)
            SELECT o.id, o.institution_id, r.survey_id, o.measure_id, o.status, o.evidence, o.reason, o.analyst, o.recorded_at
            FROM override o JOIN review_survey r ON r.institution_id = o.institution_id ORDER BY o.id;
            DROP TABLE override;
            ALTER TABLE override_v2 RENAME TO override;
            CREATE INDEX override_by_survey ON override (survey_id, institution_id, measure_id, id);
            DROP TABLE review_survey;

            CREATE TABLE score_v2 (
                survey_id TEXT NOT NULL,
                institution_id TEXT NOT NULL REFERENCES institution (id),
                submission_id TEXT NOT NULL REFERENCES submission (submission_id),
                survey_version_id INTEGER NOT NULL REFERENCES survey_version (id),
                laxity REAL NOT NULL,
                verdict TEXT NOT NULL,
                confidence TEXT NOT NULL,
                card TEXT NOT NULL,
                scored_at TEXT NOT NULL,
                PRIMARY KEY (survey_id, institution_id)
            );
            INSERT INTO score_v2 (survey_id, institution_id, submission_id, survey_version_id, laxity, verdict, confidence, card, scored_at)
            SELECT v.survey_id, c.institution_id, c.submission_id, c.survey_version_id, c.laxity, c.verdict, c.confidence, c.card, c.scored_at
            FROM score c JOIN survey_version v ON v.id = c.survey_version_id;
            DROP TABLE score;
            ALTER TABLE score_v2 RENAME TO score;

            CREATE TABLE draft_save (
                institution_id TEXT NOT NULL REFERENCES institution (id),
                survey_id TEXT NOT NULL,
                revision INTEGER NOT NULL CHECK (revision >= 1),
                content_sha256 TEXT NOT NULL,
                changed TEXT NOT NULL,
                saved_at TEXT NOT NULL,
                saved_by TEXT NOT NULL,
                PRIMARY KEY (institution_id, survey_id, revision)
            );
            INSERT OR IGNORE INTO draft_save (institution_id, survey_id, revision, content_sha256, changed, saved_at, saved_by)
            SELECT substr(entity_id, 1, instr(entity_id, '/') - 1), substr(entity_id, instr(entity_id, '/') + 1),
                   CAST(json_extract(after, '$.revision') AS INTEGER), COALESCE(json_extract(after, '$.sha256'), ''),
                   COALESCE(json_extract(after, '$.changed'), '[]'), at, actor
            FROM audit_log WHERE entity = 'draft' AND action = 'draft.save' AND instr(entity_id, '/') > 0 ORDER BY id;
            """)
    }
}
