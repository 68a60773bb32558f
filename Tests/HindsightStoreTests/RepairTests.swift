import Foundation
import GRDB
import HindsightCore
import Testing

@testable import HindsightStore

/// An entry that cannot be read back never bricks the ledger: `repair` sets it aside with a
/// `void` entry, the chain keeps every hash, and every reader works again (FICTIONAL catalog).
struct RepairTests {
  typealias F = FictionalCatalog

  /// Appends, with a correct hash, a payload this binary cannot decode (an evidence entry
  /// without its fields), as a faulty build would have written it.
  static func appendUnreadable(to ledger: Ledger) throws {
    try ledger.writer.write { db in
      let head = try Row.fetchOne(
        db, sql: "SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1")
      let seq: Int64 = (head?["seq"] ?? 0) + 1
      let prev: String = head?["hash"] ?? CanonicalEntry.genesisHash
      let text = #"{"question":"demo-event","type":"evidence"}"#
      let time = "2025-01-05T00:00:00.000Z"
      let hash = CanonicalEntry.hash(
        prevHash: prev, seq: seq, recordedAt: time, author: "faulty-build", kind: "evidence",
        payloadText: text)
      try db.execute(
        sql: "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?)",
        arguments: [seq, time, "faulty-build", "evidence", text, prev, hash])
    }
  }

  @Test func anUnreadableEntryIsSetAsideAndTheLedgerReadsAgain() throws {
    let temp = try TempLedger()
    defer { temp.remove() }
    let journal = temp.directory.appendingPathComponent("test.jsonl").path
    let ledger = try Ledger(path: temp.path, journal: journal)
    try ledger.sync(F.catalog, author: "fictional-editor", at: F.t0)
    try Self.appendUnreadable(to: ledger)
    #expect(throws: LedgerError.self) { try ledger.entries() }
    #expect(try ledger.verify().firstBadSeq == 7)
    let headBefore = try #require(try ledger.hash(ofSeq: 7))

    #expect(
      try ledger.repair(author: "fictional-editor", at: F.day(4), reason: "Fictional.") == [7])
    let entries = try ledger.entries()
    #expect(entries.map(\.seq) == [1, 2, 3, 4, 5, 6, 8])
    #expect(entries.last?.payload == .void(Retraction(seq: 7, reason: "Fictional.")))
    #expect(try ledger.hash(ofSeq: 7) == headBefore)
    #expect(try ledger.verify().isOK)
    // The journal took both the unreadable line and its void, and still checks.
    #expect(try LedgerJournal(path: journal).verify(against: ledger).isOK)
    // The rebuilt derived tables hold the catalog: a sync of the same catalog writes nothing.
    #expect(try ledger.sync(F.catalog, author: "fictional-editor", at: F.day(5)).isEmpty)
    // Writes work again, and a second repair finds nothing.
    try ledger.append(F.occurred, author: "fictional-editor", at: F.day(6))
    #expect(try ledger.repair(author: "fictional-editor", at: F.day(7), reason: "Again.").isEmpty)
    // A ledger rebuilt from the journal skips the voided entry too.
    let rebuilt = try Ledger(
      path: temp.directory.appendingPathComponent("rebuilt.sqlite").path, journal: journal)
    #expect(try rebuilt.entries().map(\.seq) == [1, 2, 3, 4, 5, 6, 8, 9])
    #expect(try rebuilt.verify().isOK)
  }

  @Test func aVoidMustNameAnEntrySetAside() throws {
    let ledger = try Ledger.inMemory()
    try ledger.sync(F.catalog, author: "fictional-editor", at: F.t0)
    // Voiding a readable entry by hand is refused by verify: repair voids unreadable ones.
    try VerifyReferenceTests.forge(.void(Retraction(seq: 3, reason: "No.")), onto: ledger)
    let report = try ledger.verify()
    #expect(report.firstBadSeq == 7)
    #expect(
      report.problem
        == "voids entry 3, which reads back; only entries that cannot be read are set aside (retract evidence instead)"
    )
  }
}
