import GRDB

/// The ledger's schema, as numbered migrations. A migration is never edited once released;
/// a change to the schema is a new migration appended at the end.
enum LedgerMigrations {
  /// The SQLite application id of a Hindsight ledger ("HSLG"), set by `v5-application-id`.
  static let applicationID: Int32 = 0x4853_4C47

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
      // One row per speaker of each bulk import: its name, how many forecasts, the day of the
      // first, and in `scoring` what resolving and scoring need of each forecast, in ascending
      // order (`ScoringRecord`, 21 bytes each). Rows of imports made before this migration are
      // filled in from their forecasts.
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
      for speaker in try Ledger.importedSpeakers(in: db) {
        try speaker.insert(into: db)
      }
    }
    migrator.registerMigration("v5-application-id") { db in
      // Marks the file as a Hindsight ledger, so another program's database is never mistaken
      // for one (ledgers from before this migration are known by their migrations table).
      try db.execute(sql: "PRAGMA application_id = 1213418567")
    }
    return migrator
  }
}
