import Foundation
import GRDB
import HindsightCore

// MARK: - Catalog sync

extension Ledger {
  /// Brings the ledger's catalog in line with `catalog` and returns the entries written (see
  /// `CatalogDiff.payloads(for:current:)`), all in one transaction. The catalog must already be
  /// valid. When the catalog's fingerprint equals the last synced one, nothing is written and
  /// no write transaction is opened, unless the file's digest is new.
  ///
  /// - Parameter fileSHA256: the SHA-256 of the catalog file's bytes (`CatalogFile`), kept
  ///   with the catalog's header so that a command reading the same bytes again takes the
  ///   catalog from the ledger (`syncedCatalogFile(sha256:)`); nil forgets any digest
  ///   kept when the catalog changes.
  @discardableResult
  public func sync(
    _ catalog: Catalog, fileSHA256: String? = nil, author: String, at date: Date
  ) throws -> [LedgerEntry] {
    guard CanonicalEntry.isValidAuthor(author) else { throw LedgerError.invalidAuthor(author) }
    let fingerprint = CatalogDiff.fingerprint(of: catalog)
    /// The record of the file, with the questions the ledger holds in `db` that it lacks.
    func file(in db: Database) throws -> SyncedCatalogFile? {
      guard let fileSHA256 else { return nil }
      let held = try String.fetchAll(
        db, sql: "SELECT id FROM catalog_items WHERE kind = 'question'")
      return SyncedCatalogFile(
        sha256: fileSHA256, fingerprint: fingerprint, header: CatalogHeader(of: catalog),
        droppedQuestions: Set(held).subtracting(catalog.questions.map(\.id)))
    }
    let (last, lastFile, current) = try writer.read { db in
      (try Ledger.syncedFingerprint(in: db), try SyncedCatalogFile.read(in: db), try file(in: db))
    }
    if last == fingerprint {
      if current != nil, current != lastFile, !isReadOnly {
        try checkedWrite("the catalog file's digest") { db in
          if try Ledger.syncedFingerprint(in: db) == fingerprint {
            try SyncedCatalogFile.write(try file(in: db), in: db)
          }
        }
      }
      return []
    }
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
      try Ledger.setMeta("catalog_fingerprint", to: fingerprint, in: db)
      try SyncedCatalogFile.write(try file(in: db), in: db)
      return written
    }
    if !written.isEmpty { try reconcileJournal() }
    return written
  }

  /// The record of the file whose bytes have `sha256` as their SHA-256, or nil unless those
  /// bytes are the ones the ledger last synced and its catalog has not changed since
  /// (`SyncedCatalogFile`). With it, the ledger's catalog (`catalog()`) is what parsing and
  /// syncing the file would leave, without parsing it.
  public func syncedCatalogFile(sha256: String) throws -> SyncedCatalogFile? {
    try writer.read { db in
      guard let file = try SyncedCatalogFile.read(in: db), file.sha256 == sha256,
        try Ledger.syncedFingerprint(in: db) == file.fingerprint
      else { return nil }
      return file
    }
  }

  /// The SHA-256 of the catalog file the ledger at `path` last synced, read without opening
  /// the ledger for writing (no migration, no journal reconciled), or nil when there is no
  /// such ledger or record. A command compares it with the file's bytes before anything else
  /// touches the ledger, so that a catalog that must be validated is validated first.
  public static func syncedCatalogSHA256(at path: String) -> String? {
    // Only a regular SQLite file is looked at (a pipe would block the open); whatever else is
    // at the path is left to the ledger's opening, to refuse with its reason.
    guard case .existing = try? LedgerFile.inspect(path),
      let queue = try? Ledger.readOnlyQueue(path: path, uri: path)
    else { return nil }
    return try? queue.read { db in try SyncedCatalogFile.read(in: db)?.sha256 }
  }

  /// The catalog as the ledger knew it at `knownBy` (now when nil); see `CatalogSnapshot.fold`.
  public func catalog(knownBy: Date? = nil) throws -> CatalogSnapshot {
    let entries = try writer.read { db in
      let (sql, arguments) = Ledger.entriesQuery(
        "SELECT * FROM entries WHERE kind IN ('catalog_add', 'amendment', 'withdrawal')",
        knownBy: knownBy)
      let voided = try Ledger.voided(in: db)
      return try Row.fetchAll(db, sql: sql, arguments: arguments)
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
