import Foundation
import GRDB
import HindsightCore

// MARK: - Writes

extension Ledger {
  /// Appends entries in one write transaction, all chained after the current head, and returns
  /// them as stored. Either every entry is written or none is.
  ///
  /// `recorded_at` is `at` formatted by `Timestamp.format`, raised to the head's `recorded_at`
  /// when the head is later (so transaction time never runs backwards along the chain).
  ///
  /// - Throws: `LedgerError.invalidAuthor`, `LedgerError.nonFiniteNumber`, and for retractions
  ///   `noSuchEntry`, `notRetractable` or `alreadyRetracted`; database errors as thrown by GRDB.
  @discardableResult
  public func append(_ payloads: [EntryPayload], author: String, at date: Date) throws
    -> [LedgerEntry]
  {
    guard CanonicalEntry.isValidAuthor(author) else { throw LedgerError.invalidAuthor(author) }
    let texts = try payloads.map(CanonicalEntry.payloadText)
    let written = try checkedWrite("the entry") { db in
      try Ledger.insert(payloads, texts: texts, author: author, at: date, in: db)
    }
    try reconcileJournal()
    return written
  }

  /// Appends one entry; see `append(_:author:at:)`.
  @discardableResult
  public func append(_ payload: EntryPayload, author: String, at date: Date) throws
    -> LedgerEntry
  {
    try append([payload], author: author, at: date)[0]
  }

  /// Runs `body` in a write transaction, after refusing a read-only ledger (`LedgerError.readOnly`,
  /// naming `action`) and one whose chain tables fail SQLite's quick check
  /// (`LedgerError.corrupt`), so that a damaged ledger is never extended.
  ///
  /// The quick check covers `entries` and the small derived tables, not the rows of bulk
  /// imports, so that it costs the same on a ledger of a million imported forecasts.
  func checkedWrite<T>(_ action: String, _ body: (Database) throws -> T) throws -> T {
    guard !isReadOnly else { throw LedgerError.readOnly(path: ledgerPath, action: action) }
    return try writer.write { db in
      for table in ["entries", "catalog_items", "retracted", "meta"] {
        let result: [String]
        do {
          result = try String.fetchAll(db, sql: "PRAGMA quick_check(\(table))")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
          throw LedgerError.corrupt(path: ledgerPath, detail: error.message ?? "malformed")
        }
        guard result == ["ok"] else {
          throw LedgerError.corrupt(path: ledgerPath, detail: result.joined(separator: "; "))
        }
      }
      return try body(db)
    }
  }

  /// Inserts entries inside the caller's write transaction and updates the derived tables.
  static func insert(
    _ payloads: [EntryPayload], texts: [String], author: String, at date: Date, in db: Database
  ) throws -> [LedgerEntry] {
    let head = try Row.fetchOne(
      db, sql: "SELECT seq, hash, recorded_at FROM entries ORDER BY seq DESC LIMIT 1")
    var seq: Int64 = head?["seq"] ?? 0
    var prevHash: String = head?["hash"] ?? CanonicalEntry.genesisHash
    var recordedAt = Timestamp.format(date)
    if let headTime: String = head?["recorded_at"], headTime > recordedAt {
      recordedAt = headTime
    }
    let recordedDate = Timestamp.parse(recordedAt) ?? date
    var written: [LedgerEntry] = []
    var touched: Set<String> = []
    for (payload, text) in zip(payloads, texts) {
      if case .retraction(let retraction) = payload {
        try checkRetractable(retraction.seq, head: seq, in: db)
      }
      seq += 1
      let kind = CanonicalEntry.kind(of: payload)
      let hash = CanonicalEntry.hash(
        prevHash: prevHash, seq: seq, recordedAt: recordedAt, author: author, kind: kind,
        payloadText: text)
      try db.execute(
        sql: """
          INSERT INTO entries (seq, recorded_at, author, kind, payload, prev_hash, hash)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """, arguments: [seq, recordedAt, author, kind, text, prevHash, hash])
      try updateDerivedTables(seq: seq, payload: payload, touched: &touched, in: db)
      written.append(
        LedgerEntry(
          seq: seq, recordedAt: recordedDate, author: author, payload: payload,
          prevHash: prevHash, hash: hash))
      prevHash = hash
    }
    try refreshResolutions(touched, in: db)
    return written
  }

