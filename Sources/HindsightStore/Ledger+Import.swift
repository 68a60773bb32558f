import Foundation
import GRDB
import HindsightCore

// MARK: - Bulk import

extension Ledger {
  /// Imports a file of forecasts as one `bulk_import` entry, in one write transaction.
  ///
  /// `produce` is called inside the transaction with the ids the ledger already holds; it feeds
  /// every parsed row to `sink.hash` and every accepted row to `sink.insert`, and returns the
  /// problems found (`FILE:ROW: message` lines, and how many bad rows in all). A row whose
  /// forecast an earlier import holds adds nothing, or its outcome (`ImportSink`). When there
  /// are problems, the import is refused with them; when nothing is new, nothing is written
  /// and the result has no entry.
  ///
  /// - Throws: `ImportFailure`, errors of `produce`, database errors.
  ///
  /// - Parameter expectedRows: about how many rows the file holds. When it is more than the
  ///   ledger already holds and the ledger holds no imported forecasts (so nothing is looked
  ///   up while the rows go in), the secondary indexes of `forecasts` are dropped while the
  ///   rows go in and built again after them (in the same transaction): the cost stays linear
  ///   in the ledger's size, and a first large import is several times faster. When it is also
  ///   at least `rollbackImportRows`, the import is written with a rollback journal
  ///   (`writingWithRollbackJournal`).
  @discardableResult
  public func bulkImport(
    file: String, format: ImportFormat, author: String, at date: Date, expectedRows: Int = 0,
    produce: (ImportValidator.Existing, inout ImportSink) throws -> (lines: [String], count: Int)
  ) throws -> ImportResult {
    guard CanonicalEntry.isValidAuthor(author) else { throw LedgerError.invalidAuthor(author) }
    func write() throws -> ImportResult {
      try writeImport(
        file: file, format: format, author: author, at: date, expectedRows: expectedRows,
        produce: produce)
    }
    guard expectedRows >= Ledger.rollbackImportRows, !isReadOnly,
      try writer.read({ try Ledger.isFirstImport(expectedRows: expectedRows, in: $0) })
    else { return try write() }
    return try writingWithRollbackJournal(write)
  }

  /// `bulkImport`'s transaction.
  private func writeImport(
    file: String, format: ImportFormat, author: String, at date: Date, expectedRows: Int,
    produce: (ImportValidator.Existing, inout ImportSink) throws -> (lines: [String], count: Int)
  ) throws -> ImportResult {
    do {
      let result = try checkedWrite("the import") { db in
        let existing = try Ledger.existingIDs(in: db)
        let rebuildIndexes = try Ledger.isFirstImport(expectedRows: expectedRows, in: db)
        if rebuildIndexes { try db.execute(sql: LedgerMigrations.dropForecastIndexes) }
        let head = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM entries") ?? 0
        var sink = try ImportSink(db: db, seq: head + 1)
        let problems = try produce(existing, &sink)
        if problems.count > 0 {
          throw ImportFailure.badRows(file: file, lines: problems.lines, count: problems.count)
        }
        guard sink.inserted > 0 || sink.resolutions > 0 else {
          throw NothingNew(held: sink.held)
        }
        if rebuildIndexes {
          // SQLite sorts an index's keys on helper threads when allowed to; the rows are all
          // in by now, so the cores are free.
          try Ledger.sortingOnHelperThreads(db) {
            try db.execute(sql: LedgerMigrations.forecastIndexes)
          }
        }
        try sink.writeIndex(in: db)
        let payload = EntryPayload.bulkImport(
          BulkImport(
            file: file, format: format, rows: sink.inserted,
            rowsSHA256: try sink.rowsDigest(in: db),
            resolutions: sink.resolutions, resolutionsSHA256: sink.resolutionsDigest))
        let entry = try Ledger.insert(
          [payload], texts: [try CanonicalEntry.payloadText(payload)], author: author, at: date,
          in: db)[0]
        return ImportResult(
          entry: entry, forecasts: sink.inserted, resolutions: sink.resolutions, held: sink.held)
      }
      try reconcileJournal()
      return result
    } catch let nothing as NothingNew {
      return ImportResult(entry: nil, forecasts: 0, resolutions: 0, held: nothing.held)
    }
  }

  /// Whether an import of about `expectedRows` rows is a first large one: more rows than the
  /// ledger holds, into a ledger that holds no imported forecast (so nothing is looked up while
  /// the rows go in).
  private static func isFirstImport(expectedRows: Int, in db: Database) throws -> Bool {
    let held = try Int.fetchOne(db, sql: "SELECT max(rowid) FROM forecasts") ?? 0
    guard expectedRows > held else { return false }
    return try Int.fetchOne(
      db, sql: "SELECT EXISTS (SELECT 1 FROM forecasts WHERE imported = 1)") == 0
  }

  /// How many rows a first import must expect to be written with a rollback journal.
  static let rollbackImportRows = 10_000

  /// Runs `body` (a first large import) with the ledger switched from WAL to a rollback
  /// journal, then back to WAL. Under WAL every page a transaction writes is written twice, to
  /// the WAL and then, at the checkpoint, to the file; a rollback journal keeps only the pages
  /// the transaction changes, and a first import mostly adds new ones, so its rows and indexes
  /// are written once (docs/performance.md). Other processes wait for the import meanwhile,
  /// within their busy timeout, where under WAL they would read the ledger as it was.
  ///
  /// The switch needs the ledger to itself: while another connection has it open, SQLite
  /// refuses at once (`SQLITE_BUSY`), and the import runs under WAL. Should the switch back
  /// fail, the next open of the ledger makes it WAL again.
  private func writingWithRollbackJournal<T>(_ body: () throws -> T) throws -> T {
    let mode: String?
    do {
      mode = try writer.writeWithoutTransaction { db in
        try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
      }
    } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
      mode = nil
    }
    guard mode == "delete" else { return try body() }
    defer {
      _ = try? writer.writeWithoutTransaction { db in try Ledger.switchingToWAL(db) }
    }
    return try body()
  }

  /// Rolls back an import that holds nothing new.
  private struct NothingNew: Error {
    var held: Int
  }

  /// Every id the catalog items and earlier imports hold, by kind (the imported speakers and
  /// questions read from the index of each, distinct values only).
  static func existingIDs(in db: Database) throws -> ImportValidator.Existing {
    var existing = ImportValidator.Existing()
    for row in try Row.fetchAll(db, sql: "SELECT kind, id FROM catalog_items") {
      let id: String = row["id"]
      switch row["kind"] as String {
      case "speaker": existing.catalogSpeakers.insert(id)
      case "question": existing.catalogQuestions.insert(id)
      case "forecast": existing.catalogForecasts.insert(id)
      case "source": existing.catalogSources.insert(id)
      default: break
      }
    }
    existing.importedSpeakers = Set(
      try String.fetchAll(db, sql: "SELECT DISTINCT speaker FROM forecasts WHERE imported = 1"))
    existing.importedQuestions = Set(
      try String.fetchAll(db, sql: "SELECT DISTINCT question FROM forecasts WHERE imported = 1"))
    return existing
  }
}
