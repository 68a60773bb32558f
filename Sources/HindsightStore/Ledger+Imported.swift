import Foundation
import GRDB
import GRDBSQLite
import HindsightCore

/// One bulk import as the ledger records it: its entry's seq and time, and its payload.
public struct ImportRecord: Hashable, Sendable {
  /// The import entry's seq.
  public var seq: Int64
  /// When it was recorded.
  public var recordedAt: Date
  /// What the entry says.
  public var bulk: BulkImport
}

// MARK: - Reading imported forecasts

extension Ledger {
  /// The bulk imports recorded at or before `knownBy` (all when nil), in seq order.
  public func imports(knownBy: Date? = nil) throws -> [ImportRecord] {
    try writer.read { db in try Ledger.imports(knownBy: knownBy, in: db) }
  }

  /// `select` (a query of entries with a WHERE clause) kept to the entries recorded at or
  /// before `knownBy` (all when nil), in seq order, and its arguments.
  static func entriesQuery(_ select: String, knownBy: Date?) -> (String, StatementArguments) {
    guard let knownBy else { return (select + " ORDER BY seq", []) }
    return (select + " AND recorded_at <= ? ORDER BY seq", [Timestamp.format(knownBy)])
  }

  static func imports(knownBy: Date?, in db: Database) throws -> [ImportRecord] {
    let (sql, arguments) = Ledger.entriesQuery(
      "SELECT seq, recorded_at, payload FROM entries WHERE kind = 'bulk_import'",
      knownBy: knownBy)
    let rows = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
    return try rows.compactMap { row in
      guard let recordedAt = Timestamp.parse(row["recorded_at"]),
        case .bulkImport(let bulk) = try CanonicalEntry.payload(fromText: row["payload"])
      else { return nil }
      return ImportRecord(seq: row["seq"], recordedAt: recordedAt, bulk: bulk)
    }
  }

  /// Calls `body` with every imported forecast of the imports up to seq `maxSeq` (only those
  /// about `questions`, when given), in import and file order, with the seq of the import that
  /// wrote it.
  public func forEachImportedRow(
    upTo maxSeq: Int64, questions: Set<String>? = nil, _ body: (Int64, FlatRow) throws -> Void
  ) throws {
    try writer.read { db in
      try Ledger.forEachImportedRow(upTo: maxSeq, questions: questions, in: db, body)
    }
  }

  static func forEachImportedRow(
    upTo maxSeq: Int64, questions: Set<String>? = nil, forecast: String? = nil,
    fromRowid: Int64? = nil, in db: Database, _ body: (Int64, FlatRow) throws -> Void
  ) throws {
    let filter =
      forecast != nil
      ? " AND forecast = ?"
      : fromRowid != nil
        ? " AND rowid >= ?"
        : questions == nil ? "" : " AND question IN (SELECT value FROM json_each(?))"
    // Prepared once a connection: a write's slices read a question's rows each.
    let statement = try db.cachedStatement(
      sql: """
        SELECT seq, speaker, question, forecast, said_on, p, window_from, window_to, outcome,
          resolved_on, speaker_name, question_title, claim, tags
        FROM forecasts WHERE imported = 1 AND seq <= ?\(filter) ORDER BY rowid
        """)
    if let forecast {
      try statement.setArguments([maxSeq, forecast])
    } else if let fromRowid {
      try statement.setArguments([maxSeq, fromRowid])
    } else if let questions {
      let list = JSONValue.array(questions.sorted().map(JSONValue.string)).canonicalText
      try statement.setArguments([maxSeq, list])
    } else {
      try statement.setArguments([maxSeq])
    }
    try SQLiteColumn.forEachRow(of: statement, table: "forecasts") { handle in
      func text(_ column: Int32) -> String { SQLiteColumn.text(handle, column) }
      func day(_ column: Int32) -> Day? { SQLiteColumn.day(handle, column) }
      let outcome: VerdictOutcome? =
        sqlite3_column_type(handle, 8) == SQLITE_NULL ? nil : VerdictOutcome(rawValue: text(8))
      let tags = text(13)
      let row = FlatRow(
        speaker: text(1), speakerName: text(10), question: text(2),
        questionTitle: text(11), forecast: text(3), claim: text(12),
        saidOn: day(4) ?? Day(daysSinceEpoch: 0), p: sqlite3_column_double(handle, 5),
        windowFrom: day(6), windowTo: day(7), outcome: outcome, resolvedOn: day(9),
        tags: FlatRow.tags(joined: tags))
      try body(sqlite3_column_int64(handle, 0), row)
    }
  }

