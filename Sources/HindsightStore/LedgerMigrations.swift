import GRDB

/// The ledger's schema, as numbered migrations. A migration is never edited once released;
/// a change to the schema is a new migration appended at the end.
enum LedgerMigrations {
  /// The SQLite application id of a Hindsight ledger ("HSLG"), set by `v5-application-id`.
  static let applicationID: Int32 = 0x4853_4C47

  /// The secondary indexes of `forecasts`, as the newest migration that changed them
  /// (`v7-proposition-index`) leaves them. A large import drops them and creates them again
  /// once its rows are in, which is several times faster than keeping them up to date row by
  /// row.
  ///
  /// The question index holds every column a scorecard reads of an imported row, in the order
  /// it scores them (`ForecastRead.scoring`: question by question, each speaker's updates by
  /// said-on day, then rowid, which every index entry ends with), so a scorecard is one scan
  /// of the index and never reads the table.
  static let forecastIndexes = """
    CREATE INDEX forecasts_speaker ON forecasts(speaker);
    CREATE INDEX forecasts_question
      ON forecasts(\(questionIndexColumns.joined(separator: ", ")));
    CREATE INDEX forecasts_closes_on ON forecasts(closes_on);
    """

  /// The columns of the question index, in its order (`v7-proposition-index`).
  static let questionIndexColumns = [
    "question", "imported", "speaker", "said_on", "p", "window_to", "status", "rule", "settled_on",
  ]

  /// Drops the indexes of `forecastIndexes`.
  static let dropForecastIndexes = """
    DROP INDEX forecasts_speaker;
    DROP INDEX forecasts_question;
    DROP INDEX forecasts_closes_on;
    """

  /// The identifiers of every migration, in order.
  static let identifiers = migrator.migrations

