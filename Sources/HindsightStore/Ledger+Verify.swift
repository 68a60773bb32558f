import Foundation
import GRDB
import HindsightCore

// MARK: - Verification

extension Ledger {
  /// Checks SQLite's integrity, recomputes the hash chain in seq order, checks that every
  /// payload is in canonical form, and recomputes the derived tables from the entries; reports
  /// the first problem found.
  public func verify() throws -> VerifyReport {
    try writer.read { db in
      let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
      guard integrity == ["ok"] else {
        return VerifyReport(
          count: 0, headHash: nil,
          problem: "SQLite integrity check failed: \(integrity.joined(separator: "; "))")
      }
      var state = DerivedState()
      var prevHash = CanonicalEntry.genesisHash
      var prevTime = ""
      var count = 0
      var kinds: [Int64: String] = [:]
      let rows = try Row.fetchCursor(db, sql: "SELECT * FROM entries ORDER BY seq")
      while let row = try rows.next() {
        let seq: Int64 = row["seq"]
        let fail = { (problem: String) in
          VerifyReport(count: count, headHash: nil, firstBadSeq: seq, problem: problem)
        }
        let text: String = row["payload"]
        let recordedAt: String = row["recorded_at"]
        let author: String = row["author"]
        let kind: String = row["kind"]
        let storedHash: String = row["hash"]
        guard seq == Int64(count) + 1 else {
          return fail("expected seq \(count + 1) here; the seqs are not contiguous")
        }
        guard row["prev_hash"] == prevHash else {
          return fail("prev_hash does not equal the hash of entry \(seq - 1)")
        }
        let hash = CanonicalEntry.hash(
          prevHash: prevHash, seq: seq, recordedAt: recordedAt, author: author, kind: kind,
          payloadText: text)
        guard storedHash == hash else { return fail("stored hash does not match its contents") }
        guard let date = Timestamp.parse(recordedAt), Timestamp.format(date) == recordedAt else {
          return fail("recorded_at '\(recordedAt)' is not a canonical UTC timestamp")
        }
        guard recordedAt >= prevTime else {
          return fail("recorded_at \(recordedAt) is earlier than the previous entry's")
        }
        guard CanonicalEntry.isValidAuthor(author) else { return fail("the author is not valid") }
        let payload: EntryPayload
        do {
          payload = try CanonicalEntry.payload(fromText: text)
        } catch {
          return fail("payload does not decode: \(error.localizedDescription)")
        }
        guard CanonicalEntry.kind(of: payload) == kind else {
          return fail("kind '\(kind)' does not match the payload's type")
        }
        guard (try? CanonicalEntry.payloadText(payload)) == text else {
          return fail("payload text is not in canonical form")
        }
        if case .retraction(let retraction) = payload {
          let target = kinds[retraction.seq]
          guard target == "evidence" || target == "verdict",
            state.retracted[retraction.seq] == nil
          else {
            return fail("retracts entry \(retraction.seq), which is not a live evidence or verdict")
          }
        }
        state.apply(seq: seq, payload: payload)
        kinds[seq] = kind
        prevHash = hash
        prevTime = recordedAt
        count += 1
      }
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
    return try importMismatch(expected: expected.imports, in: db)
  }

  /// The first import whose rows in `imported_forecasts` do not match its entry's row count
  /// and row hash (or rows that no import entry wrote).
  private static func importMismatch(expected: [Int64: BulkImport], in db: Database) throws
    -> (seq: Int64?, problem: String)?
  {
    let found = try importFolds(in: db)
    for seq in Set(found.keys).union(expected.keys).sorted() {
      guard let bulk = expected[seq] else {
        return (
          seq,
          "derived table imported_forecasts holds rows of entry \(seq), which is not a bulk import"
        )
      }
      let rows = found[seq]?.rows ?? 0
      guard rows == bulk.rows else {
        return (
          seq,
          "derived table imported_forecasts holds \(rows) rows of bulk import entry \(seq) (\(bulk.file)), which recorded \(bulk.rows)"
        )
      }
      guard found[seq]?.digest == bulk.rowsSHA256 else {
        return (
          seq,
          "derived table imported_forecasts disagrees with bulk import entry \(seq) (\(bulk.file)): the rows' SHA-256 is not the recorded rows_sha256"
        )
      }
    }
    var stored: [String: ImportedSpeaker] = [:]
    var badColumns: ImportedSpeaker?
    try ImportedSpeaker.forEach(upTo: .max, in: db) { speaker, forecasts, firstSaidOn in
      stored["\(speaker.seq) \(speaker.speaker)"] = speaker
      if forecasts != speaker.count || firstSaidOn != speaker.firstSaidOn?.description ?? "" {
        badColumns = badColumns ?? speaker
      }
    }
    if let bad = badColumns {
      return (
        bad.seq,
        "derived table imported_speakers gives speaker '\(bad.speaker)' of entry \(bad.seq) a forecasts or first_said_on that its scoring records do not"
      )
    }
    for want in ImportFold.speakers(of: found) {
      guard stored.removeValue(forKey: "\(want.seq) \(want.speaker)") == want else {
        return (
          want.seq,
          "derived table imported_speakers disagrees with the rows of bulk import entry \(want.seq) for speaker '\(want.speaker)'"
        )
      }
    }
    if let extra = stored.values.min(by: { ($0.seq, $0.speaker) < ($1.seq, $1.speaker) }) {
      return (
        extra.seq,
        "derived table imported_speakers holds speaker '\(extra.speaker)' of entry \(extra.seq), which no imported forecast of that entry names"
      )
    }
    return nil
  }
}
