import Foundation
import GRDB

@testable import HindsightStore

/// A ledger file in a fresh temporary directory, removed by `remove()`.
struct TempLedger {
  let directory: URL
  var path: String { directory.appendingPathComponent("test.sqlite").path }

  init() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("hindsight-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  func remove() {
    try? FileManager.default.removeItem(at: directory)
  }
}

extension Ledger {
  /// Runs raw SQL with the append-only triggers dropped: only tests tamper with entries.
  func tamper(_ sql: String) throws {
    try writer.write { db in
      try db.execute(sql: "DROP TRIGGER IF EXISTS entries_no_update")
      try db.execute(sql: sql)
    }
  }
}
