import Crypto
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
    try writer.read { db in
      var sql = "SELECT seq, recorded_at, payload FROM entries WHERE kind = 'bulk_import'"
      var arguments: StatementArguments = []
      if let knownBy {
        sql += " AND recorded_at <= ?"
        arguments = [Timestamp.format(knownBy)]
      }
      return try Row.fetchAll(db, sql: sql + " ORDER BY seq", arguments: arguments).compactMap {
        row in
        guard let recordedAt = Timestamp.parse(row["recorded_at"]),
          case .bulkImport(let bulk) = try CanonicalEntry.payload(fromText: row["payload"])
        else { return nil }
        return ImportRecord(seq: row["seq"], recordedAt: recordedAt, bulk: bulk)
      }
    }
  }

  /// Calls `body` with every imported forecast of the imports up to seq `maxSeq`, in import
  /// and file order, with the seq of the import that wrote it.
  ///
  /// With `full` false, only what resolving and scoring read is filled in: `speakerName`,
  /// `questionTitle`, `claim` and `tags` are left empty (and the read is faster).
  public func forEachImportedRow(
    upTo maxSeq: Int64, full: Bool = true, _ body: (Int64, FlatRow) throws -> Void
  ) throws {
    try writer.read { db in
      try Ledger.forEachImportedRow(upTo: maxSeq, full: full, in: db, body)
    }
  }

  static func forEachImportedRow(
    upTo maxSeq: Int64, full: Bool, in db: Database, _ body: (Int64, FlatRow) throws -> Void
  ) throws {
    let columns =
      full
      ? "seq, speaker, question, forecast, said_on, p, window_from, window_to, outcome, resolved_on, speaker_name, question_title, claim, tags"
      : "seq, speaker, question, forecast, said_on, p, window_from, window_to, outcome, resolved_on"
    let statement = try db.makeStatement(
      sql: "SELECT \(columns) FROM imported_forecasts WHERE seq <= ? ORDER BY rowid")
    let handle = statement.sqliteStatement
    sqlite3_bind_int64(handle, 1, maxSeq)
    defer { sqlite3_reset(handle) }
    while true {
      let code = sqlite3_step(handle)
      if code == SQLITE_DONE { break }
      guard code == SQLITE_ROW else {
        throw DatabaseError(
          resultCode: ResultCode(rawValue: code), message: "reading imported_forecasts")
      }
      func text(_ column: Int32) -> String {
        guard let pointer = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
      }
      func day(_ column: Int32) -> Day? {
        guard let pointer = sqlite3_column_text(handle, column),
          sqlite3_column_bytes(handle, column) == 10
        else { return nil }
        return FlatCSV.day(UnsafeBufferPointer(start: pointer, count: 10))
      }
      let outcome: VerdictOutcome? =
        sqlite3_column_type(handle, 8) == SQLITE_NULL ? nil : VerdictOutcome(rawValue: text(8))
      let tags = full ? text(13) : ""
      let row = FlatRow(
        speaker: text(1), speakerName: full ? text(10) : "", question: text(2),
        questionTitle: full ? text(11) : "", forecast: text(3), claim: full ? text(12) : "",
        saidOn: day(4) ?? Day(daysSinceEpoch: 0), p: sqlite3_column_double(handle, 5),
        windowFrom: day(6), windowTo: day(7), outcome: outcome, resolvedOn: day(9),
        tags: tags.isEmpty ? [] : tags.split(separator: ";").map(String.init))
      try body(sqlite3_column_int64(handle, 0), row)
    }
  }

  /// Recomputes each import's row count and row hash from `imported_forecasts`, by seq.
  static func importDigests(in db: Database) throws -> [Int64: (rows: Int, digest: String)] {
    var result: [Int64: (rows: Int, digest: String)] = [:]
    var current: Int64?
    var hasher = SHA256()
    var rows = 0
    var line: [UInt8] = []
    func finish() {
      if let current {
        result[current] = (rows, hasher.finalize().map { String(format: "%02x", $0) }.joined())
      }
    }
    try forEachImportedRow(upTo: .max, full: true, in: db) { seq, row in
      if seq != current {
        finish()
        current = seq
        hasher = SHA256()
        hasher.update(data: Array(FlatCSV.headerLine.utf8))
        rows = 0
      }
      line.removeAll(keepingCapacity: true)
      FlatCSV.appendLine(row, to: &line)
      hasher.update(data: line)
      rows += 1
    }
    finish()
    return result
  }
}

// MARK: - Imported speakers

extension Ledger {
  /// The speakers of the imports up to seq `maxSeq` (id and name, sorted by id) and the
  /// earliest day any imported forecast was made.
  public func importedSpeakers(upTo maxSeq: Int64) throws -> (
    speakers: [Speaker], firstSaidOn: Day?
  ) {
    try writer.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT speaker, MIN(speaker_name) AS name FROM imported_forecasts
          WHERE seq <= ? GROUP BY speaker ORDER BY speaker
          """, arguments: [maxSeq])
      let first = try String.fetchOne(
        db, sql: "SELECT MIN(said_on) FROM imported_forecasts WHERE seq <= ?", arguments: [maxSeq])
      return (
        rows.map {
          Speaker(id: $0["speaker"], name: $0["name"], nameEn: $0["name"], affiliations: [])
        },
        first.flatMap(Day.init)
      )
    }
  }
}
