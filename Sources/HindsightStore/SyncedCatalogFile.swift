import Foundation
import GRDB
import HindsightCore

/// What the ledger keeps of the catalog file it last synced: the SHA-256 of the file's bytes,
/// the fingerprint of its items (`CatalogDiff.fingerprint(of:)`), its header (the version and
/// the confidence scale, which the ledger's entries do not hold), and the questions the ledger
/// holds that the file does not.
///
/// While the file's bytes are still these and the ledger's synced fingerprint still this one,
/// syncing the file again would change nothing: a command takes the catalog from the ledger
/// (`Ledger.syncedCatalogFile(sha256:)`) instead of parsing and validating the file again
/// (docs/ledger.md, "The catalog file's digest").
public struct SyncedCatalogFile: Codable, Equatable, Sendable {
  /// The SHA-256 of the file's bytes, in lowercase hex.
  public var sha256: String
  /// The fingerprint of its items when they were synced.
  var fingerprint: String
  /// Its version and confidence scale.
  public var header: CatalogHeader
  /// The ids of the questions the ledger holds that the file lacks (an earlier file had them,
  /// and a question is never withdrawn), so that an id is looked up among the file's questions
  /// in the ledger as in the file; nil in a record kept before these were.
  public var droppedQuestions: Set<String>?

  /// Its row in `meta`.
  static let key = "catalog_file"

  /// The record in `db`'s `meta`, or nil when there is none or it cannot be read.
  static func read(in db: Database) throws -> SyncedCatalogFile? {
    guard
      let text = try String.fetchOne(
        db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
    else { return nil }
    return try? JSONDecoder().decode(SyncedCatalogFile.self, from: Data(text.utf8))
  }

  /// Writes the record into `db`'s `meta`, or removes it when `file` is nil.
  static func write(_ file: SyncedCatalogFile?, in db: Database) throws {
    guard let file else {
      try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [key])
      return
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    try Ledger.setMeta(key, to: String(decoding: try encoder.encode(file), as: UTF8.self), in: db)
  }
}
