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
  /// Whether the ledger can only be read: its file or folder is read-only (or it was rebuilt
  /// in memory from a journal in a read-only folder).
  public let isReadOnly: Bool

  /// How long a write waits for another process's write transaction before giving up.
  public static let busyTimeout: TimeInterval = 10

  /// How much of the ledger file SQLite maps into memory for reading: none. Mapped pages count
  /// in the resident set, so a whole-ledger read of a million forecasts (a 370 MB file) would
  /// pass its 300 MB budget; pages are read by `pread` into SQLite's cache instead
  /// (docs/performance.md).
  static let mmapSize = 0

  /// How many helper threads SQLite may sort with (`PRAGMA threads`) where a command sorts a
  /// whole ledger's rows (a large import's indexes, a read in proposition order): one for each
  /// processor, at most SQLite's own limit of 8.
  static let sortThreads = min(ProcessInfo.processInfo.activeProcessorCount, 8)

  /// Runs `body`, with SQLite allowed `sortThreads` helper threads for the sorts it does on
  /// `db` when `sorting`, then none again (SQLite's default).
  static func sortingOnHelperThreads<T>(
    _ db: Database, if sorting: Bool = true, _ body: () throws -> T
  ) throws -> T {
    guard sorting else { return try body() }
    try db.execute(sql: "PRAGMA threads = \(sortThreads)")
    defer { try? db.execute(sql: "PRAGMA threads = 0") }
    return try body()
  }

  /// Opens the ledger at `path`, creating the file and its schema when absent and applying any
  /// migration the file lacks; with a `journal`, brings the two level (`reconcileJournal()`),
  /// so a missing ledger is rebuilt from its journal with every hash checked.
  ///
  /// A file that is not a Hindsight ledger (another SQLite database, anything else), or one
  /// written by a newer Hindsight, is refused before anything is written to it. A ledger whose
  /// file or folder is read-only is opened for reading only (immutable, without its WAL); a
  /// missing ledger in a read-only folder is rebuilt from its journal in memory.
  ///
  /// - Throws: `LedgerError` (`cannotOpen`, `foreignDatabase`, `newerSchema`), `JournalError`.
  public init(path: String, journal: String? = nil) throws {
    let journal = journal.map(LedgerJournal.init(path:))
    switch try LedgerFile.inspect(path) {
    case .missing(creatable: true):
      // A ledger about to be rebuilt: a bad journal stops it before the file is created.
      if let journal, journal.exists { _ = try journal.read() }
      try self.init(writable: path, journal: journal)
    case .missing(creatable: false):
      guard let journal, journal.exists else {
        throw LedgerError.cannotOpen(
          path: path, reason: "it does not exist and its folder is read-only")
      }
      let queue = try DatabaseQueue()
      try Ledger.migrate(queue)
      self.init(writer: queue, path: path, journal: journal, readOnly: false)
      try reconcileJournal()
      self = Ledger(writer: queue, path: path, journal: journal, readOnly: true)
    case .existing(writable: true):
      try Ledger.rollingBackInterruptedWrite(path)
      try Ledger.checkIdentity(path: path, uri: path)
      try self.init(writable: path, journal: journal)
    case .existing(writable: false):
      if Ledger.hasRollbackJournal(path) {
        throw LedgerError.cannotOpen(
          path: path,
          reason:
            "it is read-only here and an interrupted import left its rollback journal (\(path)-journal) beside it; open it once where it can be written, which undoes the import"
        )
      }
      let wal = path + "-wal"
      if let size = try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int,
        size > 0
      {
        throw LedgerError.cannotOpen(
          path: path,
          reason:
            "it is read-only here and its WAL file holds changes not yet in it; checkpoint it where it can be written (sqlite3 \(path) 'PRAGMA wal_checkpoint')"
        )
      }
      let uri = "file:\(Ledger.uriEscaped(path))?immutable=1"
      try Ledger.checkIdentity(path: path, uri: uri)
      let queue = try Ledger.readOnlyQueue(path: path, uri: uri)
      let applied = try queue.read(Ledger.appliedMigrations)
      guard applied.count == LedgerMigrations.identifiers.count,
        try !queue.read(Ledger.indexIsStale)
      else {
        throw LedgerError.cannotOpen(
          path: path,
          reason:
            "it is read-only here and was written by an older Hindsight whose schema needs upgrading; copy it somewhere writable once"
        )
      }
      self.init(writer: queue, path: path, journal: journal, readOnly: true)
    }
  }

  /// Opens (or creates) a writable ledger file in WAL mode, migrates it and reconciles it with
  /// its journal.
  private init(writable path: String, journal: LedgerJournal?) throws {
    var configuration = Configuration()
    configuration.busyMode = .timeout(Ledger.busyTimeout)
    // What GRDB's `DatabasePool` sets up, without the empty write transaction a pool runs on
    // every open to create the WAL file for its read-only connections: one read-write
    // connection creates that file itself when it first reads.
    configuration.prepareDatabase { db in
      let mode = try Ledger.switchingToWAL(db)
      guard mode == "wal" else {
        throw DatabaseError(message: "could not activate WAL mode at path: \(path)")
      }
      // Durable commits: with NORMAL, a power cut can drop transactions already reported
      // committed (and so a head hash already published).
      try db.execute(sql: "PRAGMA synchronous = FULL")
      // No memory map (`mmapSize`): the resident set stays what the command itself holds.
      try db.execute(sql: "PRAGMA mmap_size = \(Ledger.mmapSize)")
    }
    let queue = try Ledger.opening(path) {
      try DatabaseQueue(path: path, configuration: configuration)
    }
    try Ledger.migrate(queue)
    self.init(writer: queue, path: path, journal: journal, readOnly: false)
    try reconcileJournal()
  }

  /// Whether SQLite's rollback journal, which a first large import writes
  /// (`Ledger.bulkImport`), is beside the ledger and not empty: the import was interrupted
  /// before it committed.
  static func hasRollbackJournal(_ path: String) -> Bool {
    let size = (try? FileManager.default.attributesOfItem(atPath: path + "-journal")[.size]) as? Int
    return (size ?? 0) > 0
  }

  /// Undoes a write interrupted before it committed (a first large import killed midway): its
  /// rollback journal is "hot", and SQLite rolls it back when a connection that may write
  /// first reads the file. The read-only connection that checks the file's identity cannot
  /// ("attempt to write a readonly database"), so a read-write one reads it first. What it
  /// restores is the file as it was before that write began.
  private static func rollingBackInterruptedWrite(_ path: String) throws {
    guard hasRollbackJournal(path) else { return }
    var configuration = Configuration()
    configuration.busyMode = .timeout(Ledger.busyTimeout)
    let queue = try opening(path) { try DatabaseQueue(path: path, configuration: configuration) }
    try opening(path) {
      try queue.read { _ = try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
    }
  }

  /// Runs `PRAGMA journal_mode = WAL` and returns the mode it reports. On a new file that
  /// another connection is switching at the same moment, SQLite can answer `SQLITE_BUSY` at
  /// once, without waiting in the busy handler (`ConcurrencyTests` caught it); the switch is
  /// tried again until the other connection has made the file WAL, within `timeout` (the busy
  /// timeout); after it, the `SQLITE_BUSY` is thrown.
  static func switchingToWAL(_ db: Database, timeout: TimeInterval = Ledger.busyTimeout) throws
    -> String?
  {
    let deadline = Date(timeIntervalSinceNow: timeout)
    while true {
      do {
        return try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
      } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
        guard Date() < deadline else { throw error }
        Thread.sleep(forTimeInterval: 0.001)
      }
    }
  }

  /// A fresh, empty ledger held in memory (for tests and dry runs).
  public static func inMemory() throws -> Ledger {
    let queue = try DatabaseQueue()
    try Ledger.migrate(queue)
    return Ledger(writer: queue)
  }

  init(writer: any DatabaseWriter) {
    self.init(writer: writer, path: ":memory:", journal: nil, readOnly: false)
  }

  private init(writer: any DatabaseWriter, path: String, journal: LedgerJournal?, readOnly: Bool) {
    self.writer = writer
    self.ledgerPath = path
    self.journal = journal
    self.isReadOnly = readOnly
  }

  /// Runs `open`, turning SQLite's own errors into one that names the path.
  private static func opening<T>(_ path: String, _ open: () throws -> T) throws -> T {
    do {
      return try open()
    } catch let error as DatabaseError {
      throw LedgerError.cannotOpen(
        path: path, reason: "SQLite says: \(error.message ?? "\(error)")")
    }
  }

  /// Refuses a database that is not ours, or that a newer Hindsight migrated, reading it
  /// through a read-only connection so that nothing is written to it.
  private static func checkIdentity(path: String, uri: String) throws {
    let queue = try readOnlyQueue(path: path, uri: uri)
    try opening(path) {
      try queue.read { db in
        let tables = try String.fetchAll(
          db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        // Empty, or caught while another process creates it (GRDB makes its migrations
        // table before the first migration runs).
        guard tables.contains(where: { $0 != "grdb_migrations" && !$0.hasPrefix("sqlite_") })
        else { return }
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let migrated =
          tables.contains("grdb_migrations") && tables.contains("entries")
          ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
        guard applicationID == LedgerMigrations.applicationID || migrated.contains("v1-entries")
        else { throw LedgerError.foreignDatabase(path: path) }
        let unknown = migrated.filter { !LedgerMigrations.identifiers.contains($0) }
        if !unknown.isEmpty {
          throw LedgerError.newerSchema(
            path: path, unknown: unknown, known: LedgerMigrations.identifiers.last ?? "")
        }
      }
    }
  }

  /// A read-only connection to the ledger at `uri` (`path`, or a URI of it), through which
  /// nothing is written to the file; SQLite's errors become `LedgerError.cannotOpen`.
  static func readOnlyQueue(path: String, uri: String) throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(Ledger.busyTimeout)
    return try opening(path) { try DatabaseQueue(path: uri, configuration: configuration) }
  }

  /// `path` with the characters a SQLite URI gives meaning to percent-escaped.
  private static func uriEscaped(_ path: String) -> String {
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "?#%")
    return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
  }

  /// Applies the migrations the file lacks, then rebuilds the forecast index when it is
  /// missing or of another version (`Ledger.rebuildIndex`): migrations are fixed SQL, and
  /// what only the application can compute is derived here, from the entries.
  ///
  /// Processes that open a new ledger at once race its migrations: GRDB's migrator reads the
  /// applied migrations before it takes the write lock, so one may run a migration another
  /// has just committed, and fail. Each such failure means the applied set grew, so the
  /// migrator runs again while it does (at most once for each migration) and the error is
  /// thrown only when nobody else made progress.
  static func migrate(_ writer: any DatabaseWriter) throws {
    let migrator = LedgerMigrations.migrator
    var applied = try writer.read(Ledger.appliedMigrations)
    while true {
      do {
        try migrator.migrate(writer)
        break
      } catch {
        let now = try writer.read(Ledger.appliedMigrations)
        guard now.isStrictSuperset(of: applied) else { throw error }
        applied = now
      }
    }
    guard try writer.read(Ledger.indexIsStale) else { return }
    try writer.write { db in
      if try Ledger.indexIsStale(in: db) {
        try Ledger.rebuildIndex(skipping: voided(in: db), in: db)
      }
    }
  }

  /// The identifiers of the migrations applied to `db`, none when it has no migrations table.
  /// The table is looked for before it is read, and it is never dropped, so one that another
  /// connection creates meanwhile is either not yet there or read (GRDB's `appliedIdentifiers`
  /// reads first and looks after a failure, and can find the table it just failed to read).
  static func appliedMigrations(_ db: Database) throws -> Set<String> {
    guard try db.tableExists("grdb_migrations") else { return [] }
    return try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations")
  }
}
