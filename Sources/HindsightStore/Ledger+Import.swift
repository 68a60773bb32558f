import Foundation
import GRDB
import HindsightCore

// MARK: - Bulk import

extension Ledger {
  /// Imports a file of forecasts as one `bulk_import` entry, in one write transaction.
  ///
  /// `produce` is called inside the transaction with the ids the ledger already holds; it feeds
  /// every parsed row to `sink.hash` and every accepted row to `sink.insert`, and returns the
  /// problems found; `sink.insert` finds forecast ids used twice (`FILE:ROW: message` lines, and how many bad rows in all). When the rows'
  /// hash equals an earlier import's, the import is refused as a repeat; when there are
  /// problems, it is refused with them; in both cases nothing is written.
  ///
  /// - Throws: `ImportFailure`, errors of `produce`, database errors.
  ///
  /// - Parameter expectedRows: about how many rows the file holds. When it is more than the
  ///   ledger already holds, the secondary indexes of `forecasts` are dropped while the rows
  ///   go in and built again after them (in the same transaction): the cost stays linear in
  ///   the ledger's size, and a first large import is several times faster.
  public func bulkImport(
    file: String, format: ImportFormat, author: String, at date: Date, expectedRows: Int = 0,
    produce: (ImportValidator.Existing, inout ImportSink) throws -> (lines: [String], count: Int)
  ) throws -> LedgerEntry {
    guard CanonicalEntry.isValidAuthor(author) else { throw LedgerError.invalidAuthor(author) }
    let entry = try checkedWrite("the import") { db in
      let held = try Int.fetchOne(db, sql: "SELECT max(rowid) FROM forecasts") ?? 0
      let rebuildIndexes = expectedRows > held
      if rebuildIndexes { try db.execute(sql: LedgerMigrations.dropForecastIndexes) }
      let existing = try Ledger.existingIDs(in: db)
      let head = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM entries") ?? 0
      var sink = try ImportSink(db: db, seq: head + 1)
      let problems = try produce(existing, &sink)
      let digest = sink.digest.finalize()
      let rows = sink.inserted
      if let earlier = try Ledger.importEntry(withDigest: digest, in: db) {
        throw ImportFailure.alreadyImported(file: file, seq: earlier.seq, earlierFile: earlier.file)
      }
      if problems.count > 0 {
        throw ImportFailure.badRows(file: file, lines: problems.lines, count: problems.count)
      }
      if rebuildIndexes {
        try db.execute(sql: LedgerMigrations.forecastIndexes)
      }
      try sink.writeIndex(in: db)
      let payload = EntryPayload.bulkImport(
        BulkImport(file: file, format: format, rows: rows, rowsSHA256: digest))
      return try Ledger.insert(
        [payload], texts: [try CanonicalEntry.payloadText(payload)], author: author, at: date,
        in: db)[0]
    }
    try reconcileJournal()
    return entry
  }

  /// Every id the catalog items and earlier imports hold, by kind.
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

  /// The earlier import whose rows hash to `digest`, if any.
  private static func importEntry(withDigest digest: String, in db: Database) throws
    -> (seq: Int64, file: String)?
  {
    for row in try Row.fetchAll(
      db, sql: "SELECT seq, payload FROM entries WHERE kind = 'bulk_import' ORDER BY seq")
    {
      if case .bulkImport(let bulk) = try CanonicalEntry.payload(fromText: row["payload"]),
        bulk.rowsSHA256 == digest
      {
        return (row["seq"], bulk.file)
      }
    }
    return nil
  }
}
