import ArgumentParser
import Foundation
import HindsightCore
import HindsightStore

/// Options every command that reads the catalog or the ledger accepts.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "The catalog file (default: $HINDSIGHT_CATALOG, else ./predictions.yaml).",
      valueName: "path"))
  var catalog: String?

  @OptionGroup var files: LedgerFileOptions

  @Option(
    name: .customLong("as-of"), parsing: .unconditional,
    help: ArgumentHelp(
      "Judge the world as of this day: only evidence observed on or before it counts (default: today).",
      valueName: "YYYY-MM-DD"))
  var asOf: String?

  @Option(
    name: .customLong("known-by"), parsing: .unconditional,
    help: ArgumentHelp(
      "Use only ledger entries recorded by this UTC time, e.g. 2026-01-15T00:00:00Z (default: now).",
      valueName: "timestamp"))
  var knownBy: String?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "Colour output: auto (only on a terminal), always or never.", valueName: "when"))
  var color: ColorChoice = .auto

  /// The catalog path after the environment and default are applied.
  var catalogPath: String {
    catalog ?? ProcessInfo.processInfo.environment["HINDSIGHT_CATALOG"] ?? "predictions.yaml"
  }

  /// The ledger path after the environment and default are applied.
  var ledgerPath: String {
    files.ledgerPath
  }

  /// The journal path after the environment and default are applied.
  var journalPath: String {
    files.journalPath
  }

  /// Opens the ledger with its journal.
  func openLedger() throws -> Ledger {
    try Ledger(path: ledgerPath, journal: journalPath)
  }

  /// The as-of day: `--as-of`, else today (UTC).
  func asOfDay(now: Date = Date()) throws -> Day {
    guard let asOf else { return Day(containing: now) }
    guard let day = Day(asOf) else {
      throw CLIError.invalidValue(
        option: "--as-of", value: asOf, hint: "write a date as YYYY-MM-DD, e.g. 2025-12-31.")
    }
    try InputDate.requirePlausible(day, option: "--as-of", text: asOf)
    return day
  }

  /// The known-by instant: `--known-by`, else now.
  func knownByDate(now: Date = Date()) throws -> Date {
    guard let knownBy else { return now }
    guard let date = Timestamp.parse(knownBy) else {
      throw CLIError.invalidValue(
        option: "--known-by", value: knownBy,
        hint: "write a UTC time as 2026-01-15T00:00:00Z, or a day, 2026-01-15 (meaning its end).")
    }
    try InputDate.requirePlausible(Day(containing: date), option: "--known-by", text: knownBy)
    return date
  }
}

/// When to colour terminal output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never
}
