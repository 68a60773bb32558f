import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why the journal could not be read, written or reconciled with the ledger.
public enum JournalError: LocalizedError, Equatable, Sendable {
  /// A line is not a valid entry of the chain (edited by hand, corrupted, out of order).
  case badLine(path: String, line: Int, problem: String)
  /// The file cannot be read, or is not UTF-8 text.
  case unreadable(path: String, reason: String)
  /// The file cannot be created or written.
  case unwritable(path: String, errno: Int32)
  /// The ledger and the journal hold different entries at the same seq.
  case diverged(ledger: String, journal: String, seq: Int64)
  /// The journal holds a bulk import the ledger lacks; a journal does not carry imported rows.
  case importNotRestorable(path: String, line: Int64, file: String)

  /// One sentence naming the file and what is wrong, plus a hint.
  public var errorDescription: String? {
    switch self {
    case .badLine(let path, let line, let problem):
      return
        "\(path):\(line): \(problem). The journal is written by hindsight alone and must not be edited by hand: restore it from version control (e.g. git checkout -- \(path))."
    case .unreadable(let path, let reason):
      return "The journal \(path) cannot be read: \(reason)."
    case .unwritable(let path, let code):
      return
        "The journal \(path) cannot be written: \(String(cString: strerror(code))). Check that its folder is writable, or name another with --journal."
    case .diverged(let ledger, let journal, let seq):
      return
        "The ledger \(ledger) and its journal \(journal) hold different entries from entry \(seq) on. If the journal is the record to keep (e.g. after a git pull), move the ledger aside and run the command again to rebuild it from the journal."
    case .importNotRestorable(let path, let line, let file):
      return
        "\(path):\(line) is a bulk import of \(file), whose rows a journal does not carry, so the ledger cannot be rebuilt past it; keep the ledger file, or import \(file) again into a new ledger."
    }
  }
}
