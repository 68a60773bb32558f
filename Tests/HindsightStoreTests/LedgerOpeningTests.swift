import Foundation
import GRDB
import HindsightCore
import Testing

@testable import HindsightStore

/// What `Ledger(path:)` refuses before writing anything, and what it reads without writing.
/// Every catalog item here is FICTIONAL.
struct LedgerOpeningTests {
  let temp: TempLedger

  init() throws {
    temp = try TempLedger()
  }

  func bytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
  }

  @Test func anotherProgramsDatabaseIsLeftUntouched() throws {
    defer { temp.remove() }
    do {
      let other = try DatabaseQueue(path: temp.path)
      try other.write { try $0.execute(sql: "CREATE TABLE notes (text TEXT)") }
    }
    let before = try bytes(temp.path)
    #expect(throws: LedgerError.foreignDatabase(path: temp.path)) { try Ledger(path: temp.path) }
    #expect(try bytes(temp.path) == before)
    #expect(!FileManager.default.fileExists(atPath: temp.path + "-wal"))
  }

  @Test func aFileThatIsNotSQLiteIsNamed() throws {
    defer { temp.remove() }
    try Data("not a database\n".utf8).write(to: URL(fileURLWithPath: temp.path))
    #expect(
      throws: LedgerError.cannotOpen(
        path: temp.path, reason: "it is not a SQLite database, so not a Hindsight ledger")
    ) { try Ledger(path: temp.path) }
    #expect(throws: LedgerError.cannotOpen(path: "", reason: "the path is empty")) {
      try Ledger(path: "")
    }
    #expect(
      throws: LedgerError.cannotOpen(
        path: temp.directory.path, reason: "it is a folder, not a ledger file")
    ) { try Ledger(path: temp.directory.path) }
    let nowhere = temp.directory.appendingPathComponent("missing/ledger.sqlite").path
    #expect(
      throws: LedgerError.cannotOpen(
        path: nowhere, reason: "its folder \(temp.directory.path)/missing does not exist")
    ) { try Ledger(path: nowhere) }
  }

  @Test func aLedgerFromANewerHindsightIsRefused() throws {
    defer { temp.remove() }
    do {
      let ledger = try Ledger(path: temp.path)
      try ledger.sync(FictionalCatalog.catalog, author: "fictional-editor", at: FictionalCatalog.t0)
      try ledger.writer.write {
        try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')")
      }
    }
    #expect(
      throws: LedgerError.newerSchema(
        path: temp.path, unknown: ["v9-future"], known: "v8-import-resolutions")
    ) { try Ledger(path: temp.path) }
  }

  @Test func aNewLedgerCarriesTheApplicationID() throws {
    defer { temp.remove() }
    let ledger = try Ledger(path: temp.path)
    // 0x48534C47, "HSLG".
    #expect(
      try ledger.writer.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") }
        == 1_213_418_567)
  }

  /// A damaged page of the chain's tables stops every write; nothing is appended.
  @Test func aCorruptLedgerIsNotExtended() throws {
    defer { temp.remove() }
    do {
      let ledger = try Ledger(path: temp.path)
      try ledger.sync(FictionalCatalog.catalog, author: "fictional-editor", at: FictionalCatalog.t0)
      try ledger.writer.writeWithoutTransaction {
        _ = try $0.checkpoint(.truncate)
      }
    }
    // Overwrite the header of the page that holds the `entries` table's rows (its b-tree page
    // type and cell pointers) with garbage.
    let page = try DatabaseQueue(path: temp.path).read {
      try Int.fetchOne($0, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'entries'")
    }
    let pageSize = 4096
    let handle = try FileHandle(forUpdating: URL(fileURLWithPath: temp.path))
    try handle.seek(toOffset: UInt64((try #require(page) - 1) * pageSize))
    try handle.write(contentsOf: Data(repeating: 0xFF, count: 12))
    try handle.close()
    let ledger = try Ledger(path: temp.path)
    #expect(throws: LedgerError.self) {
      try ledger.append(FictionalCatalog.occurred, author: "fictional-editor", at: .now)
    }
    do {
      try ledger.append(FictionalCatalog.occurred, author: "fictional-editor", at: .now)
    } catch let LedgerError.corrupt(path, _) {
      #expect(path == temp.path)
    } catch {
      Issue.record("expected LedgerError.corrupt, got \(error)")
    }
  }
}
