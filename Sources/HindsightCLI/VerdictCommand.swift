import ArgumentParser
import Foundation
import HindsightCore
import HindsightWorkspace

extension HindsightCommand {
  /// `hindsight verdict ID --true|--false|--annul …`: an explicit resolution.
  struct VerdictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "verdict",
      abstract: "Resolve a question or one forecast explicitly: true, false or annulled.",
      discussion: """
        A verdict on a forecast decides it; a verdict on a question decides every forecast \
        of the question. It overrides the evidence, and the latest recorded verdict wins. \
        --observed is the day the outcome was settled in the world (default: today); it \
        becomes the forecast's resolved-on date. --annul removes a forecast from every score.

        Example (the verdict here is invented, to show the syntax; try it on a scratch \
        ledger, e.g. --ledger /tmp/try.sqlite, not on the one you publish):
          hindsight verdict misa-xr-heat-over-ai-2024 --false \\
            --reason "Fictional: why the claim did not come true." \\
            --source https://example.org/fictional --observed 2024-12-31
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The id of a question or of one forecast (of the catalog or of an import).")
    var id: String

    @Flag(name: .customLong("true"), help: "The claim came true.")
    var isTrue = false

    @Flag(name: .customLong("false"), help: "The claim did not come true.")
    var isFalse = false

    @Flag(help: "Exclude the forecast(s) from every score (e.g. the question proved ill-posed).")
    var annul = false

    @Option(parsing: .unconditional, help: ArgumentHelp("Why (required).", valueName: "text"))
    var reason: String?

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp("A URL or citation that settles it (required).", valueName: "text"))
    var source: String?

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp(
        "The day the outcome was settled (default: today).", valueName: "YYYY-MM-DD"))
    var observed: String?

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp("Who records it (default: your login name).", valueName: "name"))
    var author: String?

    func run() throws {
      let outcomes: [VerdictOutcome] = [
        isTrue ? .true : nil, isFalse ? .false : nil, annul ? .annulled : nil,
      ]
      .compactMap { $0 }
      guard outcomes.count == 1, let outcome = outcomes.first else {
        throw CLIError.conflictingOptions("Give exactly one of --true, --false or --annul.")
      }
      let reason = try InputText.required(
        reason, option: "--reason", hint: "say why, in a sentence.")
      let source = try InputText.required(
        source, option: "--source", hint: "give a URL or a citation a reader can follow.")
      let now = Date()
      let day = try InputDate.observed(observed, today: Day(containing: now))
      try TargetID.refuseUnknown(id, global: global)
      var target: TargetID?
      let workspace = try Workspace.open(global, author: author, now: now) { ledger, catalog in
        target = try TargetID.resolve(id, in: catalog, ledger: ledger)
      }
      guard let target else { return }
      let verdict = Verdict(
        question: target.question.id, forecast: target.forecast?.id, outcome: outcome,
        reason: reason, source: source, observed: day)
      try Recorder(workspace: workspace, author: author, now: now).record(.verdict(verdict))
    }
  }
}
