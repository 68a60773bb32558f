import Foundation
import HindsightCore
import Testing

@testable import HindsightStore

/// The journal (docs/ledger.md, "The journal"): the ledger's entries as JSON Lines, kept level
/// with the SQLite file in both directions, and refused line by line when changed by hand.
/// Every catalog item and observation here is FICTIONAL.
struct JournalTests {
  let temp: TempLedger
  var journalPath: String { temp.directory.appendingPathComponent("test.jsonl").path }

  init() throws {
    temp = try TempLedger()
  }

  func open() throws -> Ledger {
    try Ledger(path: temp.path, journal: journalPath)
  }

  /// A ledger with the fictional catalog (6 entries) and one observation (entry 7).
  func written() throws -> Ledger {
    let ledger = try open()
    try ledger.sync(FictionalCatalog.catalog, author: "fictional-editor", at: FictionalCatalog.t0)
    try ledger.append(
      FictionalCatalog.occurred, author: "fictional-editor", at: FictionalCatalog.day(1))
    return ledger
  }

  func journalText() throws -> String {
    try String(contentsOfFile: journalPath, encoding: .utf8)
  }

  func removeLedgerFiles() throws {
    for suffix in ["", "-wal", "-shm"]
    where FileManager.default.fileExists(atPath: temp.path + suffix) {
      try FileManager.default.removeItem(atPath: temp.path + suffix)
    }
  }

  @Test func everyWriteIsAppendedAsTheExportLine() throws {
    defer { temp.remove() }
    let ledger = try written()
    let export = try ledger.exportJSONLines()
    #expect(export.count == 7)
    #expect(try journalText() == export.map { $0 + "\n" }.joined())
  }

  @Test func defaultPathReplacesTheExtension() {
    #expect(LedgerJournal.defaultPath(forLedger: "hindsight.sqlite") == "hindsight.jsonl")
    #expect(LedgerJournal.defaultPath(forLedger: "a/b/ledger.db") == "a/b/ledger.jsonl")
    #expect(LedgerJournal.defaultPath(forLedger: "/tmp/plain") == "/tmp/plain.jsonl")
  }

