import Foundation
import GRDB
import HindsightCore
import Testing

@testable import HindsightStore

/// Bulk imports: one entry, imported rows in `forecasts`, verified by their hash (FICTIONAL data).
struct BulkImportTests {
  static let rows = [
    FlatRow(
      speaker: "ada", speakerName: "Ada Example", question: "q1", questionTitle: "Demo, one",
      forecast: "f1", claim: "It \"happens\"", saidOn: Day("2024-01-02")!, p: 0.7,
      windowFrom: Day("2024-01-02"), windowTo: Day("2024-12-31"), outcome: .true,
      resolvedOn: Day("2024-06-30"), tags: ["demo", "fictional"]),
    FlatRow(
      speaker: "bo", speakerName: "Bo", question: "q1", questionTitle: "Demo, one",
      forecast: "f2", claim: "No", saidOn: Day("2024-02-03")!, p: 0.25,
      tags: ["demo", "fictional"]),
  ]
  /// The canonical text of `rows`, written by hand from docs/import.md.
  static let canonical = #"""
    speaker,speaker_name,question,question_title,forecast,claim,said_on,p,window_from,window_to,outcome,resolved_on,tags
    ada,Ada Example,q1,"Demo, one",f1,"It ""happens""",2024-01-02,0.7,2024-01-02,2024-12-31,true,2024-06-30,demo;fictional
    bo,Bo,q1,"Demo, one",f2,No,2024-02-03,0.25,,,,,demo;fictional

