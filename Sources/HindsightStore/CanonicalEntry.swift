import Foundation
import HindsightCore

/// The ledger's canonical serialisation of entries and the hash that chains them
/// (specified in docs/ledger.md).
public enum CanonicalEntry {
  /// The `prev_hash` of the first entry: 64 zeros.
  public static let genesisHash = String(repeating: "0", count: 64)

  /// The entry kind stored in the `kind` column and as the payload's `"type"`: `catalog_add`,
  /// `amendment`, `withdrawal`, `evidence`, `verdict`, `retraction`, `note` or `bulk_import`.
  public static func kind(of payload: EntryPayload) -> String {
    switch payload {
    case .catalogAdd: "catalog_add"
    case .amendment: "amendment"
    case .withdrawal: "withdrawal"
    case .evidence: "evidence"
    case .verdict: "verdict"
    case .retraction: "retraction"
    case .note: "note"
    case .void: "void"
    case .bulkImport: "bulk_import"
    }
  }

  /// The payload's canonical JSON value.
  public static func json(of payload: EntryPayload) -> JSONValue {
    PayloadJSON.encode(payload)
  }

  /// The payload's canonical JSON text, as stored in the `payload` column and hashed.
  ///
  /// - Throws: `LedgerError.nonFiniteNumber` when a number is NaN or infinite.
  public static func payloadText(_ payload: EntryPayload) throws -> String {
    let value = PayloadJSON.encode(payload)
    if let field = firstNonFinite(in: value, path: "payload") {
      throw LedgerError.nonFiniteNumber(field: field)
    }
    return value.canonicalText
  }

  /// Reads a payload from its stored JSON text.
  public static func payload(fromText text: String) throws -> EntryPayload {
    let value: JSONValue
    do {
      value = try JSONValue.parse(text)
    } catch {
      throw LedgerError.malformedPayload(context: "payload", reason: "it is not valid JSON")
    }
    return try PayloadJSON.decode(value)
  }

  /// The exact string whose SHA-256 is an entry's hash: the six fields joined by a line feed,
  /// with no trailing line feed — `prev_hash`, `seq` (decimal), `recorded_at`, `author`, `kind`
  /// and the stored payload text.
  public static func hashInput(
    prevHash: String, seq: Int64, recordedAt: String, author: String, kind: String,
    payloadText: String
  ) -> String {
    [prevHash, String(seq), recordedAt, author, kind, payloadText].joined(separator: "\n")
  }

  /// SHA-256 of the UTF-8 bytes of `hashInput(...)`, as 64 lowercase hex digits.
  public static func hash(
    prevHash: String, seq: Int64, recordedAt: String, author: String, kind: String,
    payloadText: String
  ) -> String {
    let input = hashInput(
      prevHash: prevHash, seq: seq, recordedAt: recordedAt, author: author, kind: kind,
      payloadText: payloadText)
    return HexDigest.sha256(input)
  }

  /// Whether an author name is usable: non-empty, no control characters (so the hash input's
  /// line structure is unambiguous).
  public static func isValidAuthor(_ author: String) -> Bool {
    !author.isEmpty && !author.unicodeScalars.contains { $0.properties.generalCategory == .control }
  }

  private static func firstNonFinite(in value: JSONValue, path: String) -> String? {
    switch value {
    case .number(let number): return number.isFinite ? nil : path
    case .array(let values):
      for (index, element) in values.enumerated() {
        if let found = firstNonFinite(in: element, path: "\(path)[\(index)]") { return found }
      }
      return nil
    case .object(let members):
      for key in members.keys.sorted() {
        if let found = firstNonFinite(in: members[key]!, path: "\(path).\(key)") { return found }
      }
      return nil
    default: return nil
    }
  }
}
