import Foundation
import GRDB
import HindsightCore

/// The append-only, hash-chained SQLite ledger (see docs/ledger.md).
///
/// A file-backed ledger is one WAL-mode connection (a `DatabaseQueue`) with a 10-second busy
/// timeout, so several processes can append at once: every write is one short
/// `BEGIN IMMEDIATE` transaction that reads the chain's head inside it, and a reading command
/// never opens a write transaction. The schema is created and upgraded by `LedgerMigrations`.
public struct Ledger: Sendable {
  /// The database connection(s).
  let writer: any DatabaseWriter
  /// The file's path (":memory:" for a ledger held in memory), for messages.
  let ledgerPath: String
  /// The ledger's text form, kept level with `entries` (nil: no journal).
  public let journal: LedgerJournal?

  /// How long a write waits for another process's write transaction before giving up.
  public static let busyTimeout: TimeInterval = 10

  /// How much of the ledger file SQLite maps into memory for reading (1 GiB).
  static let mmapSize = 1 << 30

  /// Opens the ledger at `path`, creating the file and its schema when absent and applying any
  /// migration the file lacks; with a `journal`, brings the two level (`reconcileJournal()`),
  /// so a missing ledger is rebuilt from its journal with every hash checked.
  public init(path: String, journal: String? = nil) throws {
    let journal = journal.map(LedgerJournal.init(path:))
    if let journal, journal.exists, !FileManager.default.fileExists(atPath: path) {
      // A ledger about to be rebuilt: a bad journal stops it before the file is created.
      _ = try journal.read()
    }
    var configuration = Configuration()
    configuration.busyMode = .timeout(Ledger.busyTimeout)
    // What GRDB's `DatabasePool` sets up, without the empty write transaction a pool runs on
    // every open to create the WAL file for its read-only connections: one read-write
    // connection creates that file itself when it first reads.
    configuration.prepareDatabase { db in
      let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
      guard mode == "wal" else {
        throw DatabaseError(message: "could not activate WAL mode at path: \(path)")
      }
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      // Reads of a large ledger (a million imported forecasts) go through memory-mapped pages
      // instead of one read call per page.
      try db.execute(sql: "PRAGMA mmap_size = \(Ledger.mmapSize)")
    }
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    try Ledger.migrate(queue)
    self.writer = queue
    self.ledgerPath = path
    self.journal = journal
    try reconcileJournal()
  }

  /// A fresh, empty ledger held in memory (for tests and dry runs).
  public static func inMemory() throws -> Ledger {
    let queue = try DatabaseQueue()
    try Ledger.migrate(queue)
    return Ledger(writer: queue)
  }

  init(writer: any DatabaseWriter) {
    self.writer = writer
    self.ledgerPath = ":memory:"
    self.journal = nil
  }

  private static func migrate(_ writer: any DatabaseWriter) throws {
    do {
      try LedgerMigrations.migrator.migrate(writer)
    } catch {
      // Another process may have applied the same migration between our read of the applied
      // migrations and our write; a second attempt sees its work and skips it.
      try LedgerMigrations.migrator.migrate(writer)
    }
  }
}
