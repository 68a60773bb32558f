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

        With --head HASH it also checks that HASH — the head hash a published review prints — \
        is this ledger's head or an earlier entry of its chain, and says which; otherwise the \
        chain was rewritten, or the review came from another ledger, and it exits with status 1:
          hindsight verify --head 22884bb5331b82472d10f6f2842ed3e7e317e753ba6f2c772a9e642a44c8ba10
        """)

    @OptionGroup var files: LedgerFileOptions

    @Option(
      name: [.customLong("head"), .customLong("expect-head")], parsing: .unconditional,
      help: ArgumentHelp(
        "A head hash published earlier (64 hex digits): exit 1 unless it is in this chain.",
        valueName: "hash"))
    var head: String?

    func run() throws {
      if let head, !HexDigest.isSHA256(head) {
        throw CLIError.invalidValue(
          option: "--head", value: head,
          hint: "give the 64 lowercase hexadecimal digits of a hash, as a review prints it.")
      }
      let path = files.ledgerPath
      let journal = LedgerJournal(path: files.journalPath)
      let hasLedger = FileManager.default.fileExists(atPath: path)
      let hasJournal = FileManager.default.fileExists(atPath: journal.path)
      guard hasLedger || hasJournal else {
        throw CLIError.invalidValue(
          option: "--ledger", value: path, hint: "no such file, and no journal \(journal.path).")
      }
      var ledgerFile: Ledger?
      // What is being checked, on a terminal: a large ledger takes seconds a stage.
      var status = StatusLine()
      defer { status.clear() }
      if hasLedger {
        let opened = try Ledger(path: path)
        let report = try opened.verify { status.show("Verifying the ledger: \(Self.name($0))…") }
        status.clear()
        try show(report, ok: report.summary, bad: report.summary)
        ledgerFile = opened
      }
      if hasJournal {
        status.show("Verifying the journal…")
        let report = try journal.verify(against: ledgerFile)
        status.clear()
        let bad =
          report.firstBadSeq.map { "\(journal.path):\($0): \(report.problem ?? "")" }
          ?? "journal \(journal.path): \(report.problem ?? "")"
        try show(report, ok: "journal \(journal.path): \(report.summary)", bad: bad)
      }
      if let head {
        let count = try ledgerFile?.count() ?? journal.count()
        let seq = try ledgerFile?.seq(ofHash: head) ?? journal.seq(ofHash: head)
        try show(
          HeadCheck.report(hash: head, seq: seq, count: count),
          ok: HeadCheck.line(head, seq, count),
          bad: HeadCheck.line(head, seq, count))
      }
    }

    /// How the status line names a stage of `Ledger.verify`.
    static func name(_ stage: Ledger.VerifyStage) -> String {
      switch stage {
      case .integrity: "SQLite's integrity check"
      case .chain: "the hash chain"
      case .derivedTables: "the derived tables"
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
