import ArgumentParser

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
      Resolve.self, ScorecardCommand.self, Review.self, Verify.self, Export.self, Import.self,
      Generate.self,
    ]
  )

  public init() {}
}