  /// Every migration, in order.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-entries") { db in
      try db.execute(
        sql: """
          CREATE TABLE entries (
            seq INTEGER PRIMARY KEY,
            recorded_at TEXT NOT NULL,
            author TEXT NOT NULL,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE
          );
          CREATE INDEX entries_kind ON entries(kind, seq);
          CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries
            BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only'); END;
          CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries
            BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only'); END;
          """)
    }
    migrator.registerMigration("v2-derived") { db in
      try db.execute(
        sql: """
          CREATE TABLE catalog_items (
            kind TEXT NOT NULL,
            id TEXT NOT NULL,
            item TEXT NOT NULL,
            first_seq INTEGER NOT NULL REFERENCES entries(seq),
            last_seq INTEGER NOT NULL REFERENCES entries(seq),
            withdrawn INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (kind, id)
          );
          CREATE TABLE retracted (
            seq INTEGER PRIMARY KEY REFERENCES entries(seq),
            by_seq INTEGER NOT NULL UNIQUE REFERENCES entries(seq)
          );
          CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
          );
          """)
    }
    migrator.registerMigration("v3-imports") { db in
      // One row per imported forecast, in file order (rowid); `seq` is the bulk_import entry
      // that wrote it. Dates are YYYY-MM-DD text; `tags` is `;`-separated.
      try db.execute(
        sql: """
          CREATE TABLE imported_forecasts (
            seq INTEGER NOT NULL,
            speaker TEXT NOT NULL,
            speaker_name TEXT NOT NULL,
            question TEXT NOT NULL,
            question_title TEXT NOT NULL,
            forecast TEXT NOT NULL UNIQUE,
            claim TEXT NOT NULL,
            said_on TEXT NOT NULL,
            p REAL NOT NULL,
            window_from TEXT,
            window_to TEXT,
            outcome TEXT,
            resolved_on TEXT,
            tags TEXT NOT NULL
          );
          """)
    }
    migrator.registerMigration("v4-imported-speakers") { db in
      // One row per speaker of each bulk import, with its forecasts' scoring records. As
      // released, this migration also filled the table in from the imported rows, with the
      // application's code; `v6-forecast-index`, which every ledger reaching this one now runs
      // right after it, drops the table, so that fill was dropped from here and the migration
      // is fixed SQL.
      try db.execute(
        sql: """
          CREATE TABLE imported_speakers (
            seq INTEGER NOT NULL,
            speaker TEXT NOT NULL,
            name TEXT NOT NULL,
            forecasts INTEGER NOT NULL,
            first_said_on TEXT NOT NULL,
            scoring BLOB NOT NULL,
            PRIMARY KEY (speaker, seq)
          );
          """)
    }
    migrator.registerMigration("v5-application-id") { db in
      // Marks the file as a Hindsight ledger, so another program's database is never mistaken
      // for one (ledgers from before this migration are known by their migrations table).
      try db.execute(sql: "PRAGMA application_id = 1213418567")
    }
    migrator.registerMigration("v6-forecast-index") { db in
      // Every forecast, from the catalog or from an import, in one table, indexed by speaker,
      // question, tag and closing day, with its resolution at the ledger's head (docs/ledger.md,
      // "The forecast index"). Imported rows keep their columns and rowids (file order), so
      // their SHA-256 is unchanged; catalog rows are filled in, with every derived column, by
      // `Ledger.rebuildIndex` the first time the ledger is opened after this migration
      // (`meta.index_version` is absent until then). The scoring blobs of v4 are replaced by
      // the resolution columns.
      try db.execute(
        sql: """
          ALTER TABLE imported_forecasts RENAME TO forecasts;
          ALTER TABLE forecasts ADD COLUMN imported INTEGER NOT NULL DEFAULT 1;
          ALTER TABLE forecasts ADD COLUMN kind TEXT NOT NULL DEFAULT 'binary';
          ALTER TABLE forecasts ADD COLUMN at TEXT;
          ALTER TABLE forecasts ADD COLUMN closes_on TEXT
            GENERATED ALWAYS AS (coalesce(window_to, at)) VIRTUAL;
          ALTER TABLE forecasts ADD COLUMN status TEXT NOT NULL DEFAULT 'open';
          ALTER TABLE forecasts ADD COLUMN rule TEXT NOT NULL DEFAULT 'window-open';
          ALTER TABLE forecasts ADD COLUMN settled_on TEXT;
          ALTER TABLE forecasts ADD COLUMN flags TEXT NOT NULL DEFAULT '';
          CREATE TABLE question_tags (
            tag TEXT NOT NULL,
            question TEXT NOT NULL,
            PRIMARY KEY (tag, question)
          ) WITHOUT ROWID;
          CREATE TABLE question_entries (
            question TEXT NOT NULL,
            seq INTEGER NOT NULL,
            PRIMARY KEY (question, seq)
          ) WITHOUT ROWID;
          DROP TABLE imported_speakers;
          DELETE FROM meta WHERE key = 'index_version';
          CREATE INDEX forecasts_speaker
            ON forecasts(speaker, imported, p, said_on, window_to, status, rule);
          CREATE INDEX forecasts_question ON forecasts(question);
          CREATE INDEX forecasts_closes_on ON forecasts(closes_on);
          """)
    }
    migrator.registerMigration("v7-proposition-index") { db in
      // Scoring reads forecasts proposition by proposition, each speaker's updates in said-on
      // order (docs/methodology.md, "Propositions and updates"): the question index now holds
      // what it reads, and the speaker index only the speaker.
      try db.execute(
        sql: """
          DROP INDEX forecasts_speaker;
          DROP INDEX forecasts_question;
          CREATE INDEX forecasts_speaker ON forecasts(speaker);
          CREATE INDEX forecasts_question
            ON forecasts(question, imported, speaker, said_on, p, window_to, status, rule,
              settled_on);
          """)
    }
    migrator.registerMigration("v8-import-resolutions") { db in
      // Outcomes a bulk import recorded for forecasts an earlier import brought without one, in
      // the order recorded (rowid); `seq` is the recording bulk_import entry (docs/ledger.md,
      // "Bulk imports"). A forecast gets at most one.
      try db.execute(
        sql: """
          CREATE TABLE import_resolutions (
            seq INTEGER NOT NULL,
            forecast TEXT NOT NULL UNIQUE,
            question TEXT NOT NULL,
            outcome TEXT NOT NULL,
            resolved_on TEXT NOT NULL
          );
          CREATE INDEX import_resolutions_question ON import_resolutions(question);
          """)
    }
    return migrator
  }
}