  /// The outcomes imports up to seq `maxSeq` recorded for forecasts of earlier imports (only
  /// those about `question`, when given), in the order recorded, with the recording import's
  /// seq.
  static func importResolutions(upTo maxSeq: Int64, question: String? = nil, in db: Database)
    throws -> [(seq: Int64, resolution: ImportedResolution)]
  {
    var sql = """
      SELECT seq, forecast, question, outcome, resolved_on FROM import_resolutions
      WHERE seq <= ?
      """
    var arguments: StatementArguments = [maxSeq]
    if let question {
      sql += " AND question = ?"
      arguments += [question]
    }
    let rows = try Row.fetchAll(
      db.cachedStatement(sql: sql + " ORDER BY rowid"), arguments: arguments)
    return rows.compactMap { row in
      guard let outcome = VerdictOutcome(rawValue: row["outcome"]),
        let day = Day(row["resolved_on"] as String)
      else { return nil }
      return (
        row["seq"],
        ImportedResolution(
          forecast: row["forecast"], question: row["question"], outcome: outcome, resolvedOn: day)
      )
    }
  }

  /// The imported forecast with id `id` and its question, or else the imported question with
  /// that id; nil when no import holds it.
  public func importedTarget(_ id: String) throws -> (question: Question, forecast: Forecast?)? {
    try writer.read { db in
      var found: (Question, Forecast?)?
      try Ledger.forEachImportedRow(upTo: .max, forecast: id, in: db) { seq, row in
        found = (row.questionItem(importSeq: seq), row.forecastItem(importSeq: seq))
      }
      if found == nil {
        try Ledger.forEachImportedRow(upTo: .max, questions: [id], in: db) { seq, row in
          if found == nil { found = (row.questionItem(importSeq: seq), nil) }
        }
      }
      return found
    }
  }

  /// Recomputes, from the imported rows of `forecasts`, each import's row count and row hash,
  /// by seq.
  static func importFolds(in db: Database) throws -> [Int64: ImportFold] {
    var result: [Int64: ImportFold] = [:]
    var current: (seq: Int64, rows: Int, digest: RowDigest)?
    func finish() {
      guard let current else { return }
      result[current.seq] = ImportFold(rows: current.rows, digest: current.digest.finalize())
    }
    try forEachImportedRow(upTo: .max, in: db) { seq, row in
      if seq != current?.seq {
        finish()
        current = (seq, 0, RowDigest())
      }
      current?.rows += 1
      current?.digest.add(row)
    }
    finish()
    return result
  }

  /// The speakers of the imports, in the order they were first imported (each imported
  /// speaker's name serves as both its names).
  public func importedSpeakers() throws -> [Speaker] {
    try writer.read { db in
      try Row.fetchAll(
        db,
        // The speaker index alone finds each speaker's first row; ids name one thing, so a
        // speaker's rows are all imported or all from the catalog.
        sql: """
          SELECT f.speaker, f.speaker_name
          FROM (SELECT speaker, min(rowid) AS first FROM forecasts GROUP BY speaker) g
          JOIN forecasts f ON f.rowid = g.first
          WHERE f.imported = 1 ORDER BY g.first
          """
      ).map {
        Speaker(
          id: $0["speaker"], name: $0["speaker_name"], nameEn: $0["speaker_name"], affiliations: [])
      }
    }
  }

  /// The imported speakers with these ids (one indexed look-up each), by id.
  public func importedSpeakers(ids: Set<String>) throws -> [Speaker] {
    guard !ids.isEmpty else { return [] }
    return try writer.read { db in
      let list = JSONValue.array(ids.sorted().map(JSONValue.string)).canonicalText
      return try Row.fetchAll(
        db,
        sql: """
          SELECT speaker, name FROM (
            SELECT s.value AS speaker, (
              SELECT speaker_name FROM forecasts f WHERE f.speaker = s.value AND f.imported = 1
              LIMIT 1) AS name
            FROM json_each(?) s)
          WHERE name IS NOT NULL
          """, arguments: [list]
      ).map { Speaker(id: $0["speaker"], name: $0["name"], nameEn: $0["name"], affiliations: []) }
    }
  }

  /// Whether an import holds a speaker with this id.
  public func hasImportedSpeaker(_ id: String) throws -> Bool {
    try writer.read { db in
      try Bool.fetchOne(
        db, sql: "SELECT EXISTS (SELECT 1 FROM forecasts WHERE speaker = ? AND imported = 1)",
        arguments: [id]) ?? false
    }
  }

  /// The earliest day a forecast of the imports recorded by `knownBy` was made.
  public func firstImportedSaidOn(knownBy: Date) throws -> Day? {
    guard let last = try imports(knownBy: knownBy).last else { return nil }
    return try writer.read { db in
      try String.fetchOne(
        db, sql: "SELECT min(said_on) FROM forecasts WHERE imported = 1 AND seq <= ?",
        arguments: [last.seq]
      ).flatMap(Day.init)
    }
  }

  /// The earliest day any forecast of the ledger (catalog or imported) was made.
  public func firstSaidOn() throws -> Day? {
    try writer.read { db in
      try String.fetchOne(db, sql: "SELECT min(said_on) FROM forecasts").flatMap(Day.init)
    }
  }
}

/// What the rows of one import in `forecasts` add up to.
struct ImportFold {
  /// How many rows.
  var rows = 0
  /// The SHA-256 of their canonical text, lowercase hex.
  var digest = ""
}
