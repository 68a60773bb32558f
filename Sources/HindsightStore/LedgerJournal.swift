import Foundation
import HindsightCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The ledger's text form: every entry as one JSON line, in seq order (docs/ledger.md, "The
/// journal").
///
/// The journal is what a repository commits and a fresh clone rebuilds its ledger from; the
/// SQLite file is the index over it. Line N holds entry N exactly as `StoredEntry.jsonLine`
/// writes it, followed by a line feed. This type reads and appends the file; `Ledger` keeps it
/// level with the `entries` table.
public struct LedgerJournal: Sendable {
  /// The file's path.
  public let path: String

  /// A journal at `path` (the file need not exist yet).
  public init(path: String) {
    self.path = path
  }

  /// Whether the file exists.
  var exists: Bool { FileManager.default.fileExists(atPath: path) }

  /// Throws unless the path is a regular file, so that a pipe or a device given as the
  /// journal is refused instead of blocking or reading forever.
  private func requireRegularFile() throws {
    var info = stat()
    guard stat(path, &info) == 0 else { return }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw JournalError.unreadable(path: path, reason: "it is not a regular file")
    }
  }

  /// Every entry of the file, each checked as part of the chain (`ChainCheck`), with its
  /// decoded payload and the derived state they imply.
  ///
  /// - Throws: `JournalError.badLine` naming the first line that is wrong, or
  ///   `JournalError.unreadable`.
  func read() throws -> (entries: [(StoredEntry, EntryPayload?)], chain: ChainCheck) {
    var chain = ChainCheck()
    var entries: [(StoredEntry, EntryPayload?)] = []
    let text = try contents()
    guard !text.isEmpty else { return ([], chain) }
    // Split at the line-feed byte: a split by `Character` walks the grapheme clusters of the
    // whole file, and takes a CR LF pair for one character, so a journal written with CR LF
    // line ends would read as one line.
    let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    var stored: [StoredEntry] = []
    for (index, line) in lines.enumerated() {
      let number = index + 1
      if index == lines.count - 1 {
        guard line.isEmpty else {
          throw JournalError.badLine(
            path: path, line: number, problem: "the last line does not end with a line feed")
        }
        break
      }
      guard let entry = StoredEntry(jsonLine: String(Substring(line))) else {
        throw JournalError.badLine(
          path: path, line: number,
          problem: "it is not an entry in the journal's exact JSON form")
      }
      stored.append(entry)
      if entry.kind == "void",
        case .void(let void)? = try? CanonicalEntry.payload(fromText: entry.payload)
      {
        chain.voided.insert(void.seq)
      }
    }
    for (index, entry) in stored.enumerated() {
      let number = index + 1
      do {
        let payload = try chain.add(entry)
        entries.append((entry, payload))
      } catch {
        throw JournalError.badLine(path: path, line: number, problem: error.message)
      }
    }
    return (entries, chain)
  }

  /// The seq and hash of the last line, read from the end of the file, or nil for a missing
  /// or empty file. A last line that is not a well-formed entry is reported by `read()`.
  func tail() throws -> (seq: Int64, hash: String)? {
    guard exists else { return nil }
    try requireRegularFile()
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw JournalError.unreadable(path: path, reason: "it cannot be opened for reading")
    }
    defer { try? handle.close() }
    let size = try handle.seekToEnd()
    guard size > 0 else { return nil }
    var window: UInt64 = 4096
    while true {
      let start = size > window ? size - window : 0
      try handle.seek(toOffset: start)
      let data = try handle.readToEnd() ?? Data()
      guard data.last == UInt8(ascii: "\n") else { throw try badTail() }
      let body = data.dropLast()
      if let newline = body.lastIndex(of: UInt8(ascii: "\n")) {
        return try parseTail(Data(body[(newline + 1)...]))
      }
      if start == 0 { return try parseTail(Data(body)) }
      window *= 4
    }
  }

  private func parseTail(_ data: Data) throws -> (seq: Int64, hash: String) {
    guard let line = String(data: data, encoding: .utf8), let entry = StoredEntry(jsonLine: line)
    else { throw try badTail() }
    return (entry.seq, entry.hash)
  }

  /// The error for a last line that is not an entry: the full read names the line.
  private func badTail() throws -> JournalError {
    _ = try read()
    return .unreadable(path: path, reason: "its last line is not an entry")
  }

  /// Appends entries, one line each, and flushes them to disk.
  func append(_ entries: [StoredEntry]) throws {
    guard !entries.isEmpty else { return }
    var text = ""
    for entry in entries {
      text += entry.jsonLine
      text += "\n"
    }
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
    guard descriptor >= 0 else { throw JournalError.unwritable(path: path, errno: errno) }
    defer { close(descriptor) }
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else { throw JournalError.unwritable(path: path, errno: errno) }
      written += count
    }
    guard fsync(descriptor) == 0 else { throw JournalError.unwritable(path: path, errno: errno) }
  }

  /// Runs `body` holding an exclusive lock on the journal file (created when missing), so that
  /// two processes never append the same entries.
  func withLock<T>(_ body: () throws -> T) throws -> T {
    var descriptor = open(path, O_RDWR | O_CREAT, 0o644)
    if descriptor < 0, errno == EACCES || errno == EROFS {
      // A journal that can only be read can still be locked, to rebuild a ledger from it.
      descriptor = open(path, O_RDONLY)
    }
    guard descriptor >= 0 else { throw JournalError.unwritable(path: path, errno: errno) }
    defer { close(descriptor) }
    guard flock(descriptor, LOCK_EX) == 0 else {
      throw JournalError.unwritable(path: path, errno: errno)
    }
    defer { flock(descriptor, LOCK_UN) }
    return try body()
  }

  private func contents() throws -> String {
    guard exists else { return "" }
    try requireRegularFile()
    guard let data = FileManager.default.contents(atPath: path) else {
      throw JournalError.unreadable(path: path, reason: "it cannot be read")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw JournalError.unreadable(path: path, reason: "it is not UTF-8 text")
    }
    return text
  }
}

