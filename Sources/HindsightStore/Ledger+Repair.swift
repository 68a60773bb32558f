import Foundation
import GRDB
import HindsightCore

// MARK: - Repair

extension Ledger {
  /// Sets aside every entry this Hindsight cannot read back — a payload that does not decode
  /// into the typed model, or is not in canonical form — with one `void` entry each, and
  /// rebuilds the derived tables without them; returns the seqs set aside (none: nothing
  /// written).
  ///
  /// The chain is not rewritten: a voided entry keeps its place and its hash, so every later
  /// hash and every published head stay valid. Readers skip it, `verify` checks only its hash,
  /// and the next catalog sync records again whatever catalog item it carried.
  public func repair(author: String, at date: Date, reason: String) throws -> [Int64] {
    guard CanonicalEntry.isValidAuthor(author) else { throw LedgerError.invalidAuthor(author) }
    let voided = try checkedWrite("the repair") { db -> [Int64] in
      let already = try Ledger.voided(in: db)
      var unreadable: [Int64] = []
      let rows = try Row.fetchCursor(db, sql: "SELECT seq, payload FROM entries ORDER BY seq")
      while let row = try rows.next() {
        let seq: Int64 = row["seq"]
        guard !already.contains(seq) else { continue }
        let text: String = row["payload"]
        let payload = try? CanonicalEntry.payload(fromText: text)
        if payload.flatMap({ try? CanonicalEntry.payloadText($0) }) != text {
          unreadable.append(seq)
        }
      }
      guard !unreadable.isEmpty else { return [] }
      let payloads = unreadable.map { EntryPayload.void(Retraction(seq: $0, reason: reason)) }
      _ = try Ledger.insert(
        payloads, texts: try payloads.map(CanonicalEntry.payloadText), author: author, at: date,
        in: db)
      try Ledger.rebuildDerivedTables(skipping: already.union(unreadable), in: db)
      return unreadable
    }
    if !voided.isEmpty { try reconcileJournal() }
    return voided
  }

  /// Recomputes `catalog_items`, `retracted` and the forecast index from the entries that are
  /// not set aside, drops the imported rows of voided imports, and forgets the synced catalog's fingerprint
  /// so that the next command syncs the catalog again.
  private static func rebuildDerivedTables(skipping voided: Set<Int64>, in db: Database) throws {
    try db.execute(sql: "DELETE FROM catalog_items")
    try db.execute(sql: "DELETE FROM retracted")
    try db.execute(sql: "DELETE FROM meta WHERE key = 'catalog_fingerprint'")
    try SyncedCatalogFile.write(nil, in: db)
    for seq in voided {
      try db.execute(
        sql: "DELETE FROM forecasts WHERE seq = ? AND imported = 1", arguments: [seq])
    }
    let rows = try Row.fetchCursor(db, sql: "SELECT seq, payload FROM entries ORDER BY seq")
    while let row = try rows.next() {
      let seq: Int64 = row["seq"]
      guard !voided.contains(seq) else { continue }
      try updateChainTables(
        seq: seq, payload: CanonicalEntry.payload(fromText: row["payload"]), in: db)
    }
    // Then the index, once, from the entries kept.
    try rebuildIndex(skipping: voided, in: db)
  }
}