    """#

  @discardableResult
  static func importRows(_ ledger: Ledger, _ rows: [FlatRow] = rows, problems: [String] = [])
    throws -> LedgerEntry
  {
    try #require(try importResult(ledger, rows, problems: problems).entry)
  }

  /// Imports `rows` as the file `demo.csv`, each row checked against the ledger as the
  /// validator asks for a re-import (`lookUps`); returns the result and the ledger's refusals.
  static func importResult(
    _ ledger: Ledger, _ rows: [FlatRow] = rows, problems: [String] = [],
    lookUps: ImportLookUps = [], at: Date = Date(timeIntervalSince1970: 1_700_000_000)
  ) throws -> ImportResult {
    try ledger.bulkImport(file: "demo.csv", format: .csv, author: "fictional-editor", at: at) {
      _, sink in
      var refusals: [String] = []
      for (index, row) in rows.enumerated() {
        sink.hash(row)
        if problems.isEmpty,
          let refusal = try sink.insert(row, record: index + 2, lookUps: lookUps)
        {
          refusals.append("demo.csv:\(refusal.record): \(refusal.problem.message)")
        }
      }
      let lines = problems + refusals
      return (lines, lines.count)
    }
  }

  @Test func oneEntryWhoseHashCoversTheCanonicalRows() throws {
    let ledger = try Ledger.inMemory()
    let entry = try Self.importRows(ledger)
    // The expected digest is computed by sha256sum, independently of the code under test.
    let expected = try sha256sum(Self.canonical)
    #expect(
      entry.payload
        == .bulkImport(BulkImport(file: "demo.csv", format: .csv, rows: 2, rowsSHA256: expected)))
    #expect(try ledger.count() == 1)
    #expect(try ledger.verify().isOK)
    var read: [FlatRow] = []
    try ledger.forEachImportedRow(upTo: entry.seq) { _, row in read.append(row) }
    #expect(read == Self.rows)
    let text = try #require(try ledger.entry(seq: 1)).payload
    #expect(text == entry.payload)
  }

  @Test func identicalReimportWritesNothingAndBadRowsWriteNothing() throws {
    let ledger = try Ledger.inMemory()
    try Self.importRows(ledger)
    let again = try Self.importResult(ledger)
    #expect(again.entry == nil)
    #expect(again.held == 2)
    #expect(try ledger.count() == 1)
    var other = Self.rows
    other[0].forecast = "f9"
    #expect(throws: ImportFailure.badRows(file: "demo.csv", lines: ["x"], count: 1)) {
      try Self.importRows(ledger, other, problems: ["x"])
    }
    #expect(try ledger.count() == 1)
    var count = 0
    try ledger.forEachImportedRow(upTo: .max) { _, _ in count += 1 }
    #expect(count == 2)
  }

  /// Each value a re-import compares, changed alone in an otherwise identical row, is refused
  /// with the value the ledger holds (the messages written by hand from the rows above).
  @Test func aReimportNamesTheOneValueThatDiffers() throws {
    let ledger = try Ledger.inMemory()
    try Self.importRows(ledger)
    let cases: [(ImportLookUps, (inout FlatRow) -> Void, String)] = [
      (
        [], { $0.question = "q9" },
        "was imported by entry 1 with question 'q1'; this row gives 'q9'"
      ),
      (
        [], { $0.speaker = "cy" }, "was imported by entry 1 with speaker 'ada'; this row gives 'cy'"
      ),
      (
        [], { $0.claim = "Yes" },
        "was imported by entry 1 with claim 'It \"happens\"'; this row gives 'Yes'"
      ),
      (
        [], { $0.saidOn = Day("2024-01-03")! },
        "was imported by entry 1 with said_on '2024-01-02'; this row gives '2024-01-03'"
      ),
      ([], { $0.p = 0.75 }, "was imported by entry 1 with p '0.7'; this row gives '0.75'"),
      (
        [], { $0.windowTo = Day("2025-12-31") },
        "was imported by entry 1 with window '2024-01-02..2024-12-31'; this row gives '2024-01-02..2025-12-31'"
      ),
      (
        [], { $0.resolvedOn = Day("2024-07-01") },
        "is settled as true on 2024-06-30 by entry 1; this row gives true on 2024-07-01"
      ),
      (
        .speaker, { $0.speakerName = "Ada E." },
        "speaker 'ada' is named 'Ada Example' by entry 1; this row names it 'Ada E.'"
      ),
      (
        .question, { $0.questionTitle = "Demo, 1" },
        "question 'q1' has the question_title 'Demo, one' in entry 1; this row gives 'Demo, 1'"
      ),
      (
        .question, { $0.tags = ["demo"] },
        "question 'q1' has the tags 'demo;fictional' in entry 1; this row gives 'demo'"
      ),
    ]
    for (lookUps, change, problem) in cases {
      var row = Self.rows[0]
      change(&row)
      let message = lookUps.isEmpty ? "forecast 'f1' \(problem)" : problem
      #expect(
        throws: ImportFailure.badRows(file: "demo.csv", lines: ["demo.csv:2: \(message)"], count: 1)
      ) {
        try Self.importResult(ledger, [row], lookUps: lookUps)
      }
    }
    #expect(
      try Self.importResult(ledger, [Self.rows[0]], lookUps: [.speaker, .question]).held == 1)
    #expect(try ledger.count() == 1)
  }

  @Test func aReimportRecordsTheOutcomeOfAForecastImportedWithoutOne() throws {
    let ledger = try Ledger.inMemory()
    try Self.importRows(ledger)
    var rows = Self.rows
    rows[1].outcome = .false
    rows[1].resolvedOn = Day("2024-07-01")
    let result = try Self.importResult(
      ledger, rows, lookUps: .settled, at: Date(timeIntervalSince1970: 1_700_100_000))
    let entry = try #require(result.entry)
    #expect((result.forecasts, result.resolutions, result.held) == (0, 1, 1))
    // The resolutions' text, written by hand from docs/ledger.md and hashed by sha256sum; the
    // entry has no rows, so its rows' text is the header alone.
    let expected = try sha256sum("forecast,outcome,resolved_on\nf2,false,2024-07-01\n")
    let noRows = try sha256sum(FlatCSV.headerLine)
    #expect(
      entry.payload
        == .bulkImport(
          BulkImport(
            file: "demo.csv", format: .csv, rows: 0, rowsSHA256: noRows, resolutions: 1,
            resolutionsSHA256: expected)))
    #expect(try ledger.verify().isOK)
    #expect(
      try Self.index(ledger) == [
        "f1 1 binary true forecast-verdict 2024-06-30 2024-12-31",
        "f2 1 binary false forecast-verdict 2024-07-01 -",
        "demo q1", "fictional q1",
        "2024-07-01",
      ])
    #expect(try ledger.questions(aboutEntry: entry.seq) == ["q1"])
    try Self.expectVerify(
      ledger, after: "UPDATE import_resolutions SET outcome = 'true'", names: entry.seq,
      "derived table import_resolutions disagrees with bulk import entry 2 (demo.csv): it holds 1 resolutions, the entry recorded 1 with another SHA-256"
    )
  }

  /// Tampers with the ledger by `sql`; `verify` must name entry `seq` with `problem`.
  static func expectVerify(
    _ ledger: Ledger, after sql: String, names seq: Int64, _ problem: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try ledger.tamper(sql)
    let report = try ledger.verify()
    #expect(report.firstBadSeq == seq, sourceLocation: sourceLocation)
    #expect(report.problem == problem, sourceLocation: sourceLocation)
  }

  @Test func tamperingWithAnImportedRowNamesTheImport() throws {
    let ledger = try Ledger.inMemory()
    try ledger.sync(FictionalCatalog.catalog, author: "sync", at: FictionalCatalog.t0)
    let entry = try Self.importRows(ledger)
    #expect(try ledger.verify().isOK)
    try Self.expectVerify(
      ledger, after: "UPDATE forecasts SET p = 0.3 WHERE forecast = 'f2'", names: entry.seq,
      "derived table forecasts disagrees with bulk import entry \(entry.seq) (demo.csv): the rows' SHA-256 is not the recorded rows_sha256"
    )
    try ledger.tamper("DELETE FROM forecasts WHERE forecast = 'f2'")
    let report = try ledger.verify()
    #expect(
      report.problem
        == "derived table forecasts holds 1 rows of bulk import entry \(entry.seq) (demo.csv), which recorded 2"
    )
  }

  /// The derived columns of every row of `forecasts`, and `question_tags`, as text.
  static func index(_ ledger: Ledger) throws -> [String] {
    try ledger.writer.read { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT forecast || ' ' || imported || ' ' || kind || ' ' || status || ' ' || rule
            || ' ' || coalesce(settled_on, '-') || ' ' || coalesce(closes_on, '-')
          FROM forecasts ORDER BY forecast
          """)
        + String.fetchAll(db, sql: "SELECT tag || ' ' || question FROM question_tags")
        + String.fetchAll(db, sql: "SELECT value FROM meta WHERE key = 'facts_through'")
    }
  }

  @Test func importIndexesEveryRowWithItsStandingResolution() throws {
    let ledger = try Ledger.inMemory()
    try Self.importRows(ledger)
    // By hand from the two rows: Ada's forecast has a window and an outcome (true, settled
    // 2024-06-30); Bo's has neither, so it stays open whatever the day.
    #expect(
      try Self.index(ledger) == [
        "f1 1 binary true forecast-verdict 2024-06-30 2024-12-31",
        "f2 1 binary open window-open - -",
        "demo q1", "fictional q1",
        "2024-06-30",
      ])
    #expect(try ledger.importedSpeakers().map(\.id) == ["ada", "bo"])
    #expect(try ledger.importedSpeakers().map(\.nameEn) == ["Ada Example", "Bo"])
    #expect(try ledger.firstSaidOn() == Day("2024-01-02"))
  }

  @Test func tamperingWithTheIndexIsNamed() throws {
    for (sql, problem) in [
      (
        "UPDATE forecasts SET status = 'false' WHERE forecast = 'f1'",
        "derived table forecasts holds a resolution of forecast 'f1' (false, forecast-verdict) that the resolver does not give (true, forecast-verdict)"
      ),
      (
        "DELETE FROM question_tags WHERE tag = 'demo'",
        "derived table question_tags disagrees with the questions about tag 'demo' of question 'q1'"
      ),
      (
        "UPDATE meta SET value = '2024-01-01' WHERE key = 'facts_through'",
        "meta facts_through (2024-01-01) is before the last observation the ledger records (2024-06-30)"
      ),
    ] {
      let ledger = try Ledger.inMemory()
      try Self.importRows(ledger)
      try ledger.tamper(sql)
      let report = try ledger.verify()
      #expect(report.problem == problem)
    }
  }

  @Test func migrationIndexesEarlierImports() throws {
    let queue = try DatabaseQueue()
    try LedgerMigrations.migrator.migrate(queue, upTo: "v3-imports")
    let fresh = try Ledger.inMemory()
    let entry = try Self.importRows(fresh)
    // The same import written into a ledger that predates the forecast index.
    try queue.write { db in
      try db.execute(
        sql: "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?)",
        arguments: [
          entry.seq, Timestamp.format(entry.recordedAt), entry.author, "bulk_import",
          try CanonicalEntry.payloadText(entry.payload), entry.prevHash, entry.hash,
        ])
      try fresh.forEachImportedRow(upTo: entry.seq) { seq, row in
        try db.execute(
          sql: """
            INSERT INTO imported_forecasts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            seq, row.speaker, row.speakerName, row.question, row.questionTitle, row.forecast,
            row.claim, row.saidOn.description, row.p, row.windowFrom?.description,
            row.windowTo?.description, row.outcome?.rawValue, row.resolvedOn?.description,
            row.tags.joined(separator: ";"),
          ])
      }
    }
    try Ledger.migrate(queue)
    let migrated = Ledger(writer: queue)
    #expect(try migrated.verify().isOK)
    #expect(try Self.index(migrated) == Self.index(fresh))
    #expect(try Self.index(migrated).count == 5)
  }

  @Test func pythonVerifierAcceptsImports() throws {
    let temp = try TempLedger()
    defer { temp.remove() }
    let ledger = try Ledger(path: temp.path)
    try Self.importRows(ledger)
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("scripts/verify_ledger.py")
    let output = try run(["python3", script.path, temp.path])
    #expect(output == (try ledger.verify().summary) + "\n")
  }

  private func sha256sum(_ text: String) throws -> String {
    let temp = try TempLedger()
    defer { temp.remove() }
    let path = temp.directory.appendingPathComponent("rows.csv").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return String(try run(["sha256sum", path]).prefix(64))
  }

  private func run(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