extension LedgerJournal {
  /// The number of entries (lines), each checked as `read()` checks it.
  public func count() throws -> Int {
    try read().chain.count
  }

  /// The seq of the entry whose hash is `hash`, if any (the journal checked as `read()` does).
  public func seq(ofHash hash: String) throws -> Int64? {
    try read().entries.first { $0.0.hash == hash }?.0.seq
  }

  /// The journal's default path for a ledger file: the ledger's path with its extension
  /// replaced by `.jsonl` (`hindsight.sqlite` → `hindsight.jsonl`), or `.jsonl` appended when
  /// it has none.
  public static func defaultPath(forLedger ledgerPath: String) -> String {
    let url = URL(fileURLWithPath: ledgerPath)
    let name = url.lastPathComponent
    let stem = name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : name
    let file = (stem.isEmpty ? name : stem) + ".jsonl"
    let folder = (ledgerPath as NSString).deletingLastPathComponent
    return folder.isEmpty ? file : (folder as NSString).appendingPathComponent(file)
  }

  /// Checks every line as part of the chain, and, when `ledger` is given, that the journal
  /// holds exactly the ledger's entries (the same count and head hash).
  public func verify(against ledger: Ledger? = nil) throws -> VerifyReport {
    let chain: ChainCheck
    do {
      chain = try read().chain
    } catch JournalError.badLine(_, let line, let problem) {
      return VerifyReport(
        count: line - 1, headHash: nil, firstBadSeq: Int64(line), problem: problem)
    }
    let head = chain.count == 0 ? nil : chain.headHash
    if let ledger, let ledgerHead = try ledger.head(), ledgerHead.hash != head {
      // A journal one or more entries behind is what a process killed between its commit and
      // its append leaves; the next command appends the rest.
      let hashAtCount = try ledger.hash(ofSeq: Int64(chain.count))
      guard chain.count < ledgerHead.seq, chain.count == 0 || hashAtCount == head else {
        return VerifyReport(
          count: chain.count, headHash: nil,
          problem:
            "it holds \(chain.count) entries with head \(head ?? CanonicalEntry.genesisHash), and the ledger \(ledgerHead.seq) with head \(ledgerHead.hash)"
        )
      }
      return VerifyReport(
        count: chain.count, headHash: head, behind: Int(ledgerHead.seq) - chain.count)
    }
    return VerifyReport(count: chain.count, headHash: head)
  }
}
