import Foundation
import GRDB
import GRDBSQLite
import HindsightCore

/// Receives the rows of one bulk import inside its write transaction: inserts the accepted
/// ones into `forecasts` with their standing resolutions, and holds the rows' digest for the
/// import entry and their questions' tags for `question_tags`.
///
/// Rows come one at a time (`hash`, then `insert`) or, from a reader on another thread, as
/// batches (`insert(_:)` of an `ImportBatch`, the reader keeping `digest`).
public struct ImportSink: ~Copyable {
  /// The seq the import entry will have.
  public let seq: Int64
  /// The digest of every parsed row (so a re-import is recognised even when its rows collide
  /// with the earlier import's ids).
  public var digest = RowDigest()
  /// The tags of the rows' questions, sorted, for `question_tags`: rows inserted one at a
  /// time add theirs; a caller inserting batches sets those its validator collected
  /// (`ImportValidator.questionTags()`), so the rows need not be read again.
  public var questionTags: [(tag: String, question: String)] = []
  /// The questions of rows inserted one at a time whose tags are in `questionTags`.
  private var tagged: Set<String> = []
  /// The last day an accepted row's outcome was settled.
  private var lastResolvedOn = Day(daysSinceEpoch: .min)
  private let statement: SQLiteStatement
  private var firstRowid: Int64?
  private var records: [Int32] = []
  /// Rows inserted so far.
  public private(set) var inserted = 0

