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
  /// The path cannot hold or be a ledger: missing folder, a folder, a pipe, not SQLite, …
  case cannotOpen(path: String, reason: String)
  /// A SQLite database that is not a Hindsight ledger.
  case foreignDatabase(path: String)
  /// A ledger written by a newer Hindsight, with migrations this binary does not know.
  case newerSchema(path: String, unknown: [String], known: String)
  /// A ledger whose pages fail SQLite's quick check, refused before anything is written.
  case corrupt(path: String, detail: String)
  /// A new catalog item's id is already used by a bulk import.
  case idTaken(id: String, kind: String, place: String)
  /// A ledger that can only be read (its file or folder is read-only) asked to record.
  case readOnly(path: String, action: String)

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
    case .cannotOpen(let path, let reason):
      return "The ledger '\(path)' cannot be used: \(reason). Give another with --ledger PATH."
    case .foreignDatabase(let path):
      return
        "'\(path)' is a SQLite database but not a Hindsight ledger, so nothing was written to it; give a ledger file, or a new path, with --ledger."
    case .newerSchema(let path, let unknown, let known):
      return
        "The ledger '\(path)' was written by a newer Hindsight (its schema has \(unknown.joined(separator: ", ")); this one knows up to \(known)), so it is neither read nor written; use a newer hindsight."
    case .corrupt(let path, let detail):
      return
        "The ledger '\(path)' is damaged (SQLite's check says: \(detail)), so nothing was written to it; restore it from a backup, or rebuild it from its journal (move the ledger aside and run the command again)."
    case .idTaken(let id, let kind, let place):
      return
        "The catalog's \(kind) id '\(id)' is already \(place), so the catalog was not recorded; ids must name one thing: rename it in the catalog."
    case .readOnly(let path, let action):
      return
        "The ledger '\(path)' can only be read here (its file or folder is read-only), so \(action) cannot be recorded; copy it somewhere writable."
    }
  }
}
