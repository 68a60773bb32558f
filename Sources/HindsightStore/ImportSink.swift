import Crypto
import Foundation
import GRDB
import GRDBSQLite
import HindsightCore

/// Receives the rows of one bulk import inside its write transaction: hashes each row's
/// canonical line and inserts the accepted ones into `imported_forecasts`.
public struct ImportSink: ~Copyable {
  /// The seq the import entry will have.
  public let seq: Int64
  private let statement: SQLiteStatement
  private var hasher = SHA256()
  private var pending: [UInt8] = []
  private var scratch: [UInt8] = []
  private var firstRowid: Int64?
  private var records: [Int32] = []
  /// Rows inserted so far.
  public private(set) var inserted = 0

  init(db: Database, seq: Int64) throws {
    self.seq = seq
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
  public mutating func hash(_ row: FlatRow) {
    FlatCSV.appendLine(row, to: &pending)
    if pending.count >= 1 << 16 { flush() }
  }

  /// Inserts an accepted row of record `record`. When its forecast id is already in the
  /// table, inserts nothing and returns where the id was first used: `.thisFile(record)` or
  /// `.earlierImport`.
  public mutating func insert(_ row: FlatRow, record: Int) throws -> DuplicateForecast? {
    sqlite3_reset(statement)
    sqlite3_bind_int64(statement, 1, seq)
    bind(2, row.speaker)
    bind(3, row.speakerName)
    bind(4, row.question)
    bind(5, row.questionTitle)
    bind(6, row.forecast)
    bind(7, row.claim)
    bind(8, row.saidOn)
    sqlite3_bind_double(statement, 9, row.p)
    bind(10, row.windowFrom)
    bind(11, row.windowTo)
    if let outcome = row.outcome {
      bind(12, outcome.rawValue)
    } else {
      sqlite3_bind_null(statement, 12)
    }
    bind(13, row.resolvedOn)
    bind(14, row.tags.count == 1 ? row.tags[0] : row.tags.joined(separator: ";"))
    let code = sqlite3_step(statement)
    if code & 0xFF == SQLITE_CONSTRAINT {
      sqlite3_reset(statement)
      return try duplicate(of: row.forecast)
    }
    guard code == SQLITE_DONE else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code),
        message: String(cString: sqlite3_errmsg(sqlite3_db_handle(statement))))
    }
    if firstRowid == nil { firstRowid = sqlite3_last_insert_rowid(sqlite3_db_handle(statement)) }
    records.append(Int32(truncatingIfNeeded: record))
    inserted += 1
    return nil
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

  private func bind(_ index: Int32, _ text: String) {
    bind(statement, index, text)
  }

  private func bind(_ statement: SQLiteStatement?, _ index: Int32, _ text: String) {
    var text = text
    text.withUTF8 { bytes in
      _ = sqlite3_bind_text(
        statement, index, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
        Int32(bytes.count), ImportSink.transient)
    }
  }

  private mutating func bind(_ index: Int32, _ day: Day?) {
    guard let day else {
      sqlite3_bind_null(statement, index)
      return
    }
    scratch.removeAll(keepingCapacity: true)
    FlatCSV.appendDay(day, to: &scratch)
    scratch.withUnsafeBufferPointer { bytes in
      _ = sqlite3_bind_text(
        statement, index, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
        Int32(bytes.count), ImportSink.transient)
    }
  }

  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// Where a forecast id of an import was already used.
public enum DuplicateForecast: Hashable, Sendable {
  /// On this record of the same file.
  case thisFile(record: Int)
  /// By an earlier import.
  case earlierImport
}
