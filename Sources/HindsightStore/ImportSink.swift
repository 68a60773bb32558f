import Crypto
import Foundation
import GRDB
import GRDBSQLite
import HindsightCore

/// Receives the rows of one bulk import inside its write transaction: hashes each row's
/// canonical line, inserts the accepted ones into `imported_forecasts` and collects their
/// speakers for `imported_speakers`.
public struct ImportSink: ~Copyable {
  /// The seq the import entry will have.
  public let seq: Int64
  private let statement: SQLiteStatement
  private var hasher = SHA256()
  private var pending: [UInt8] = []
  private var scratch: [UInt8] = []
  private var spans: [(column: Int32, range: Range<Int>?)] = []
  private var firstRowid: Int64?
  private var records: [Int32] = []
  private var speakers: ImportedSpeakerCollector
  /// Rows inserted so far.
  public private(set) var inserted = 0

  init(db: Database, seq: Int64) throws {
    self.seq = seq
    speakers = ImportedSpeakerCollector(seq: seq)
    let sql = """
      INSERT INTO imported_forecasts (seq, speaker, speaker_name, question, question_title,
        forecast, claim, said_on, p, window_from, window_to, outcome, resolved_on, tags)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """
    var handle: SQLiteStatement?
    let code = sqlite3_prepare_v2(db.sqliteConnection, sql, -1, &handle, nil)
    guard code == SQLITE_OK, let handle else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code), message: "cannot prepare the import")
    }
    statement = handle
    pending.reserveCapacity(1 << 16)
    pending.append(contentsOf: FlatCSV.headerLine.utf8)
  }

  deinit {
    sqlite3_finalize(statement)
  }

  /// Adds a row to the import's row hash (every parsed row, so a re-import is recognised even
  /// when its rows collide with the earlier import's ids).
  public mutating func hash(_ row: some FlatRecord) {
    FlatCSV.appendLine(row, to: &pending)
    if pending.count >= 1 << 16 { flush() }
  }

  /// Inserts an accepted row of record `record`. When its forecast id is already in the
  /// table, inserts nothing and returns where the id was first used: `.thisFile(record)` or
  /// `.earlierImport`.
  public mutating func insert(_ row: some FlatRecord, record: Int) throws -> DuplicateForecast? {
    // Every text goes into `scratch` first and is bound from there without SQLite copying it
    // (SQLITE_STATIC): the bytes stay put until the statement has run.
    scratch.removeAll(keepingCapacity: true)
    spans.removeAll(keepingCapacity: true)
    for (field, column) in ImportSink.textColumns {
      let start = scratch.count
      row.withText(field) { scratch.append(contentsOf: $0) }
      // An empty date is an absent one.
      let isNull = start == scratch.count && column >= 8 && column != 14
      spans.append((column, isNull ? nil : start..<scratch.count))
    }
    if let outcome = row.outcome {
      let start = scratch.count
      scratch.append(contentsOf: outcome.rawValue.utf8)
      spans.append((12, start..<scratch.count))
    } else {
      spans.append((12, nil))
    }
    let code = scratch.withUnsafeBufferPointer { bytes in
      sqlite3_reset(statement)
      sqlite3_bind_int64(statement, 1, seq)
      sqlite3_bind_double(statement, 9, row.p)
      for (column, range) in spans {
        guard let range else {
          sqlite3_bind_null(statement, column)
          continue
        }
        let text = UnsafeRawPointer(bytes.baseAddress! + range.lowerBound)
        sqlite3_bind_text(
          statement, column, text.assumingMemoryBound(to: CChar.self), Int32(range.count), nil)
      }
      return sqlite3_step(statement)
    }
    if code & 0xFF == SQLITE_CONSTRAINT {
      sqlite3_reset(statement)
      return try duplicate(of: row.text(.forecast))
    }
    guard code == SQLITE_DONE else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code),
        message: String(cString: sqlite3_errmsg(sqlite3_db_handle(statement))))
    }
    if firstRowid == nil { firstRowid = sqlite3_last_insert_rowid(sqlite3_db_handle(statement)) }
    records.append(Int32(truncatingIfNeeded: record))
    speakers.add(row)
    inserted += 1
    return nil
  }

  /// Writes the speakers of the inserted rows into `imported_speakers`.
  func writeSpeakers(in db: Database) throws {
    for speaker in speakers.speakers { try speaker.insert(into: db) }
  }

  private func duplicate(of forecast: String) throws -> DuplicateForecast {
    var lookup: SQLiteStatement?
    let db = sqlite3_db_handle(statement)
    sqlite3_prepare_v2(
      db, "SELECT rowid FROM imported_forecasts WHERE forecast = ?", -1, &lookup, nil)
    defer { sqlite3_finalize(lookup) }
    bind(lookup, 1, forecast)
    guard sqlite3_step(lookup) == SQLITE_ROW else {
      throw DatabaseError(
        resultCode: .SQLITE_CONSTRAINT, message: String(cString: sqlite3_errmsg(db)))
    }
    let rowid = sqlite3_column_int64(lookup, 0)
    guard let firstRowid, rowid >= firstRowid else { return .earlierImport }
    return .thisFile(record: Int(records[Int(rowid - firstRowid)]))
  }

  /// The SHA-256 of the canonical text of every hashed row, lowercase hex.
  mutating func digest() -> String {
    flush()
    return hasher.finalize().map { String(format: "%02x", $0) }.joined()
  }

  private mutating func flush() {
    hasher.update(data: pending)
    pending.removeAll(keepingCapacity: true)
  }

  private func bind(_ statement: SQLiteStatement?, _ index: Int32, _ text: String) {
    var text = text
    text.withUTF8 { bytes in
      _ = sqlite3_bind_text(
        statement, index, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
        Int32(bytes.count), ImportSink.transient)
    }
  }

  /// The text and date columns of the insert, by their parameter numbers.
  private static let textColumns: [(FlatTextField, Int32)] = [
    (.speaker, 2), (.speakerName, 3), (.question, 4), (.questionTitle, 5), (.forecast, 6),
    (.claim, 7), (.saidOn, 8), (.windowFrom, 10), (.windowTo, 11), (.resolvedOn, 13), (.tags, 14),
  ]

  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// Where a forecast id of an import was already used.
public enum DuplicateForecast: Hashable, Sendable {
  /// On this record of the same file.
  case thisFile(record: Int)
  /// By an earlier import.
  case earlierImport
}
