import Foundation
import GRDB
import HindsightCore
import Testing

@testable import HindsightStore

/// A ledger file is in WAL mode, and a command that only reads it writes nothing to it.
struct LedgerFileTests {
  /// Durable commits (SQLite's guidance for WAL): FULL, 2; NORMAL (1) could lose a commit
  /// already reported, and with it a published head.
  @Test func aFileLedgerIsInWALModeWithFullSync() throws {
    let temp = try TempLedger()
    defer { temp.remove() }
    let ledger = try Ledger(path: temp.path)
    #expect(try ledger.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    #expect(try ledger.writer.read { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 2)
  }

  @Test func openingAndReadingWritesNothing() throws {
    let temp = try TempLedger()
    defer { temp.remove() }
    do {
      let ledger = try Ledger(path: temp.path)
      try ledger.sync(FictionalCatalog.catalog, author: "fictional-editor", at: FictionalCatalog.t0)
      try ledger.append(
        FictionalCatalog.occurred, author: "fictional-editor", at: FictionalCatalog.t0)
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: temp.path))
    do {
      let ledger = try Ledger(path: temp.path)
      #expect(
        try ledger.sync(
          FictionalCatalog.catalog, author: "fictional-editor", at: FictionalCatalog.day(1)
        ).isEmpty)
      #expect(try ledger.entries().count > 1)
      #expect(try ledger.verify().isOK)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: temp.path)) == before)
  }
}
