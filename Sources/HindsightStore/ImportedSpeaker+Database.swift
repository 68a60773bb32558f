import Foundation
import GRDB
import GRDBSQLite
import HindsightCore

extension ImportedSpeaker {
  /// Writes the speaker's row of `imported_speakers`.
  func insert(into db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO imported_speakers (seq, speaker, name, forecasts, first_said_on, scoring)
        VALUES (?, ?, ?, ?, ?, ?)
        """,
      arguments: [seq, speaker, name, count, firstSaidOn?.description ?? "", Data(scoring)])
  }

  /// Calls `body` with every row of `imported_speakers` of the imports up to seq `maxSeq`, in
  /// the order they were written (seq order and, within an import, in order of each speaker's
  /// first forecast), and with the row's `forecasts` and `first_said_on` columns.
  static func forEach(
    upTo maxSeq: Int64, in db: Database,
    _ body: (ImportedSpeaker, _ forecasts: Int, _ firstSaidOn: String) throws -> Void
  ) throws {
    // In rowid order, which needs no sort (a sort would spill the blobs to a temporary file).
    let statement = try db.makeStatement(
      sql: """
        SELECT seq, speaker, name, forecasts, first_said_on, scoring FROM imported_speakers
        WHERE seq <= ? ORDER BY rowid
        """)
    try statement.setArguments([maxSeq])
    try SQLiteColumn.forEachRow(of: statement, table: "imported_speakers") { handle in
      let count = Int(sqlite3_column_bytes(handle, 5))
      let scoring =
        sqlite3_column_blob(handle, 5).map {
          [UInt8](UnsafeRawBufferPointer(start: $0, count: count))
        } ?? []
      let speaker = ImportedSpeaker(
        seq: sqlite3_column_int64(handle, 0), speaker: SQLiteColumn.text(handle, 1),
        name: SQLiteColumn.text(handle, 2), scoring: scoring)
      try body(speaker, Int(sqlite3_column_int64(handle, 3)), SQLiteColumn.text(handle, 4))
    }
  }
}

// MARK: - Reading imported speakers

extension Ledger {
  /// Calls `body` with each speaker of the imports up to seq `maxSeq`, with the scoring records
  /// of its forecasts (from the derived table `imported_speakers`), one at a time.
  public func forEachImportedSpeaker(upTo maxSeq: Int64, _ body: (ImportedSpeaker) throws -> Void)
    throws
  {
    try writer.read { db in
      try ImportedSpeaker.forEach(upTo: maxSeq, in: db) { speaker, _, _ in try body(speaker) }
    }
  }

  /// The speakers of the imports up to seq `maxSeq` (id and name, in the order they were
  /// imported) and the earliest day any imported forecast was made.
  public func importedSpeakers(upTo maxSeq: Int64) throws -> (
    speakers: [Speaker], firstSaidOn: Day?
  ) {
    try writer.read { db in
      let rows = try Row.fetchAll(
        db, sql: "SELECT speaker, name FROM imported_speakers WHERE seq <= ? ORDER BY rowid",
        arguments: [maxSeq])
      let first = try String.fetchOne(
        db, sql: "SELECT MIN(first_said_on) FROM imported_speakers WHERE seq <= ?",
        arguments: [maxSeq])
      return (
        rows.map {
          Speaker(id: $0["speaker"], name: $0["name"], nameEn: $0["name"], affiliations: [])
        },
        first.flatMap(Day.init)
      )
    }
  }
}
