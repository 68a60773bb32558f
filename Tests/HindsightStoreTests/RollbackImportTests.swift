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

  /// A first import killed before it commits leaves the ledger and its hot rollback journal.
  /// The image of the two files taken midway (copied while the import's transaction is open,
  /// once its changes have spilled into the file) opens as the ledger was before the import:
  /// SQLite rolls the journal back, where the read-only identity check alone could not.
  @Test func anInterruptedFirstImportIsUndoneOnTheNextOpen() throws {
    let temp = try TempLedger()
    let image = try TempLedger()
    defer {
      temp.remove()
      image.remove()
    }
    let ledger = try Ledger(path: temp.path)
    // Enough text to outgrow SQLite's 2 MB page cache, so that pages reach the file.
    let rows = (0..<3_000).map { index in
      var row = BulkImportTests.rows[1]
      row.forecast = "f\(index)"
      row.claim = String(repeating: "fictional ", count: 100)
      return row
    }
    var journal = 0
    _ = try ledger.bulkImport(
      file: "demo.csv", format: .csv, author: "fictional-editor",
      at: Date(timeIntervalSince1970: 1_700_000_000), expectedRows: Ledger.rollbackImportRows
    ) { _, sink in
      for (index, row) in rows.enumerated() {
        sink.hash(row)
        _ = try sink.insert(row, record: index + 2)
      }
      for suffix in ["", "-journal"] {
        try FileManager.default.copyItem(atPath: temp.path + suffix, toPath: image.path + suffix)
      }
      journal =
        (try FileManager.default.attributesOfItem(atPath: image.path + "-journal")[.size] as? Int)
        ?? 0
      return ([], 0)
    }
    #expect(journal > 0)
    let reopened = try Ledger(path: image.path)
    #expect(try reopened.count() == 0)
    #expect(try reopened.verify().isOK)
    #expect(try Self.journalMode(reopened) == "wal")
    #expect(!FileManager.default.fileExists(atPath: image.path + "-journal"))
    // The import can be run again there.
    #expect(
      try Self.importSeesRollbackJournal(
        reopened, path: image.path, expectedRows: Ledger.rollbackImportRows))
    #expect(try reopened.count() == 1)
  }
}
