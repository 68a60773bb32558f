import Foundation

/// Why the ledger refused a write or could not read an entry.
public enum LedgerError: LocalizedError, Equatable, Sendable {
  /// A retraction names a seq that no entry has.
  case noSuchEntry(seq: Int64, head: Int64)
  /// A retraction names an entry that is neither evidence nor a verdict.
  case notRetractable(seq: Int64, kind: String)
  /// A retraction names an entry that an earlier retraction already withdrew.
  case alreadyRetracted(seq: Int64, bySeq: Int64)
  /// The author is empty or contains a line break or another control character.
  case invalidAuthor(String)
  /// A payload holds a number that JSON cannot carry (NaN or infinite).
  case nonFiniteNumber(field: String)
  /// A stored payload or catalog item is not in the documented form.
  case malformedPayload(context: String, reason: String)

  /// One sentence naming the offending value, plus a hint.
  public var errorDescription: String? {
    switch self {
    case .noSuchEntry(let seq, let head):
      return head == 0
        ? "Entry \(seq) does not exist: the ledger is empty."
        : "Entry \(seq) does not exist: the ledger's entries run from 1 to \(head)."
    case .notRetractable(let seq, let kind):
      return
        "Entry \(seq) is a \(kind) entry and cannot be retracted; only evidence, verdict and note entries can (change the catalog file to amend catalog items)."
    case .alreadyRetracted(let seq, let bySeq):
      return "Entry \(seq) was already retracted by entry \(bySeq); nothing more to withdraw."
    case .invalidAuthor(let author):
      return
        "The author '\(author)' is not usable: give a non-empty name without line breaks or control characters."
    case .nonFiniteNumber(let field):
      return
        "The value of '\(field)' is not a finite number; give a plain decimal number such as 12.5."
    case .malformedPayload(let context, let reason):
      return
        "The stored \(context) is not in the ledger's canonical form: \(reason); run `hindsight verify` to find the first bad entry."
    }
  }
}