  @Test func aMissingLedgerIsRebuiltWithTheSameHead() throws {
    defer { temp.remove() }
    let before = try written()
    let head = try #require(try before.head())
    let export = try before.exportJSONLines()
    try removeLedgerFiles()
    let rebuilt = try open()
    #expect(try rebuilt.head()?.hash == head.hash)
    #expect(try rebuilt.exportJSONLines() == export)
    #expect(try rebuilt.verify().isOK)
    // The derived tables were rebuilt too: a sync of the same catalog writes nothing.
    #expect(
      try rebuilt.sync(FictionalCatalog.catalog, author: "fictional-editor", at: .now).isEmpty)
    #expect(try journalText().split(separator: "\n").count == 7)
  }

  @Test func anEditedLineIsRefusedByNumberAndNothingIsCreated() throws {
    defer { temp.remove() }
    _ = try written()
    try removeLedgerFiles()
    var lines = try journalText().split(separator: "\n", omittingEmptySubsequences: false)
    lines[6] = Substring(lines[6].replacingOccurrences(of: "announced", with: "cancelled"))
    try lines.joined(separator: "\n").write(toFile: journalPath, atomically: true, encoding: .utf8)
    #expect(
      throws: JournalError.badLine(
        path: journalPath, line: 7, problem: "stored hash does not match its contents")
    ) {
      try open()
    }
    #expect(!FileManager.default.fileExists(atPath: temp.path))
    let report = try LedgerJournal(path: journalPath).verify()
    #expect(report.firstBadSeq == 7)
    #expect(report.problem == "stored hash does not match its contents")
  }

  @Test func reformattedOrTornLinesAreRefused() throws {
    defer { temp.remove() }
    _ = try written()
    try removeLedgerFiles()
    let text = try journalText()
    // The same JSON with a space after the first colon: valid JSON, not the journal's form.
    let spaced = text.replacingOccurrences(of: "{\"seq\":3,", with: "{\"seq\": 3,")
    try spaced.write(toFile: journalPath, atomically: true, encoding: .utf8)
    #expect(
      throws: JournalError.badLine(
        path: journalPath, line: 3, problem: "it is not an entry in the journal's exact JSON form")
    ) {
      try open()
    }
    // A last line cut short, as a crash in the middle of a write would leave it.
    try String(text.dropLast(20)).write(toFile: journalPath, atomically: true, encoding: .utf8)
    #expect(
      throws: JournalError.badLine(
        path: journalPath, line: 7, problem: "the last line does not end with a line feed")
    ) {
      try open()
    }
  }

  @Test func crLFLineEndsAreRefusedAtTheFirstLine() throws {
    defer { temp.remove() }
    _ = try written()
    try removeLedgerFiles()
    // The journal as an editor set to Windows line ends would save it: each line is read up to
    // its line feed, so the first ends with a carriage return, not in the journal's form.
    let text = try journalText().replacingOccurrences(of: "\n", with: "\r\n")
    try text.write(toFile: journalPath, atomically: true, encoding: .utf8)
    #expect(
      throws: JournalError.badLine(
        path: journalPath, line: 1, problem: "it is not an entry in the journal's exact JSON form")
    ) {
      try open()
    }
    #expect(!FileManager.default.fileExists(atPath: temp.path))
  }

  @Test func aJournalBehindTheLedgerIsCaughtUp() throws {
    defer { temp.remove() }
    _ = try written()
    // Drop the last line, as a process killed between its commit and its append leaves it.
    let lines = try journalText().split(separator: "\n")
    try (lines.dropLast().joined(separator: "\n") + "\n")
      .write(toFile: journalPath, atomically: true, encoding: .utf8)
    let plain = try Ledger(path: temp.path)
    let behind = try LedgerJournal(path: journalPath).verify(against: plain)
    #expect(behind.isOK)
    #expect(behind.behind == 1)
    let ledger = try open()
    #expect(try journalText() == (try ledger.exportJSONLines()).map { $0 + "\n" }.joined())
    #expect(try LedgerJournal(path: journalPath).verify(against: ledger).behind == 0)
  }

  @Test func entriesAnotherCloneAppendedAreApplied() throws {
    defer { temp.remove() }
    let ledger = try written()
    let other = temp.directory.appendingPathComponent("other.jsonl").path
    try FileManager.default.copyItem(atPath: journalPath, toPath: other)
    // Another editor's clone: the same seven entries, then a verdict.
    try FileManager.default.copyItem(
      atPath: temp.path, toPath: temp.directory.appendingPathComponent("other.sqlite").path)
    let clone = try Ledger(
      path: temp.directory.appendingPathComponent("other.sqlite").path, journal: other)
    let verdict = EntryPayload.verdict(
      Verdict(
        question: "demo-event", outcome: .true, reason: "Fictional: entry 7.",
        source: "https://example.org/fictional", observed: Day("2025-03-01")!))
    try clone.append(verdict, author: "fictional-editor", at: FictionalCatalog.day(2))
    // Pulling the clone's journal brings its entry into this ledger on the next open.
    try FileManager.default.removeItem(atPath: journalPath)
    try FileManager.default.copyItem(atPath: other, toPath: journalPath)
    _ = ledger
    let pulled = try open()
    #expect(try pulled.head()?.seq == 8)
    #expect(try pulled.head()?.hash == (try clone.head()?.hash))
    #expect(try pulled.verify().isOK)
  }

  @Test func aLedgerAndJournalThatDisagreeAreRefused() throws {
    defer { temp.remove() }
    let ledger = try written()
    let copy = temp.directory.appendingPathComponent("copy.jsonl").path
    try FileManager.default.copyItem(atPath: journalPath, toPath: copy)
    try ledger.append(
      FictionalCatalog.occurred, author: "fictional-editor", at: FictionalCatalog.day(3))
    // The copy gets a different eighth entry.
    let forked = try Ledger(
      path: temp.directory.appendingPathComponent("fork.sqlite").path, journal: copy)
    try forked.append(
      .note(EditorNote(question: "demo-event", observed: Day("2025-03-02")!, text: "Fictional.")),
      author: "fictional-editor", at: FictionalCatalog.day(3))
    try FileManager.default.removeItem(atPath: journalPath)
    try FileManager.default.copyItem(atPath: copy, toPath: journalPath)
    #expect(throws: JournalError.diverged(ledger: temp.path, journal: journalPath, seq: 8)) {
      try open()
    }
  }

  @Test func aBulkImportCannotBeRebuiltFromTheJournal() throws {
    defer { temp.remove() }
    let ledger = try open()
    _ = try BulkImportTests.importRows(ledger)
    try removeLedgerFiles()
    #expect(throws: JournalError.importNotRestorable(path: journalPath, line: 1, file: "demo.csv"))
    {
      try open()
    }
  }
}
