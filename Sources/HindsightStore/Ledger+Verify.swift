import Foundation
import GRDB
import HindsightCore

// MARK: - Verification

extension Ledger {
  /// What `verify` is checking, as it goes: on a large ledger each takes seconds.
  public enum VerifyStage: Sendable {
    /// SQLite's integrity check.
    case integrity
    /// The hash chain and the payloads' canonical form.
    case chain
    /// The derived tables against the entries.
    case derivedTables
  }

  /// Checks SQLite's integrity, recomputes the hash chain in seq order, checks that every
  /// payload is in canonical form, and recomputes the derived tables from the entries; reports
  /// the first problem found. `stage` is told each stage as it begins.
  public func verify(stage: (VerifyStage) -> Void = { _ in }) throws -> VerifyReport {
    try writer.read { db in
      stage(.integrity)
      let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
      guard integrity == ["ok"] else {
        return VerifyReport(
          count: 0, headHash: nil,
          problem: "SQLite integrity check failed: \(integrity.joined(separator: "; "))")
      }
      var chain = ChainCheck()
      chain.voided = try Ledger.voided(in: db)
      chain.imported = { id in
        let question =
          (try? Bool.fetchOne(
            db,
            sql: "SELECT EXISTS (SELECT 1 FROM forecasts WHERE question = ? AND imported = 1)",
            arguments: [id])) ?? false
        let owner = try? String.fetchOne(
          db, sql: "SELECT question FROM forecasts WHERE forecast = ? AND imported = 1",
          arguments: [id])
        return (question, owner ?? nil)
      }
      stage(.chain)
      let rows = try Row.fetchCursor(db, sql: "SELECT * FROM entries ORDER BY seq")
      while let row = try rows.next() {
        let entry = StoredEntry(row: row)
        do {
          _ = try chain.add(entry)
        } catch let problem as ChainProblem {
          return VerifyReport(
            count: chain.count, headHash: nil, firstBadSeq: entry.seq, problem: problem.message)
        }
      }
      let state = chain.state
      let count = chain.count
      let prevHash = chain.headHash
      stage(.derivedTables)
      if let mismatch = try Ledger.derivedMismatch(expected: state, in: db) {
        return VerifyReport(
          count: count, headHash: nil, firstBadSeq: mismatch.seq, problem: mismatch.problem)
      }
      return VerifyReport(count: count, headHash: count == 0 ? nil : prevHash)
    }
  }

  /// The first difference between the derived tables and the fold of the entries.
  private static func derivedMismatch(expected: DerivedState, in db: Database) throws
    -> (seq: Int64?, problem: String)?
  {
    var items: [ItemKey: StoredItem] = [:]
    for item in try storedItems(in: db) { items[item.key] = item }
    for key in Set(items.keys).union(expected.items.keys).sorted() {
      let want = expected.items[key]
      guard items[key] == want else {
        return (
          want?.lastSeq ?? items[key]?.lastSeq,
          "derived table catalog_items disagrees with the entries for \(key.kind) '\(key.id)'"
        )
      }
    }
    var retracted: [Int64: Int64] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT seq, by_seq FROM retracted") {
      retracted[row["seq"]] = row["by_seq"]
    }
    for seq in Set(retracted.keys).union(expected.retracted.keys).sorted()
    where retracted[seq] != expected.retracted[seq] {
      return (
        expected.retracted[seq] ?? retracted[seq],
        "derived table retracted disagrees with the entries about entry \(seq)"
      )
    }
    if let mismatch = try importMismatch(expected: expected.imports, in: db) { return mismatch }
    if let mismatch = try resolutionsMismatch(expected: expected.imports, in: db) {
      return mismatch
    }
    // Each import that resolved forecasts of earlier ones is an entry about their questions.
    var expected = expected
    for (seq, resolution) in try importResolutions(upTo: .max, in: db) {
      expected.questionEntries.insert(
        DerivedState.QuestionEntry(question: resolution.question, seq: seq))
    }
    return try indexMismatch(expected: expected, in: db)
  }

  /// The first import whose rows of `import_resolutions` do not match its entry's count and
  /// hash, or a resolution that is not of a forecast an earlier import brought without an
  /// outcome.
  private static func resolutionsMismatch(expected: [Int64: BulkImport], in db: Database) throws
    -> (seq: Int64?, problem: String)?
  {
    var found: [Int64: (count: Int, text: [UInt8])] = [:]
    for (seq, resolution) in try importResolutions(upTo: .max, in: db) {
      // In place: a copy taken out and put back would copy the text a row (quadratic).
      found[seq, default: (0, Array(ImportedResolution.headerLine.utf8))].count += 1
      resolution.appendLine(to: &found[seq]!.text)
    }
    for seq in Set(found.keys).union(expected.keys).sorted() {
      guard let bulk = expected[seq] else {
        return (
          seq,
          "derived table import_resolutions holds rows of entry \(seq), which is not a bulk import"
        )
      }
      let fold = found[seq]
      let digest = fold.map { HexDigest.sha256(String(decoding: $0.text, as: UTF8.self)) }
      guard fold?.count ?? 0 == bulk.resolutions, digest == bulk.resolutionsSHA256 else {
        return (
          seq,
          "derived table import_resolutions disagrees with bulk import entry \(seq) (\(bulk.file)): it holds \(fold?.count ?? 0) resolutions, the entry recorded \(bulk.resolutions) with another SHA-256"
        )
      }
    }
    if let row = try Row.fetchOne(
      db,
      sql: """
        SELECT r.seq, r.forecast FROM import_resolutions r
        LEFT JOIN forecasts f ON f.forecast = r.forecast
        WHERE f.forecast IS NULL OR f.imported = 0 OR f.seq >= r.seq OR f.outcome IS NOT NULL
          OR f.question <> r.question
        ORDER BY r.rowid LIMIT 1
        """)
    {
      return (
        row["seq"],
        "derived table import_resolutions resolves forecast '\(row["forecast"] as String)', which no earlier import brought without an outcome"
      )
    }
    return nil
  }

  /// The first import whose imported rows in `forecasts` do not match its entry's row count
  /// and row hash (or rows that no import entry wrote).
  private static func importMismatch(expected: [Int64: BulkImport], in db: Database) throws
    -> (seq: Int64?, problem: String)?
  {
    let found = try importFolds(in: db)
    for seq in Set(found.keys).union(expected.keys).sorted() {
      guard let bulk = expected[seq] else {
        return (
          seq,
          "derived table forecasts holds rows of entry \(seq), which is not a bulk import"
        )
      }
      let rows = found[seq]?.rows ?? 0
      guard rows == bulk.rows else {
        return (
          seq,
          "derived table forecasts holds \(rows) rows of bulk import entry \(seq) (\(bulk.file)), which recorded \(bulk.rows)"
        )
      }
      // An import that only resolved forecasts of earlier ones has no rows.
      guard (found[seq]?.digest ?? RowDigest().finalize()) == bulk.rowsSHA256 else {
        return (
          seq,
          "derived table forecasts disagrees with bulk import entry \(seq) (\(bulk.file)): the rows' SHA-256 is not the recorded rows_sha256"
        )
      }
    }
    return nil
  }
}
