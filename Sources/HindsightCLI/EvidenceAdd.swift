import ArgumentParser
import Foundation
import HindsightCore
import HindsightWorkspace

extension HindsightCommand.Evidence {
  /// `hindsight evidence add ID …`: record a sourced observation.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Record a sourced observation about a question or one forecast.",
      discussion: """
        Say what was observed with exactly one of --occurred, --not-occurred, --value, \
        --supports or --refutes, when it held with --observed (default: today), and where it \
        comes from with --source. Cite the source fully with --title, --publisher, \
        --published and a verbatim --excerpt, so a reader can judge it and find the passage. \
        The entry is appended to the ledger and its journal; every forecast whose resolution \
        it changes is listed.

        Examples (the evidence here is invented, to show the syntax; try it on a scratch \
        ledger, e.g. --ledger /tmp/try.sqlite, not on the one you publish):
          hindsight evidence add autonomous-driving-chatgpt-moment --occurred \\
            --observed 2025-06-15 --source https://example.org/fictional \\
            --title "A fictional page" --publisher "Example News (fictional)" \\
            --published 2025-06-16 --excerpt "The fictional passage, verbatim." \\
            --summary "Fictional: what was observed, in a sentence."
          hindsight evidence add xiaomi-rd-2023 --value 12345 --observed 2023-12-31 \\
            --source https://example.org/fictional
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(
      help: "The id of a question (the evidence concerns all its forecasts) or of one forecast.")
    var id: String

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp(
        "The day the observation holds for (default: today).", valueName: "YYYY-MM-DD"))
    var observed: String?

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp("Where it comes from: a URL or a citation (required).", valueName: "text"))
    var source: String?

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp("A short description of what was observed.", valueName: "text"))
    var summary: String = ""

    @Option(parsing: .unconditional, help: ArgumentHelp("The source's title.", valueName: "text"))
    var title: String?

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp(
        "Who published the source (the original publisher, not a repost).", valueName: "name"))
    var publisher: String?

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp("The day the source was published.", valueName: "YYYY-MM-DD"))
    var published: String?

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp(
        "The passage that holds the fact, verbatim, in the source's language.", valueName: "text"))
    var excerpt: String?

    @Flag(help: "The question's event occurred on the --observed day.")
    var occurred = false

    @Flag(
      name: .customLong("not-occurred"),
      help: "The event had not occurred as of the --observed day.")
    var notOccurred = false

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp(
        "The question's metric had this value on the --observed day.", valueName: "number"))
    var value: String?

    @Flag(help: "An assessment that supports the claim.")
    var supports = false

    @Flag(help: "An assessment that refutes the claim.")
    var refutes = false

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp(
        "How strong an assessment is: weak, moderate or strong (default: moderate).",
        valueName: "level"))
    var strength: Strength?

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp("Who records it (default: your login name).", valueName: "name"))
    var author: String?

    func run() throws {
      let now = Date()
      _ = try global.asOfDay(now: now)
      try TargetID.refuseUnknown(id, global: global)
      var evidence: Evidence?
      let workspace = try Workspace.open(global, author: author, now: now) { ledger, catalog in
        let target = try TargetID.resolve(id, in: catalog, ledger: ledger)
        evidence = try EvidenceInput(
          observed: observed, source: source, summary: summary, occurred: occurred,
          notOccurred: notOccurred, value: value, supports: supports, refutes: refutes,
          strength: strength, title: title, publisher: publisher, published: published,
          excerpt: excerpt
        ).evidence(for: target, today: Day(containing: now))
      }
      guard let evidence else { return }
      try Recorder(workspace: workspace, author: author, now: now).record(.evidence(evidence))
    }
  }
}
