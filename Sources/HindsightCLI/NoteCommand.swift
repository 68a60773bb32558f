import ArgumentParser
import Foundation
import HindsightCore
import HindsightWorkspace

extension HindsightCommand {
  /// `hindsight note ID --text …`: an editor's note, e.g. what was searched.
  struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "note",
      abstract: "Record an editor's note on a question or forecast, such as what was searched.",
      discussion: """
        A note changes no resolution. Use it when a forecast stays due because nothing \
        decisive was found: say what was searched (queries, sources, corpora), so that the \
        next editor does not start from zero. Notes appear in `show`, `evidence list` and the \
        review's to-do list, and can be retracted like evidence. --observed is the day the \
        note speaks as of (default: today).

        Example (the note here is invented, to show the syntax; try it on a scratch ledger, \
        e.g. --ledger /tmp/try.sqlite, not on the one you publish):
          hindsight note misa-xr-heat-over-ai-2024 \\
            --text "Fictional: searched news pages for 'XR search interest 2024'; nothing decisive."
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The id of a question or of one forecast (of the catalog or of an import).")
    var id: String

    @Option(parsing: .unconditional, help: ArgumentHelp("The note (required).", valueName: "text"))
    var text: String?

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp(
        "The day the note speaks as of (default: today).", valueName: "YYYY-MM-DD"))
    var observed: String?

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp("Who records it (default: your login name).", valueName: "name"))
    var author: String?

    func run() throws {
      let text = try InputText.required(
        text, option: "--text", hint: "say what was searched or what is awaited.")
      let now = Date()
      let day = try InputDate.observed(observed, today: Day(containing: now))
      try TargetID.refuseUnknown(id, global: global)
      var target: TargetID?
      let workspace = try Workspace.open(global, author: author, now: now) { ledger, catalog in
        target = try TargetID.resolve(id, in: catalog, ledger: ledger)
      }
      guard let target else { return }
      let note = EditorNote(
        question: target.question.id, forecast: target.forecast?.id, observed: day, text: text)
      try Recorder(workspace: workspace, author: author, now: now).record(.note(note))
    }
  }
}
