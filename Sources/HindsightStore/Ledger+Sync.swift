import Foundation
import GRDB
import HindsightCore

// MARK: - Catalog sync

extension Ledger {
  /// Brings the ledger's catalog in line with `catalog` and returns the entries written (see
  /// `CatalogDiff.payloads(for:current:)`), all in one transaction. The catalog must already be
  /// valid. When the catalog's fingerprint equals the last synced one, nothing is written and
  /// no write transaction is opened.
  @discardableResult
  public func sync(_ catalog: Catalog, author: String, at date: Date) throws -> [LedgerEntry] {
    guard CanonicalEntry.isValidAuthor(author) else { throw LedgerError.invalidAuthor(author) }
    let fingerprint = CatalogDiff.fingerprint(of: catalog)
    let last = try writer.read { db in try Ledger.syncedFingerprint(in: db) }
    if last == fingerprint { return [] }
    if isReadOnly {
      // Nothing can be recorded: fine when the ledger already holds this catalog.
      let changes = try writer.read { db in
        CatalogDiff.payloads(for: catalog, current: try Ledger.storedItems(in: db))
      }
      guard changes.isEmpty else {
        throw LedgerError.readOnly(path: ledgerPath, action: "the catalog's changes")
      }
      return []
    }
    let written = try checkedWrite("the catalog's changes") { db -> [LedgerEntry] in
      // Another process may have synced the same file since the read above.
      if try Ledger.syncedFingerprint(in: db) == fingerprint { return [] }
      let payloads = CatalogDiff.payloads(for: catalog, current: try Ledger.storedItems(in: db))
      for case .catalogAdd(let item) in payloads {
        try Ledger.refuseImportedID(item, in: db)
      }
      let texts = try payloads.map(CanonicalEntry.payloadText)
      let written = try Ledger.insert(payloads, texts: texts, author: author, at: date, in: db)
      try db.execute(
        sql: """
          INSERT INTO meta (key, value) VALUES ('catalog_fingerprint', ?)
          ON CONFLICT (key) DO UPDATE SET value = excluded.value
          """, arguments: [fingerprint])
      return written
    }
    if !written.isEmpty { try reconcileJournal() }
    return written
  }

  /// The catalog as the ledger knew it at `knownBy` (now when nil); see `CatalogSnapshot.fold`.
  public func catalog(knownBy: Date? = nil) throws -> CatalogSnapshot {
    let entries = try writer.read { db in
      var sql = "SELECT * FROM entries WHERE kind IN ('catalog_add', 'amendment', 'withdrawal')"
      var arguments: StatementArguments = []
      if let knownBy {
        sql += " AND recorded_at <= ?"
        arguments = [Timestamp.format(knownBy)]
      }
      let voided = try Ledger.voided(in: db)
      return try Row.fetchAll(db, sql: sql + " ORDER BY seq", arguments: arguments)
        .filter { !voided.contains($0["seq"]) }.map(Ledger.entry(from:))
    }
    return CatalogSnapshot.fold(entries, knownBy: knownBy)
  }

  /// Throws `LedgerError.idTaken` when a new catalog item's id is already an id of a bulk
  /// import: ids name one thing across the catalog and imports.
  private static func refuseImportedID(_ item: CatalogItem, in db: Database) throws {
    let uses: [(sql: String, place: String)] = [
      ("SELECT seq FROM forecasts WHERE forecast = ? AND imported = 1 LIMIT 1", "a forecast"),
      ("SELECT seq FROM forecasts WHERE question = ? AND imported = 1 LIMIT 1", "a question"),
      ("SELECT seq FROM forecasts WHERE speaker = ? AND imported = 1 LIMIT 1", "a speaker"),
    ]
    for use in uses {
      if let seq = try Int64.fetchOne(db, sql: use.sql, arguments: [item.id]) {
        throw LedgerError.idTaken(
          id: item.id, kind: item.kindName, place: "\(use.place) of the import in entry \(seq)")
      }
    }
  }

  private static func syncedFingerprint(in db: Database) throws -> String? {
    try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'catalog_fingerprint'")
  }
}
