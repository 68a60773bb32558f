import ArgumentParser
import Foundation
import HindsightReports

/// The `hindsight` command: a ledger of public forecasts, their evidence, resolutions and scores.
public struct HindsightCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "hindsight",
    abstract:
      "A local-first ledger of public forecasts: who predicted what, and how it turned out.",
    discussion: """
      Hindsight keeps a catalog of forecasts (predictions.yaml), records sourced evidence \
      in an append-only ledger (hindsight.sqlite, with its text form hindsight.jsonl for \
      version control), resolves every forecast and scores \
      each speaker's calibration.

      Start with `hindsight ls` to see the forecasts, `hindsight show ID` for one of them.
      """,
    version: "0.1.0",
    subcommands: [
      Check.self, Forecasts.self, Show.self, Evidence.self, VerdictCommand.self, NoteCommand.self,
      Retract.self,
      Resolve.self, ScorecardCommand.self, Review.self, Verify.self, RepairCommand.self,
      Export.self,
      Import.self,
      Generate.self,
    ]
  )

  public init() {}

  /// Parses the command line and runs the command, like `ParsableCommand.main()`, except that
  /// an error message — which may echo a value from the command line or a file — is written
  /// with its control characters made visible (`TerminalText.visible`), so that no value can
  /// retitle or clear the user's terminal.
  public static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      // Help and version requests print as ArgumentParser prints them.
      guard code != .success else { exit(withError: error) }
      let message = TerminalText.visible(
        NegativeArgument.explain(fullMessage(for: error), arguments: CommandLine.arguments),
        multiLine: true)
      // An `ExitCode` after the command printed its own report has no message.
      if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
      Foundation.exit(code.rawValue)
    }
  }
}
