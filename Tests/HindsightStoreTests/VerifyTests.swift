import Foundation
import HindsightCore
import Testing

@testable import HindsightStore

/// `verify()` on good and tampered ledgers, and agreement with scripts/verify_ledger.py.
struct VerifyTests {
  typealias F = FictionalCatalog

  static func filled(_ ledger: Ledger) throws {
    try ledger.sync(F.catalog, author: "sync", at: F.t0)
    try ledger.append(F.occurred, author: "fictional-editor", at: F.day(1))
    try ledger.append(
      .retraction(Retraction(seq: 7, reason: "Fictional.")), author: "e", at: F.day(2))
  }

  @Test func goodLedgerPasses() throws {
    let ledger = try Ledger.inMemory()
    #expect(try ledger.verify() == VerifyReport(count: 0, headHash: nil))
    try Self.filled(ledger)
    let report = try ledger.verify()
    #expect(report.isOK)
    #expect(report.count == 8)
    #expect(report.headHash == (try ledger.head()?.hash))
    #expect(report.summary == "ok 8 entries, head \(report.headHash!)")
  }

  @Test func appendOnlyTriggersRefuseEdits() throws {
    let ledger = try Ledger.inMemory()
    try Self.filled(ledger)
    #expect(throws: (any Error).self) {
      try ledger.writer.write { try $0.execute(sql: "DELETE FROM entries WHERE seq = 8") }
    }
    #expect(throws: (any Error).self) {
      try ledger.writer.write { try $0.execute(sql: "UPDATE entries SET author = 'x'") }
    }
  }

  /// The forecast index is recomputed from the entries: a changed catalog row, a missing
  /// entry about a question and a standing resolution the resolver does not give are named.
  @Test func tamperedIndexIsNamed() throws {
    for (sql, seq, problem) in [
      (
        "UPDATE forecasts SET claim = 'Something else.' WHERE forecast = 'ada-demo-2025'",
        Int64(5) as Int64?,
        "derived table forecasts disagrees with the catalog about forecast 'ada-demo-2025'"
      ),
      (
        "DELETE FROM question_entries WHERE seq = 7", 7,
        "derived table question_entries disagrees with the entries about question 'demo-event' at entry 7"
      ),
      (
        "UPDATE forecasts SET status = 'true', rule = 'occurred-in-window' WHERE forecast = 'ada-demo-2025'",
        nil,
        "derived table forecasts holds a resolution of forecast 'ada-demo-2025' (true, occurred-in-window) that the resolver does not give (due, awaiting-evidence)"
      ),
    ] {
      let ledger = try Ledger.inMemory()
      try Self.filled(ledger)
      try ledger.tamper(sql)
      let report = try ledger.verify()
      #expect(report.firstBadSeq == seq)
      #expect(report.problem == problem)
    }
  }

  @Test func tamperedPayloadIsNamed() throws {
    let ledger = try Ledger.inMemory()
    try Self.filled(ledger)
    try ledger.tamper(
      "UPDATE entries SET payload = replace(payload, 'announced', 'denied') WHERE seq = 7")
    let report = try ledger.verify()
    #expect(report.firstBadSeq == 7)
    #expect(report.summary == "entry 7: stored hash does not match its contents")
  }

  @Test func tamperedHashIsNamed() throws {
    let ledger = try Ledger.inMemory()
    try Self.filled(ledger)
    try ledger.tamper(
      "UPDATE entries SET hash = '\(String(repeating: "a", count: 64))' WHERE seq = 4")
    #expect(try ledger.verify().firstBadSeq == 4)
  }

  @Test func rehashedButNonCanonicalPayloadIsNamed() throws {
    let ledger = try Ledger.inMemory()
    try ledger.append(.withdrawal(forecast: "f"), author: "a", at: F.t0)
    let text = #"{"type":"withdrawal", "forecast":"f"}"#
    let hash = CanonicalEntry.hash(
      prevHash: CanonicalEntry.genesisHash, seq: 1, recordedAt: Timestamp.format(F.t0),
      author: "a", kind: "withdrawal", payloadText: text)
    try ledger.tamper("UPDATE entries SET payload = '\(text)', hash = '\(hash)' WHERE seq = 1")
    #expect(try ledger.verify().summary == "entry 1: payload text is not in canonical form")
  }

  @Test func tamperedDerivedTableIsNamed() throws {
    let ledger = try Ledger.inMemory()
    try Self.filled(ledger)
    try ledger.tamper("UPDATE catalog_items SET withdrawn = 1 WHERE id = 'ada-revenue-2024'")
    let report = try ledger.verify()
    #expect(report.firstBadSeq == 6)
    #expect(report.problem?.contains("catalog_items") == true)
    try ledger.tamper("UPDATE catalog_items SET withdrawn = 0")
    try ledger.tamper("DELETE FROM retracted")
    #expect(try ledger.verify().firstBadSeq == 8)
  }

  @Test func pythonVerifierAgrees() throws {
    let temp = try TempLedger()
    defer { temp.remove() }
    let ledger = try Ledger(path: temp.path)
    try Self.filled(ledger)
    let good = try runScript(temp.path)
    #expect(good.status == 0)
    #expect(good.output == (try ledger.verify().summary) + "\n")
    try ledger.tamper(
      "UPDATE entries SET payload = replace(payload, 'announced', 'denied') WHERE seq = 7")
    let bad = try runScript(temp.path)
    #expect(bad.status == 1)
    #expect(bad.output == (try ledger.verify().summary) + "\n")
  }

  private func runScript(_ path: String) throws -> (status: Int32, output: String) {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("scripts/verify_ledger.py")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path, path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

/// Entries must refer to what exists at their seq, with the right kind: a forged entry whose
/// hashes were recomputed is still named (FICTIONAL catalog).
struct VerifyReferenceTests {
  typealias F = FictionalCatalog

  /// Appends `payload` with a correctly computed hash, as a forger who rewrote the chain would.
  static func forge(_ payload: EntryPayload, onto ledger: Ledger) throws {
    try ledger.writer.write { db in
      _ = try Ledger.insert(
        [payload], texts: [try CanonicalEntry.payloadText(payload)], author: "forger",
        at: F.day(5), in: db)
    }
  }

  @Test func evidenceAboutAQuestionNobodyDefinedIsNamed() throws {
    let ledger = try Ledger.inMemory()
    try ledger.sync(F.catalog, author: "sync", at: F.t0)
    try Self.forge(
      .evidence(
        Evidence(
          question: "no-such-question", observed: Day("2025-01-01")!, source: "s", summary: "",
          observation: .occurred)), onto: ledger)
    let report = try ledger.verify()
    #expect(report.firstBadSeq == 7)
    #expect(
      report.problem
        == "evidence entry is about question 'no-such-question', which does not exist at this point of the chain"
    )
  }

  @Test func aValueOnAnEventQuestionIsNamed() throws {
    let ledger = try Ledger.inMemory()
    try ledger.sync(F.catalog, author: "sync", at: F.t0)
    try Self.forge(
      .evidence(
        Evidence(
          question: "demo-event", observed: Day("2025-01-01")!, source: "s", summary: "",
          observation: .value(5))), onto: ledger)
    #expect(
      try ledger.verify().problem
        == "evidence entry records a value on event question 'demo-event'")
  }

  @Test func aForecastOfAnotherQuestionIsNamed() throws {
    let ledger = try Ledger.inMemory()
    try ledger.sync(F.catalog, author: "sync", at: F.t0)
    try Self.forge(
      .verdict(
        Verdict(
          question: "demo-event", forecast: "ada-revenue-2024", outcome: .true, reason: "r",
          source: "s", observed: Day("2025-01-01")!)), onto: ledger)
    #expect(
      try ledger.verify().problem
        == "verdict entry names forecast 'ada-revenue-2024' with question 'demo-event', but it belongs to 'demo-revenue'"
    )
  }

  @Test func evidenceBeforeItsQuestionIsNamed() throws {
    let ledger = try Ledger.inMemory()
    try Self.forge(F.occurred, onto: ledger)
    try ledger.sync(F.catalog, author: "sync", at: F.t0)
    #expect(try ledger.verify().firstBadSeq == 1)
  }
}
