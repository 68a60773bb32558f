import Foundation

/// The typed content of one ledger entry.
public enum EntryPayload: Hashable, Sendable, Codable {
  /// A catalog item seen for the first time by a sync.
  case catalogAdd(CatalogItem)
  /// A catalog item changed in the file: the item as it now is, and the field-level diff.
  case amendment(CatalogItem, changes: [FieldChange])
  /// A forecast removed from the catalog file (kept in the ledger, no longer resolved or scored).
  case withdrawal(forecast: String)
  /// A sourced observation.
  case evidence(Evidence)
  /// An explicit resolution.
  case verdict(Verdict)
  /// Withdraws an earlier evidence, verdict or note entry.
  case retraction(Retraction)
  /// An editor's note (what was searched, what is awaited); it never changes a resolution.
  case note(EditorNote)
  /// Sets aside an earlier entry that this Hindsight cannot read back (`hindsight repair`):
  /// its hash still chains, but no reader decodes it again.
  case void(Retraction)
  /// A whole file of forecasts (binary questions, forecasts and their outcomes) imported at once.
  case bulkImport(BulkImport)
}

/// One append-only, hash-chained entry of the ledger.
public struct LedgerEntry: Hashable, Sendable {
  /// The entry's position in the chain, from 1.
  public var seq: Int64
  /// When the entry was written (UTC): transaction time.
  public var recordedAt: Date
  /// Who wrote it.
  public var author: String
  /// What it says.
  public var payload: EntryPayload
  /// The previous entry's hash (64 zeros for the first entry).
  public var prevHash: String
  /// SHA-256 over `prevHash` and the entry's canonical serialisation, lowercase hex.
  public var hash: String

  /// Creates an entry.
  public init(
    seq: Int64, recordedAt: Date, author: String, payload: EntryPayload, prevHash: String,
    hash: String
  ) {
    self.seq = seq
    self.recordedAt = recordedAt
    self.author = author
    self.payload = payload
    self.prevHash = prevHash
    self.hash = hash
  }
}
