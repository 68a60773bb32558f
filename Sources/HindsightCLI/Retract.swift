import ArgumentParser
import Foundation
import HindsightCore
import HindsightStore
import HindsightWorkspace

extension HindsightCommand {
  /// `hindsight retract SEQ --reason TEXT`: withdraw an evidence or verdict entry.
  struct Retract: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "retract",
      abstract: "Withdraw an earlier evidence or verdict entry, with a reason.",
      discussion: """
        Nothing is ever deleted: a retraction is a new entry that makes the resolver ignore \
        the one it names. Find an entry's seq with `hindsight evidence list`.
          hindsight retract 42 --reason "The source was corrected after the entry was made."
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The seq of the evidence, verdict or note entry to withdraw.")
    var seq: String

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp("Why it is withdrawn (required).", valueName: "text"))
    var reason: String?

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp("Who records it (default: your login name).", valueName: "name"))
    var author: String?

    func run() throws {
      guard let number = Int64(seq), number > 0 else {
        throw CLIError.invalidValue(
          option: "SEQ", value: seq, hint: "give an entry's seq, a whole number from 1.")
      }
      let reason = try InputText.required(
        reason, option: "--reason", hint: "say why the entry is withdrawn.")
      let now = Date()
      let workspace = try Workspace.open(global, author: author, now: now) { ledger, _ in
        try ledger.checkRetractable(number)
      }
      try Recorder(workspace: workspace, author: author, now: now)
        .record(.retraction(Retraction(seq: number, reason: reason)))
    }
  }
}
