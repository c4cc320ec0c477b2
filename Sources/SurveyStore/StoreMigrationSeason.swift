import GRDB

/// Migration `v4-season` (DESIGN §5.9): what the season after submission records. SQL only; never edited once shipped.
///
/// - `institution` gains the roster's optional columns: the head's title and name (letters are addressed to them),
///   the person in charge, and the supervising ministry.
/// - `deadline_extension`: a later deadline for one institution in one survey, with the reason; the newest row counts.
/// - `verdict_confirmation`: an analyst's confirmation of one card's verdict (by the card's hash), which a verdict
///   resting on one answer (margin 1) needs before a letter is issued; a changed card needs a new confirmation.
/// - `letter`: an issued improvement-request letter, one per institution and survey, with its number, dates and the
///   card it was issued from; `improvement_request`: one per unmet measure of the letter, open → replied → closed;
///   `request_event`: the institution's replies and the analysts' decisions, oldest first.
enum StoreMigrationSeason {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE institution ADD COLUMN head_title TEXT NOT NULL DEFAULT '';
            ALTER TABLE institution ADD COLUMN head_name TEXT NOT NULL DEFAULT '';
            ALTER TABLE institution ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';
            ALTER TABLE institution ADD COLUMN ministry TEXT NOT NULL DEFAULT '';

            CREATE TABLE deadline_extension (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                survey_id TEXT NOT NULL,
                institution_id TEXT NOT NULL REFERENCES institution (id),
                until TEXT NOT NULL,
                reason TEXT NOT NULL,
                analyst TEXT NOT NULL,
                recorded_at TEXT NOT NULL
            );
            CREATE INDEX deadline_extension_by_institution ON deadline_extension (survey_id, institution_id, id);

            CREATE TABLE verdict_confirmation (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                survey_id TEXT NOT NULL,
                institution_id TEXT NOT NULL REFERENCES institution (id),
                submission_id TEXT NOT NULL REFERENCES submission (submission_id),
                verdict TEXT NOT NULL,
                card_sha256 TEXT NOT NULL,
                note TEXT NOT NULL,
                analyst TEXT NOT NULL,
                recorded_at TEXT NOT NULL
            );
            CREATE INDEX verdict_confirmation_by_institution ON verdict_confirmation (survey_id, institution_id, id);

            CREATE TABLE letter (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                survey_id TEXT NOT NULL,
                institution_id TEXT NOT NULL REFERENCES institution (id),
                number TEXT NOT NULL,
                issued_on TEXT NOT NULL,
                reply_by TEXT NOT NULL,
                submission_id TEXT NOT NULL REFERENCES submission (submission_id),
                verdict TEXT NOT NULL,
                card_sha256 TEXT NOT NULL,
                issued_by TEXT NOT NULL,
                issued_at TEXT NOT NULL,
                UNIQUE (survey_id, institution_id),
                UNIQUE (survey_id, number)
            );
            CREATE TABLE improvement_request (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                letter_id INTEGER NOT NULL REFERENCES letter (id),
                survey_id TEXT NOT NULL,
                institution_id TEXT NOT NULL REFERENCES institution (id),
                measure_id TEXT NOT NULL,
                critical INTEGER NOT NULL CHECK (critical IN (0, 1)),
                due TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('open', 'replied', 'closed')),
                UNIQUE (letter_id, measure_id)
            );
            CREATE INDEX improvement_request_by_institution ON improvement_request (survey_id, institution_id, id);
            CREATE TABLE request_event (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                request_id INTEGER NOT NULL REFERENCES improvement_request (id),
                kind TEXT NOT NULL CHECK (kind IN ('reply', 'accept', 'return')),
                action TEXT NOT NULL DEFAULT '',
                planned_by TEXT,
                contest_reason TEXT,
                evidence TEXT NOT NULL DEFAULT '[]',
                note TEXT NOT NULL DEFAULT '',
                actor TEXT NOT NULL,
                at TEXT NOT NULL
            );
            CREATE INDEX request_event_by_request ON request_event (request_id, id);
            CREATE TRIGGER request_event_is_kept BEFORE DELETE ON request_event
                BEGIN SELECT RAISE(ABORT, 'request history is never deleted'); END;
            """)
    }
}
