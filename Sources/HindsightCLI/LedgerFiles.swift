import Foundation
import HindsightStore

/// Where the ledger and its journal live when no option names them.
enum LedgerFiles {
  /// `explicit`, else `$HINDSIGHT_LEDGER`, else `hindsight.sqlite`.
  static func ledgerPath(explicit: String?) -> String {
    explicit ?? ProcessInfo.processInfo.environment["HINDSIGHT_LEDGER"] ?? "hindsight.sqlite"
  }

  /// `explicit`, else `$HINDSIGHT_JOURNAL`, else the ledger's path ending in `.jsonl`.
  static func journalPath(explicit: String?, ledgerPath: String) -> String {
    explicit ?? ProcessInfo.processInfo.environment["HINDSIGHT_JOURNAL"]
      ?? LedgerJournal.defaultPath(forLedger: ledgerPath)
  }
}
