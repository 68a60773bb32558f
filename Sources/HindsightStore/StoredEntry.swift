import GRDB
import HindsightCore

/// One entry exactly as stored: the seven columns of `entries` as text, before any decoding.
///
/// It is what the hash covers and what the journal (docs/ledger.md, "The journal") holds, one
/// JSON line each.
public struct StoredEntry: Hashable, Sendable {
  /// The entry's position in the chain, from 1.
  public var seq: Int64
  /// The canonical UTC timestamp.
  public var recordedAt: String
  /// Who wrote it.
  public var author: String
  /// The entry kind, equal to the payload's `"type"`.
  public var kind: String
  /// The payload's canonical JSON text.
  public var payload: String
  /// The previous entry's hash.
  public var prevHash: String
  /// The entry's hash.
  public var hash: String

  /// Creates a stored entry from its columns.
  public init(
    seq: Int64, recordedAt: String, author: String, kind: String, payload: String,
    prevHash: String, hash: String
  ) {
    self.seq = seq
    self.recordedAt = recordedAt
    self.author = author
    self.kind = kind
    self.payload = payload
    self.prevHash = prevHash
    self.hash = hash
  }

  /// Reads a row of `entries`.
  init(row: Row) {
    self.init(
      seq: row["seq"], recordedAt: row["recorded_at"], author: row["author"], kind: row["kind"],
      payload: row["payload"], prevHash: row["prev_hash"], hash: row["hash"])
  }

  /// The entry as one JSON line (no line feed): the keys `seq`, `recorded_at`, `author`,
  /// `kind`, `payload` (the stored payload object, verbatim), `prev_hash` and `hash`, in this
  /// order. `hindsight export` and the journal write exactly this.
  public var jsonLine: String {
    var line = "{\"seq\":\(seq),\"recorded_at\":"
    JSONValue.writeString(recordedAt, to: &line)
    line += ",\"author\":"
    JSONValue.writeString(author, to: &line)
    line += ",\"kind\":"
    JSONValue.writeString(kind, to: &line)
    line += ",\"payload\":" + payload + ",\"prev_hash\":"
    JSONValue.writeString(prevHash, to: &line)
    line += ",\"hash\":"
    JSONValue.writeString(hash, to: &line)
    line += "}"
    return line
  }

  /// Reads a JSON line written by `jsonLine`; nil unless the line is exactly in that form, so
  /// that a line changed by hand in any way (even its spacing) is noticed.
  public init?(jsonLine line: String) {
    guard case .object(let members)? = try? JSONValue.parse(line), members.count == 7,
      case .number(let number)? = members["seq"], number == number.rounded(), number >= 1,
      number < 1e15,
      case .string(let recordedAt)? = members["recorded_at"],
      case .string(let author)? = members["author"],
      case .string(let kind)? = members["kind"],
      let payload = members["payload"], case .object = payload,
      case .string(let prevHash)? = members["prev_hash"],
      case .string(let hash)? = members["hash"]
    else { return nil }
    self.init(
      seq: Int64(number), recordedAt: recordedAt, author: author, kind: kind,
      payload: payload.canonicalText, prevHash: prevHash, hash: hash)
    guard jsonLine == line else { return nil }
  }
}
