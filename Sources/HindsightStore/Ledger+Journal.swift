import Foundation
import GRDB
import HindsightCore

// MARK: - The journal

extension Ledger {
  /// Brings the ledger and its journal level, in whichever direction is behind.
  ///
  /// When the journal's last line is the ledger's head, nothing is read beyond that line and
  /// nothing is written. When the ledger has entries the journal lacks (the normal case after a
  /// write), they are appended to the journal. When the journal has entries the ledger lacks
  /// (a fresh clone, a `git pull`), the whole journal is checked line by line and the missing
  /// entries are inserted into the ledger with their stored hashes, in one transaction. Both
  /// directions run under an exclusive lock on the journal, so concurrent writers append each
  /// entry once, in seq order.
  ///
  /// - Throws: `JournalError` when a line is bad, the two disagree, or the file cannot be
  ///   written.
  public func reconcileJournal() throws {
    guard let journal else { return }
    if try isLevel(with: journal) { return }
    if isReadOnly {
      // A read-only ledger cannot take the journal's new entries; a journal that is only
      // behind is left for a writable copy to catch up.
      if (try journal.tail()?.seq ?? 0) > (try head()?.seq ?? 0) {
        throw LedgerError.readOnly(path: ledgerPath, action: "the journal's new entries")
      }
      return
    }
    try journal.withLock {
      if try isLevel(with: journal) { return }
      let headSeq = try head()?.seq ?? 0
      let tailSeq = try journal.tail()?.seq ?? 0
      if tailSeq <= headSeq {
        try appendMissing(to: journal, after: tailSeq)
      } else {
        try restoreMissing(from: journal)
      }
    }
  }

  private func isLevel(with journal: LedgerJournal) throws -> Bool {
    let head = try head()
    let tail = try journal.tail()
    return head?.seq == tail?.seq && head?.hash == tail?.hash
  }

  private func appendMissing(to journal: LedgerJournal, after tailSeq: Int64) throws {
    let (matches, missing) = try writer.read { db in
      let tailHash = try String.fetchOne(
        db, sql: "SELECT hash FROM entries WHERE seq = ?", arguments: [tailSeq])
      let rows = try Row.fetchAll(
        db, sql: "SELECT * FROM entries WHERE seq > ? ORDER BY seq", arguments: [tailSeq])
      return (tailHash, rows.map(StoredEntry.init(row:)))
    }
    if tailSeq > 0, matches != (try journal.tail()?.hash) {
      throw JournalError.diverged(ledger: ledgerPath, journal: journal.path, seq: tailSeq)
    }
    try journal.append(missing)
  }

  private func restoreMissing(from journal: LedgerJournal) throws {
    let (lines, _) = try journal.read()
    try checkedWrite("the journal's new entries") { db in
      let head = try Row.fetchOne(
        db, sql: "SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1")
      let headSeq: Int64 = head?["seq"] ?? 0
      if headSeq > 0, lines[Int(headSeq) - 1].0.hash != head?["hash"] {
        throw JournalError.diverged(ledger: ledgerPath, journal: journal.path, seq: headSeq)
      }
      var touched: Set<String> = []
      for (entry, payload) in lines.dropFirst(Int(headSeq)) {
        if case .bulkImport(let bulk)? = payload {
          throw JournalError.importNotRestorable(
            path: journal.path, line: entry.seq, file: bulk.file)
        }
        try Ledger.insert(stored: entry, payload: payload, touched: &touched, in: db)
      }
      try Ledger.refreshResolutions(touched, in: db)
    }
  }
}
