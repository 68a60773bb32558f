import Foundation
import GRDB
import GRDBSQLite
import HindsightCore

/// Receives the rows of one bulk import inside its write transaction: inserts the accepted
/// ones into `forecasts` with their standing resolutions, and holds the rows' digest for the
/// import entry and their questions' tags for `question_tags`.
///
/// A row whose forecast id an earlier import holds is compared with it (`EarlierImports`):
/// the same row is counted as held and not inserted, an outcome for a forecast imported without
/// one becomes a row of `import_resolutions`, and anything else is refused.
///
/// Rows come one at a time (`hash`, then `insert`) or, from a reader on another thread, as
/// batches (`insert(_:)` of an `ImportBatch`, the reader keeping `digest`).
public struct ImportSink: ~Copyable {
  /// The seq the import entry will have.
  public let seq: Int64
  /// The digest of every parsed row: the rows' digest when every row was inserted.
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
  private let earlier: EarlierImports
  /// Rows inserted so far.
  public private(set) var inserted = 0
  /// Rows the ledger already held (not inserted).
  public private(set) var held = 0
  /// Outcomes recorded for forecasts of earlier imports.
  public private(set) var resolutions = 0
  private var resolutionText = Array(ImportedResolution.headerLine.utf8)

  init(db: Database, seq: Int64) throws {
    self.seq = seq
    earlier = EarlierImports(db: db)
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

  /// A row the ledger refuses, with its record.
  public struct Refusal: Sendable {
    /// The row's record.
    public var record: Int
    /// Why.
    public var problem: ImportProblem
  }

  /// Inserts an accepted row of record `record`, after the look-ups the validator asked for;
  /// returns why the ledger refuses it, if it does.
  public mutating func insert(
    _ row: some FlatRecord, record: Int, lookUps: ImportLookUps = []
  ) throws -> Refusal? {
    var batch = ImportBatch()
    batch.append(row, record: record, lookUps: lookUps)
    let heldBefore = held + resolutions
    if let refusal = try insert(batch).first { return refusal }
    guard held + resolutions == heldBefore else { return nil }
    let question = row.text(.question)
    if tagged.insert(question).inserted {
      for tag in Set(FlatRow.tags(joined: row.text(.tags))) {
        questionTags.append((tag, question))
      }
    }
    return nil
  }

  /// Inserts a batch of accepted rows; returns those the ledger refuses (which were not
  /// inserted). A row whose forecast id an earlier import holds is not inserted either: it is
  /// held, or brings a resolution.
  public mutating func insert(_ batch: ImportBatch) throws -> [Refusal] {
    var refusals: [Refusal] = []
    for index in batch.rows.indices {
      let record = batch.rows[index].record
      let lookUps = batch.rows[index].lookUps
      if !lookUps.isEmpty {
        let row = batch.row(at: index)
        if let problem = try lookUp(lookUps, row) {
          refusals.append(Refusal(record: record, problem: problem))
          continue
        }
        // An outcome on a question an earlier import holds: a forecast the ledger holds
        // already is compared with it (which checks a new outcome against the question's);
        // a new one must agree with the question's forecasts of the same claim.
        if lookUps.contains(.settled) {
          if let finding = try earlier.compare(row) {
            try take(finding, record: record, into: &refusals)
            continue
          }
          if let problem = try earlier.settledProblem(row) {
            refusals.append(Refusal(record: record, problem: problem))
            continue
          }
        }
      }
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
      if code & 0xFF == SQLITE_CONSTRAINT {
        sqlite3_reset(statement)
        let row = batch.row(at: index)
        let finding = try earlier.compare(row) ?? .problem(EarlierImports.idInUse(row.forecast))
        try take(finding, record: record, into: &refusals)
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
      inserted += 1
    }
    return refusals
  }

  /// Whether the row's speaker and question are the ones earlier imports hold, as the validator
  /// asked; the first problem found.
  private func lookUp(_ lookUps: ImportLookUps, _ row: FlatRow) throws -> ImportProblem? {
    if lookUps.contains(.speaker), let problem = try earlier.speakerProblem(row) {
      return problem
    }
    if lookUps.contains(.question), let problem = try earlier.questionProblem(row) {
      return problem
    }
    return nil
  }

  /// Counts a row whose forecast id the ledger holds as held, records the outcome it brings, or
  /// refuses it.
  private mutating func take(
    _ finding: EarlierImports.Finding, record: Int, into refusals: inout [Refusal]
  ) throws {
    switch finding {
    case .held:
      held += 1
    case .resolution(let resolution):
      try recordResolution(resolution)
    case .problem(let problem):
      refusals.append(Refusal(record: record, problem: problem))
    }
  }

  /// Records an outcome for a forecast of an earlier import in `import_resolutions`.
  private mutating func recordResolution(_ resolution: ImportedResolution) throws {
    try earlier.db.cachedStatement(
      sql: """
        INSERT INTO import_resolutions (seq, forecast, question, outcome, resolved_on)
        VALUES (?, ?, ?, ?, ?)
        """
    ).execute(
      arguments: [
        seq, resolution.forecast, resolution.question, resolution.outcome.rawValue,
        resolution.resolvedOn.description,
      ])
    resolution.appendLine(to: &resolutionText)
    resolutions += 1
  }

  /// The SHA-256 of the inserted rows' canonical text: `digest` when every row hashed was
  /// inserted, else read back from the rows this import inserted.
  func rowsDigest(in db: Database) throws -> String {
    guard digest.count != inserted else { return digest.finalize() }
    var rows = RowDigest()
    if let firstRowid {
      try Ledger.forEachImportedRow(upTo: .max, fromRowid: firstRowid, in: db) { _, row in
        rows.add(row)
      }
    }
    return rows.finalize()
  }

  /// The SHA-256 of the recorded resolutions' canonical text; nil when there are none.
  var resolutionsDigest: String? {
    resolutions == 0 ? nil : HexDigest.sha256(String(decoding: resolutionText, as: UTF8.self))
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

  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
