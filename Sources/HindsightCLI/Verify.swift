import ArgumentParser
import Foundation
import HindsightStore

extension HindsightCommand {
  /// `hindsight verify`: integrity, hash chain and derived tables.
  struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "verify",
      abstract: "Check the ledger: SQLite integrity, the hash chain and the derived tables.",
      discussion: """
        Recomputes every entry's hash from the one before it, checks that each payload is in \
        canonical form and that the derived tables agree with the entries. Then checks the \
        journal (the ledger's text form, e.g. hindsight.jsonl) line by line the same way, and \
        that it holds exactly the ledger's entries. Prints the entry count and head hash of \
        each when all is well; otherwise names the first bad entry or line and exits with \
        status 1: the ledger's line comes first, in the form scripts/verify_ledger.py prints, \
        then the journal's. Without a ledger file, the journal alone is checked. Nothing is written, and \
        the catalog is not read or synced, so a ledger can be verified on its own:
          hindsight verify --ledger archive/hindsight.sqlite
        """)

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp(
        "The ledger file (default: $HINDSIGHT_LEDGER, else ./hindsight.sqlite).", valueName: "path")
    )
    var ledger: String?

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp(
        "The journal (default: $HINDSIGHT_JOURNAL, else the ledger's path ending in .jsonl).",
        valueName: "path"))
    var journal: String?

    func run() throws {
      let path = LedgerFiles.ledgerPath(explicit: ledger)
      let journal = LedgerJournal(
        path: LedgerFiles.journalPath(explicit: self.journal, ledgerPath: path))
      let hasLedger = FileManager.default.fileExists(atPath: path)
      let hasJournal = FileManager.default.fileExists(atPath: journal.path)
      guard hasLedger || hasJournal else {
        throw CLIError.invalidValue(
          option: "--ledger", value: path, hint: "no such file, and no journal \(journal.path).")
      }
      var ledgerFile: Ledger?
      if hasLedger {
        let opened = try Ledger(path: path)
        let report = try opened.verify()
        try show(report, ok: report.summary, bad: report.summary)
        ledgerFile = opened
      }
      if hasJournal {
        let report = try journal.verify(against: ledgerFile)
        let bad =
          report.firstBadSeq.map { "\(journal.path):\($0): \(report.problem ?? "")" }
          ?? "journal \(journal.path): \(report.problem ?? "")"
        try show(report, ok: "journal \(journal.path): \(report.summary)", bad: bad)
      }
    }

    private func show(_ report: VerifyReport, ok: String, bad: String) throws {
      guard report.isOK else {
        FileHandle.standardError.write(Data((bad + "\n").utf8))
        throw ExitCode(1)
      }
      print(ok)
    }
  }
}
