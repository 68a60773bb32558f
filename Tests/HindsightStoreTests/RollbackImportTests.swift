import Foundation
import GRDB
import HindsightCore
import Testing

@testable import HindsightStore

/// A first large import is written with a rollback journal, and leaves the ledger in WAL mode;
/// any other import is written under WAL (FICTIONAL rows).
struct RollbackImportTests {
  /// Imports `BulkImportTests.rows` as about `expectedRows` rows; returns whether SQLite's
  /// rollback journal was beside the ledger while they went in (under WAL it never is).
  static func importSeesRollbackJournal(
    _ ledger: Ledger, path: String, expectedRows: Int, rows: [FlatRow] = BulkImportTests.rows
  ) throws -> Bool {
    var sawJournal = false
    try ledger.bulkImport(
      file: "demo.csv", format: .csv, author: "fictional-editor",
      at: Date(timeIntervalSince1970: 1_700_000_000), expectedRows: expectedRows
    ) { _, sink in
      for (index, row) in rows.enumerated() {
        sink.hash(row)
        _ = try sink.insert(row, record: index + 2)
      }
      sawJournal = FileManager.default.fileExists(atPath: path + "-journal")
      return ([], 0)
    }
    return sawJournal
  }

  static func journalMode(_ ledger: Ledger) throws -> String? {
    try ledger.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
  }

  @Test func aFirstLargeImportIsWrittenWithARollbackJournalAndTheLedgerIsWALAgain() throws {
    let temp = try TempLedger()
    defer { temp.remove() }
    let ledger = try Ledger(path: temp.path)
    #expect(
      try Self.importSeesRollbackJournal(
        ledger, path: temp.path, expectedRows: Ledger.rollbackImportRows))
    #expect(try Self.journalMode(ledger) == "wal")
    #expect(!FileManager.default.fileExists(atPath: temp.path + "-journal"))
    #expect(try ledger.count() == 1)
    #expect(try ledger.verify().isOK)
    // What it wrote reads back through a new connection, as another process would see it.
    let reopened = try Ledger(path: temp.path)
    #expect(try reopened.imports(knownBy: .distantFuture).map(\.bulk.rows) == [2])
  }

  @Test func aSmallImportAndALaterLargeOneStayUnderWAL() throws {
    let temp = try TempLedger()
    defer { temp.remove() }
    let ledger = try Ledger(path: temp.path)
    #expect(
      try !Self.importSeesRollbackJournal(
        ledger, path: temp.path, expectedRows: Ledger.rollbackImportRows - 1))
    // The ledger now holds imported forecasts: a large import is not a first one.
    var third = BulkImportTests.rows[1]
    third.forecast = "f3"
    #expect(
      try !Self.importSeesRollbackJournal(
        ledger, path: temp.path, expectedRows: Ledger.rollbackImportRows, rows: [third]))
    #expect(try Self.journalMode(ledger) == "wal")
    #expect(try ledger.verify().isOK)
  }

  /// Another connection open on the ledger (another process reading it, say) keeps the switch
  /// from happening: SQLite refuses it at once, and the import goes in under WAL.
  @Test func anotherOpenConnectionKeepsTheImportUnderWAL() throws {
    let temp = try TempLedger()
    defer { temp.remove() }
    let ledger = try Ledger(path: temp.path)
    let reader = try Ledger(path: temp.path)
    _ = try reader.count()
    let started = Date()
    #expect(
      try !Self.importSeesRollbackJournal(
        ledger, path: temp.path, expectedRows: Ledger.rollbackImportRows))
    // Refused at once, not after the busy timeout.
    #expect(Date().timeIntervalSince(started) < Ledger.busyTimeout / 2)
    #expect(try reader.count() == 1)
    #expect(try Self.journalMode(ledger) == "wal")
  }
}
