import Foundation
import GRDB
import HindsightCore
import Testing

@testable import HindsightStore

/// Several writers, each with its own connection (as separate processes would have),
/// appending to one file at once.
struct ConcurrencyTests {
  typealias F = FictionalCatalog

  @Test func concurrentAppendsAllLandOnOneChain() throws {
    let temp = try TempLedger()
    defer { temp.remove() }
    // The catalog first (6 entries): evidence must be about a question that exists.
    let catalogEntries = try Ledger(path: temp.path)
      .sync(F.catalog, author: "fictional-editor", at: F.t0).count
    let writers = 4
    let perWriter = 15
    let failures = Failures()
    DispatchQueue.concurrentPerform(iterations: writers) { index in
      do {
        let ledger = try Ledger(path: temp.path)
        for _ in 0..<perWriter {
          try ledger.append(F.occurred, author: "writer-\(index)", at: F.t0)
        }
      } catch {
        failures.add("\(error)")
      }
    }
    #expect(failures.all.isEmpty)
    let ledger = try Ledger(path: temp.path)
    #expect(try ledger.count() == catalogEntries + writers * perWriter)
    let report = try ledger.verify()
    #expect(report.isOK)
    #expect(report.count == catalogEntries + writers * perWriter)
    let evidence = try ledger.entries().filter { $0.author != "fictional-editor" }
    let authors = Dictionary(grouping: evidence, by: \.author).mapValues(\.count)
    #expect(authors.count == writers)
    #expect(authors.values.allSatisfy { $0 == perWriter })
  }

  /// Writers that open a ledger nobody has created yet race its migrations (GRDB's migrator
  /// reads the applied ones before it takes the write lock). Every opener succeeds, and the
  /// file ends with each migration applied once. Repeated, since a race shows only sometimes.
  @Test func writersOpeningANewLedgerTogetherAllSucceed() throws {
    let openers = 6
    for _ in 0..<25 {
      let temp = try TempLedger()
      defer { temp.remove() }
      let failures = Failures()
      DispatchQueue.concurrentPerform(iterations: openers) { _ in
        do {
          _ = try Ledger(path: temp.path)
        } catch {
          failures.add("\(error)")
        }
      }
      #expect(failures.all.isEmpty)
      let applied = try Ledger(path: temp.path).writer.read {
        try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
      }
      #expect(applied == LedgerMigrations.identifiers)
    }
  }
}

/// `Ledger.switchingToWAL` on a new file another connection holds locked: SQLite answers
/// `SQLITE_BUSY` without waiting, and the switch is tried again until the lock goes, or its
/// timeout passes and the `SQLITE_BUSY` is thrown.
struct WALSwitchTests {
  /// A new file in rollback mode with a table, whose write lock a thread holds (an immediate
  /// transaction: others may read, not write) from when this returns until `release` is
  /// signalled.
  static func lockedFile(_ temp: TempLedger, release: DispatchSemaphore) throws -> DispatchGroup {
    let holder = try DatabaseQueue(path: temp.path)
    try holder.write { try $0.execute(sql: "CREATE TABLE t (x)") }
    let locked = DispatchSemaphore(value: 0)
    let done = DispatchGroup()
    DispatchQueue.global().async(group: done) {
      try? holder.writeWithoutTransaction { db in
        try db.inTransaction(.immediate) {
          try db.execute(sql: "INSERT INTO t VALUES (1)")
          locked.signal()
          release.wait()
          return .commit
        }
      }
    }
    locked.wait()
    return done
  }

  /// A connection that never waits on its own, as the switch meets the lock.
  static func switcher(_ path: String) throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.busyMode = .immediateError
    return try DatabaseQueue(path: path, configuration: configuration)
  }

  @Test func theSwitchWaitsForTheLockToGo() throws {
    let temp = try TempLedger()
    defer { temp.remove() }
    let release = DispatchSemaphore(value: 0)
    let done = try Self.lockedFile(temp, release: release)
    let queue = try Self.switcher(temp.path)
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { release.signal() }
    let mode = try queue.writeWithoutTransaction { try Ledger.switchingToWAL($0, timeout: 10) }
    #expect(mode == "wal")
    done.wait()
  }

  @Test func pastItsTimeoutTheSwitchThrowsTheBusyError() throws {
    let temp = try TempLedger()
    defer { temp.remove() }
    let release = DispatchSemaphore(value: 0)
    let done = try Self.lockedFile(temp, release: release)
    defer {
      release.signal()
      done.wait()
    }
    let queue = try Self.switcher(temp.path)
    let start = Date()
    let error = try #require(throws: DatabaseError.self) {
      try queue.writeWithoutTransaction { try Ledger.switchingToWAL($0, timeout: 0.3) }
    }
    #expect(error.resultCode == .SQLITE_BUSY)
    #expect(error.message == "database is locked")
    #expect(Date().timeIntervalSince(start) >= 0.3)
  }
}

/// A thread-safe list of error messages.
final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var messages: [String] = []

  func add(_ message: String) {
    lock.lock()
    defer { lock.unlock() }
    messages.append(message)
  }

  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return messages
  }
}
