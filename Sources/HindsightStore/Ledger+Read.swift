import Foundation
import GRDB
import HindsightCore

// MARK: - Reads

extension Ledger {
  /// Every entry in seq order, or only those recorded at or before `knownBy` (transaction time).
  public func entries(knownBy: Date? = nil) throws -> [LedgerEntry] {
    try writer.read { db in
      let rows: [Row]
      if let knownBy {
        rows = try Row.fetchAll(
          db, sql: "SELECT * FROM entries WHERE recorded_at <= ? ORDER BY seq",
          arguments: [Timestamp.format(knownBy)])
      } else {
        rows = try Row.fetchAll(db, sql: "SELECT * FROM entries ORDER BY seq")
      }
      let voided = try Ledger.voided(in: db)
      return try rows.filter { !voided.contains($0["seq"]) }.map(Ledger.entry(from:))
    }
  }

  /// The entry with this seq, if any (nil for one set aside by a `void` entry).
  public func entry(seq: Int64) throws -> LedgerEntry? {
    try writer.read { db in
      guard !(try Ledger.voided(in: db)).contains(seq) else { return nil }
      return try Row.fetchOne(db, sql: "SELECT * FROM entries WHERE seq = ?", arguments: [seq])
        .map(Ledger.entry(from:))
    }
  }

  /// The hash of the entry with this seq, if any, read without decoding it.
  public func hash(ofSeq seq: Int64) throws -> String? {
    try writer.read { db in
      try String.fetchOne(db, sql: "SELECT hash FROM entries WHERE seq = ?", arguments: [seq])
    }
  }

  /// The seqs that `void` entries set aside (`hindsight repair`): no reader decodes them.
  static func voided(in db: Database) throws -> Set<Int64> {
    var seqs: Set<Int64> = []
    for text in try String.fetchAll(
      db.cachedStatement(sql: "SELECT payload FROM entries WHERE kind = 'void'"))
    {
      if case .void(let void)? = try? CanonicalEntry.payload(fromText: text) {
        seqs.insert(void.seq)
      }
    }
    return seqs
  }

  /// The last entry's seq and hash, or nil for an empty ledger.
  public func head() throws -> (seq: Int64, hash: String)? {
    try writer.read { db in
      try Row.fetchOne(db, sql: "SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1")
        .map { (seq: $0["seq"], hash: $0["hash"]) }
    }
  }

  /// The seq of the entry whose hash is `hash`, if any.
  public func seq(ofHash hash: String) throws -> Int64? {
    try writer.read { db in
      try Int64.fetchOne(db, sql: "SELECT seq FROM entries WHERE hash = ?", arguments: [hash])
    }
  }

  /// The number of entries.
  public func count() throws -> Int {
    try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entries") ?? 0 }
  }

  /// The seqs of retracted entries, each mapped to the seq of the retraction that withdrew it.
  public func retractions() throws -> [Int64: Int64] {
    try writer.read { db in
      var result: [Int64: Int64] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT seq, by_seq FROM retracted") {
        result[row["seq"]] = row["by_seq"]
      }
      return result
    }
  }

  /// The catalog items the ledger currently holds (the `catalog_items` table), by first seq.
  public func storedItems() throws -> [StoredItem] {
    try writer.read { db in try Ledger.storedItems(in: db) }
  }

  static func storedItems(in db: Database) throws -> [StoredItem] {
    try Row.fetchAll(db, sql: "SELECT * FROM catalog_items ORDER BY first_seq, kind, id").map {
      StoredItem(
        kind: $0["kind"], id: $0["id"], json: $0["item"], firstSeq: $0["first_seq"],
        lastSeq: $0["last_seq"], withdrawn: $0["withdrawn"])
    }
  }

  /// Turns an `entries` row into an entry.
  static func entry(from row: Row) throws -> LedgerEntry {
    let seq: Int64 = row["seq"]
    let recordedText: String = row["recorded_at"]
    guard let recordedAt = Timestamp.parse(recordedText) else {
      throw LedgerError.malformedPayload(
        context: "entry \(seq)", reason: "recorded_at '\(recordedText)' is not a timestamp")
    }
    let payload: EntryPayload
    do {
      payload = try CanonicalEntry.payload(fromText: row["payload"])
    } catch LedgerError.malformedPayload(let context, let reason) {
      throw LedgerError.malformedPayload(context: "\(context) of entry \(seq)", reason: reason)
    }
    return LedgerEntry(
      seq: seq, recordedAt: recordedAt, author: row["author"], payload: payload,
      prevHash: row["prev_hash"], hash: row["hash"])
  }
}