  init(db: Database, seq: Int64) throws {
    self.seq = seq
    let sql = """
      INSERT INTO forecasts (seq, speaker, speaker_name, question, question_title,
        forecast, claim, said_on, window_from, window_to, resolved_on, tags, p, outcome,
        status, rule, settled_on)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """
    var handle: SQLiteStatement?
    let code = sqlite3_prepare_v2(db.sqliteConnection, sql, -1, &handle, nil)
    guard code == SQLITE_OK, let handle else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code), message: "cannot prepare the import")
    }
    statement = handle
  }

  deinit {
    sqlite3_finalize(statement)
  }

  /// Adds a row to the digest.
  public mutating func hash(_ row: some FlatRecord) {
    digest.add(row)
  }

  /// Inserts an accepted row of record `record` and adds it to its speaker. When its forecast
  /// id is already in the table, inserts nothing and returns where the id was first used:
  /// `.thisFile(record)` or `.earlierImport`.
  public mutating func insert(_ row: some FlatRecord, record: Int) throws -> DuplicateForecast? {
    var batch = ImportBatch()
    batch.append(row, record: record)
    if let duplicate = try insert(batch).first { return duplicate.first }
    let question = row.text(.question)
    if tagged.insert(question).inserted {
      for tag in Set(FlatRow.tags(joined: row.text(.tags))) {
        questionTags.append((tag, question))
      }
    }
    return nil
  }

  /// A row of a batch whose forecast id was already in the table.
  public struct Duplicate: Sendable {
    /// The row's record.
    public var record: Int
    /// Its forecast id.
    public var forecast: String
    /// Whether it has an outcome.
    public var hasOutcome: Bool
    /// Where the id was first used.
    public var first: DuplicateForecast
  }

  /// Inserts a batch of accepted rows; returns those whose forecast id was already in the
  /// table (and so were not inserted).
  public mutating func insert(_ batch: ImportBatch) throws -> [Duplicate] {
    var duplicates: [Duplicate] = []
    for index in batch.rows.indices {
      // The texts are bound from the batch without SQLite copying them (SQLITE_STATIC): the
      // bytes stay put until the statement has run.
      let code = batch.bytes.withUnsafeBufferPointer { bytes in
        sqlite3_reset(statement)
        sqlite3_bind_int64(statement, 1, seq)
        for column in ImportBatch.columns.indices {
          let range = batch.range(ofRow: index, column: column)
          let parameter = Int32(column + 2)
          if range.isEmpty, ImportBatch.columns[column].isDate {
            sqlite3_bind_null(statement, parameter)
          } else {
            let text = UnsafeRawPointer(bytes.baseAddress! + range.lowerBound)
            sqlite3_bind_text(
              statement, parameter, text.assumingMemoryBound(to: CChar.self), Int32(range.count),
              nil)
          }
        }
        let row = batch.rows[index]
        sqlite3_bind_double(statement, 13, row.p)
        bindStatic(row.outcome?.rawValue, at: 14)
        // The standing resolution: the row's outcome, else waiting for a verdict.
        func day(_ column: Int) -> Day? {
          let range = batch.range(ofRow: index, column: column)
          guard range.count == 10 else { return nil }
          return FlatCSV.day(UnsafeBufferPointer(rebasing: bytes[range]))
        }
        let standing = StandingResolution.imported(
          outcome: row.outcome, resolvedOn: day(ImportSink.resolvedOnColumn),
          closesOn: day(ImportSink.windowToColumn))
        bindStatic(standing.status.rawValue, at: 15)
        bindStatic(standing.rule.rawValue, at: 16)
        if let resolvedOn = standing.resolvedOn, resolvedOn > lastResolvedOn {
          lastResolvedOn = resolvedOn
        }
        if standing.resolvedOn == nil {
          sqlite3_bind_null(statement, 17)
        } else {
          let range = batch.range(ofRow: index, column: ImportSink.resolvedOnColumn)
          let text = UnsafeRawPointer(bytes.baseAddress! + range.lowerBound)
          sqlite3_bind_text(
            statement, 17, text.assumingMemoryBound(to: CChar.self), Int32(range.count), nil)
        }
        return sqlite3_step(statement)
      }
      let record = batch.rows[index].record
      if code & 0xFF == SQLITE_CONSTRAINT {
        sqlite3_reset(statement)
        let forecast = batch.text(ofRow: index, column: 4)
        duplicates.append(
          Duplicate(
            record: record, forecast: forecast, hasOutcome: batch.rows[index].outcome != nil,
            first: try duplicate(of: forecast)))
        continue
      }
      guard code == SQLITE_DONE else {
        throw DatabaseError(
          resultCode: ResultCode(rawValue: code),
          message: String(cString: sqlite3_errmsg(sqlite3_db_handle(statement))))
      }
      if firstRowid == nil {
        firstRowid = sqlite3_last_insert_rowid(sqlite3_db_handle(statement))
      }
      records.append(Int32(truncatingIfNeeded: record))
      inserted += 1
    }
    return duplicates
  }

  /// Writes the tags of the inserted rows' questions into `question_tags`, and raises
  /// `meta.facts_through` to the last day an outcome was settled.
  func writeIndex(in db: Database) throws {
    if inserted > 0, lastResolvedOn.daysSinceEpoch != .min {
      try Ledger.raiseFactsThrough(lastResolvedOn.description, in: db)
    }
    var insert: SQLiteStatement?
    let code = sqlite3_prepare_v2(
      db.sqliteConnection, "INSERT OR IGNORE INTO question_tags (tag, question) VALUES (?, ?)",
      -1, &insert, nil)
    defer { sqlite3_finalize(insert) }
    guard code == SQLITE_OK else {
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot index tags")
    }
    for pair in questionTags {
      sqlite3_reset(insert)
      var tag = pair.tag
      var question = pair.question
      tag.withUTF8 {
        _ = sqlite3_bind_text(insert, 1, $0.baseAddress, Int32($0.count), ImportSink.transient)
      }
      question.withUTF8 {
        _ = sqlite3_bind_text(insert, 2, $0.baseAddress, Int32($0.count), ImportSink.transient)
      }
      let step = sqlite3_step(insert)
      guard step == SQLITE_DONE else {
        throw DatabaseError(resultCode: ResultCode(rawValue: step), message: "cannot index tags")
      }
    }
  }

  /// Binds a static string (an enumeration's raw value), or NULL, to parameter `index`.
  private func bindStatic(_ text: String?, at index: Int32) {
    guard let text else {
      sqlite3_bind_null(statement, index)
      return
    }
    text.withCString { _ = sqlite3_bind_text(statement, index, $0, -1, ImportSink.transient) }
  }

  private static let windowToColumn = ImportBatch.columns.firstIndex(of: .windowTo)!
  private static let resolvedOnColumn = ImportBatch.columns.firstIndex(of: .resolvedOn)!

  private func duplicate(of forecast: String) throws -> DuplicateForecast {
    var lookup: SQLiteStatement?
    let db = sqlite3_db_handle(statement)
    sqlite3_prepare_v2(
      db, "SELECT rowid FROM forecasts WHERE forecast = ?", -1, &lookup, nil)
    defer { sqlite3_finalize(lookup) }
    var forecast = forecast
    forecast.withUTF8 { bytes in
      _ = sqlite3_bind_text(
        lookup, 1, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
        Int32(bytes.count), ImportSink.transient)
    }
    guard sqlite3_step(lookup) == SQLITE_ROW else {
      throw DatabaseError(
        resultCode: .SQLITE_CONSTRAINT, message: String(cString: sqlite3_errmsg(db)))
    }
    let rowid = sqlite3_column_int64(lookup, 0)
    guard let firstRowid, rowid >= firstRowid else { return .earlierImport }
    return .thisFile(record: Int(records[Int(rowid - firstRowid)]))
  }

  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
