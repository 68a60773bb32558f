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
