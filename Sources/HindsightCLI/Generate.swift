import ArgumentParser
import Foundation
import HindsightCore

extension HindsightCommand {
  /// `hindsight generate`: a synthetic flat CSV for benchmarks and tests.
  struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "generate",
      abstract: "Write a synthetic flat CSV of forecasts (a benchmarking tool).",
      discussion: """
        The same --seed gives the same bytes on every machine. Speakers differ in calibration \
        (docs/import.md, "Synthetic ledgers"); every forecast is resolved.
          hindsight generate --speakers 10000 --forecasts 1000000 --seed 1 --output synthetic.csv
        """,
      shouldDisplay: false)

    @Option(parsing: .unconditional, help: "How many speakers.") var speakers: Int = 100
    @Option(parsing: .unconditional, help: "How many forecasts (rows).") var forecasts: Int = 10_000
    @Option(parsing: .unconditional, help: "The random seed.") var seed: UInt64 = 1
    @Option(
      parsing: .unconditional,
      help: ArgumentHelp("The file to write (default: standard output).", valueName: "path"))
    var output: String?

    func run() throws {
      guard speakers > 0 else {
        throw CLIError.invalidValue(
          option: "--speakers", value: String(speakers), hint: "give a positive number.")
      }
      guard forecasts > 0 else {
        throw CLIError.invalidValue(
          option: "--forecasts", value: String(forecasts), hint: "give a positive number.")
      }
      let handle: FileHandle
      if let output {
        // No options name them here: guard the files a command would use by default.
        let ledger = LedgerFiles.ledgerPath(explicit: nil)
        try OutputGuard.check(
          output,
          against: OutputGuard.files(
            ledger: ledger, journal: LedgerFiles.journalPath(explicit: nil, ledgerPath: ledger),
            catalog: ProcessInfo.processInfo.environment["HINDSIGHT_CATALOG"] ?? "predictions.yaml"
          ))
        guard FileManager.default.createFile(atPath: output, contents: nil),
          let opened = FileHandle(forWritingAtPath: output)
        else {
          throw CLIError.invalidValue(
            option: "--output", value: output, hint: "cannot write there.")
        }
        handle = opened
      } else {
        handle = .standardOutput
      }
      SyntheticLedger(speakers: speakers, forecasts: forecasts, seed: seed).write {
        handle.write(Data($0))
      }
      try? handle.close()
    }
  }
}
