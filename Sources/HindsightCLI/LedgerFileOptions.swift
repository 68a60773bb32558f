import ArgumentParser

/// `--ledger` and `--journal`: part of every command's `GlobalOptions`, and all that `verify`
/// and `repair`, which work on a ledger file without the catalog, take.
struct LedgerFileOptions: ParsableArguments {
  @Option(
    parsing: .unconditional,
    help: ArgumentHelp(
      "The ledger file (default: $HINDSIGHT_LEDGER, else ./hindsight.sqlite).", valueName: "path"))
  var ledger: String?

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp(
      "The ledger's journal, its text form for version control (default: $HINDSIGHT_JOURNAL, else the ledger's path ending in .jsonl).",
      valueName: "path"))
  var journal: String?

  /// The ledger path after the environment and default are applied.
  var ledgerPath: String { LedgerFiles.ledgerPath(explicit: ledger) }

  /// The journal path after the environment and default are applied.
  var journalPath: String { LedgerFiles.journalPath(explicit: journal, ledgerPath: ledgerPath) }
}
