import Foundation
import HindsightCore
import Testing

@testable import HindsightStore

/// Appending and reading entries on a fresh in-memory ledger (fictional data).
struct LedgerTests {
  typealias F = FictionalCatalog

  @Test func appendAndReadBack() throws {
    let ledger = try Ledger.inMemory()
    #expect(try ledger.head() == nil)
    let written = try ledger.append(
      [.catalogAdd(.source(F.source)), F.occurred], author: "fictional-editor", at: F.t0)
    #expect(written.map(\.seq) == [1, 2])
    #expect(try ledger.entries() == written)
    #expect(try ledger.entry(seq: 2) == written[1])
    #expect(try ledger.entry(seq: 3) == nil)
    #expect(try ledger.count() == 2)
    #expect(written[0].recordedAt == F.t0)
    #expect(try ledger.head()?.seq == 2)
    #expect(try ledger.head()?.hash == written[1].hash)
  }

  @Test func entriesChain() throws {
    let ledger = try Ledger.inMemory()
    try ledger.append(F.occurred, author: "a", at: F.t0)
    try ledger.append([F.occurred, F.occurred], author: "b", at: F.day(1))
    let entries = try ledger.entries()
    #expect(entries[0].prevHash == CanonicalEntry.genesisHash)
    #expect(entries[1].prevHash == entries[0].hash)
    #expect(entries[2].prevHash == entries[1].hash)
    for entry in entries {
      let text = try CanonicalEntry.payloadText(entry.payload)
      #expect(
        entry.hash
          == CanonicalEntry.hash(
            prevHash: entry.prevHash, seq: entry.seq,
            recordedAt: Timestamp.format(entry.recordedAt), author: entry.author,
            kind: CanonicalEntry.kind(of: entry.payload), payloadText: text))
    }
    #expect(Set(entries.map(\.hash)).count == 3)
  }

  @Test func knownByCutsTransactionTime() throws {
    let ledger = try Ledger.inMemory()
    try ledger.append(F.occurred, author: "a", at: F.t0)
    try ledger.append(F.occurred, author: "a", at: F.day(2))
    #expect(try ledger.entries(knownBy: F.day(1)).map(\.seq) == [1])
    #expect(try ledger.entries(knownBy: F.t0).map(\.seq) == [1])
    #expect(try ledger.entries(knownBy: F.t0.addingTimeInterval(-1)).isEmpty)
    #expect(try ledger.entries(knownBy: F.day(2)).map(\.seq) == [1, 2])
  }

  @Test func recordedAtNeverRunsBackwards() throws {
    let ledger = try Ledger.inMemory()
    try ledger.append(F.occurred, author: "a", at: F.day(1))
    let late = try ledger.append(F.occurred, author: "a", at: F.t0)
    #expect(late.recordedAt == F.day(1))
  }

  @Test func retractionRules() throws {
    let ledger = try Ledger.inMemory()
    try ledger.append(
      [.catalogAdd(.source(F.source)), F.occurred], author: "a", at: F.t0)
    #expect(throws: LedgerError.noSuchEntry(seq: 7, head: 2)) {
      try ledger.append(.retraction(Retraction(seq: 7, reason: "r")), author: "a", at: F.t0)
    }
    #expect(throws: LedgerError.notRetractable(seq: 1, kind: "catalog_add")) {
      try ledger.append(.retraction(Retraction(seq: 1, reason: "r")), author: "a", at: F.t0)
    }
    try ledger.append(.retraction(Retraction(seq: 2, reason: "r")), author: "a", at: F.t0)
    #expect(try ledger.retractions() == [2: 3])
    #expect(throws: LedgerError.alreadyRetracted(seq: 2, bySeq: 3)) {
      try ledger.append(.retraction(Retraction(seq: 2, reason: "again")), author: "a", at: F.t0)
    }
    #expect(try ledger.count() == 3)
  }

  @Test func failedBatchWritesNothing() throws {
    let ledger = try Ledger.inMemory()
    #expect(throws: LedgerError.self) {
      try ledger.append(
        [
          F.occurred, .retraction(Retraction(seq: 1, reason: "r")),
          .retraction(Retraction(seq: 1, reason: "twice")),
        ], author: "a", at: F.t0)
    }
    #expect(try ledger.count() == 0)
  }

  @Test func badAuthorIsRefused() throws {
    let ledger = try Ledger.inMemory()
    #expect(throws: LedgerError.invalidAuthor("a\nb")) {
      try ledger.append(F.occurred, author: "a\nb", at: F.t0)
    }
    #expect(throws: LedgerError.invalidAuthor("")) {
      try ledger.append(F.occurred, author: "", at: F.t0)
    }
  }

  @Test func errorMessagesNameTheValue() {
    #expect(
      LedgerError.noSuchEntry(seq: 9, head: 4).errorDescription
        == "Entry 9 does not exist: the ledger's entries run from 1 to 4.")
    #expect(
      LedgerError.alreadyRetracted(seq: 2, bySeq: 5).errorDescription
        == "Entry 2 was already retracted by entry 5; nothing more to withdraw.")
  }

  @Test func exportsJSONLines() throws {
    let ledger = try Ledger.inMemory()
    try ledger.append(.withdrawal(forecast: "ada-demo-2025"), author: "fictional-editor", at: F.t0)
    var out = ""
    try ledger.exportJSONLines(to: &out)
    // The hash is the one in CanonicalEntryTests.knownHash (computed with Python's hashlib).
    #expect(
      out
        == #"{"seq":1,"recorded_at":"2025-01-02T03:04:05.678Z","author":"fictional-editor","kind":"withdrawal","payload":{"forecast":"ada-demo-2025","type":"withdrawal"},"prev_hash":"0000000000000000000000000000000000000000000000000000000000000000","hash":"1ccc00e2e70faeb0ffe5506e678c86f1a57737612ab1525f6c54ed1da4b64752"}"#
        + "\n")
  }
}
