import GRDB

/// Migration `v4-season` (DESIGN §5.9): what the season after submission records. SQL only; never edited once shipped.
///
/// - `institution` gains the roster's optional columns: the head's title and name (letters are addressed to them),
///   the person in charge, and the supervising ministry.
/// - `deadline_extension`: a later deadline for one institution in one survey, with the reason; the newest row counts.
/// - `verdict_confirmation`: an analyst's confirmation of one card's verdict (by the card's hash), which a verdict
///   resting on one answer (margin 1) needs before a letter is issued; a changed card needs a new confirmation.
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
            """)
    }
}