  /// Inserts an entry that was already hashed and checked (a journal line) inside the caller's
  /// write transaction, and updates the derived tables; the questions whose resolutions it may
  /// change are added to `touched`, for the caller to refresh once every line is in.
  static func insert(
    stored entry: StoredEntry, payload: EntryPayload?, touched: inout Set<String>,
    in db: Database
  ) throws {
    try db.execute(
      sql: """
        INSERT INTO entries (seq, recorded_at, author, kind, payload, prev_hash, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        entry.seq, entry.recordedAt, entry.author, entry.kind, entry.payload, entry.prevHash,
        entry.hash,
      ])
    // A voided entry (nil payload) changes no derived table.
    if let payload {
      try updateDerivedTables(seq: entry.seq, payload: payload, touched: &touched, in: db)
    }
  }

  /// The entry kinds a retraction may withdraw.
  static let retractableKinds: Set<String> = ["evidence", "verdict", "note"]

  /// Throws the error a retraction of `seq` would meet (`noSuchEntry`, `notRetractable` or
  /// `alreadyRetracted`) without writing anything, so a command can refuse bad input before
  /// it changes the ledger in any way.
  public func checkRetractable(_ seq: Int64) throws {
    try writer.read { db in
      let head = try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM entries") ?? 0
      try Ledger.checkRetractable(seq, head: head, in: db)
    }
  }

  private static func checkRetractable(_ target: Int64, head: Int64, in db: Database) throws {
    guard
      let kind = try String.fetchOne(
        db, sql: "SELECT kind FROM entries WHERE seq = ?", arguments: [target])
    else { throw LedgerError.noSuchEntry(seq: target, head: head) }
    guard retractableKinds.contains(kind) else {
      throw LedgerError.notRetractable(seq: target, kind: kind)
    }
    if let bySeq = try Int64.fetchOne(
      db, sql: "SELECT by_seq FROM retracted WHERE seq = ?", arguments: [target])
    {
      throw LedgerError.alreadyRetracted(seq: target, bySeq: bySeq)
    }
  }

  /// The SQL mirror of `DerivedState.apply`, then the forecast index (`index(seq:payload:)`).
  static func updateDerivedTables(
    seq: Int64, payload: EntryPayload, touched: inout Set<String>, in db: Database
  ) throws {
    try updateChainTables(seq: seq, payload: payload, in: db)
    try index(seq: seq, payload: payload, touched: &touched, in: db)
  }

  /// `catalog_items` and `retracted` for one entry (the index left to `index(seq:payload:)`).
  static func updateChainTables(seq: Int64, payload: EntryPayload, in db: Database)
    throws
  {
    switch payload {
    case .catalogAdd(let item), .amendment(let item, _):
      try db.execute(
        sql: """
          INSERT INTO catalog_items (kind, id, item, first_seq, last_seq, withdrawn)
          VALUES (?, ?, ?, ?, ?, 0)
          ON CONFLICT (kind, id) DO UPDATE
          SET item = excluded.item, last_seq = excluded.last_seq, withdrawn = 0
          """,
        arguments: [
          item.kindName, item.id, CatalogItemJSON.encode(item).canonicalText, seq, seq,
        ])
    case .withdrawal(let forecast):
      try db.execute(
        sql:
          "UPDATE catalog_items SET withdrawn = 1, last_seq = ? WHERE kind = 'forecast' AND id = ?",
        arguments: [seq, forecast])
    case .retraction(let retraction):
      try db.execute(
        sql: "INSERT INTO retracted (seq, by_seq) VALUES (?, ?)",
        arguments: [retraction.seq, seq])
    case .evidence, .verdict, .note, .void, .bulkImport:
      break
    }
  }
}
