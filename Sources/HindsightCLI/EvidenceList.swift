import ArgumentParser
import Foundation
import HindsightCore
import HindsightReports
import HindsightStore
import HindsightWorkspace

extension HindsightCommand.Evidence {
  /// `hindsight evidence list [ID]`: the evidence timeline.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "Show the evidence and verdicts recorded, oldest first.",
      discussion: """
        With an id, only what concerns that question (or that forecast, including what was \
        recorded about its whole question). Each line has the entry's seq, which \
        `hindsight retract` takes; retracted entries stay listed and say so. --known-by \
        shows the timeline as it stood at that time.
          hindsight evidence list autonomous-driving-chatgpt-moment
          hindsight evidence list --format csv > evidence.csv
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "A question or forecast id (default: everything).")
    var id: String?

    @Option(help: "Output format: table, json or csv.")
    var format: ListFormat = .table

    func run() throws {
      let workspace = try Workspace.open(global)
      let ledger = workspace.ledger
      let target = try id.map {
        try TargetID.resolve(
          $0,
          in: .catalog(try ledger.catalog(knownBy: workspace.knownBy).catalog(workspace.header)),
          ledger: ledger)
      }
      // One question's entries through the index, or every entry.
      let entries =
        try target.map {
          try ledger.slice(question: $0.question.id, knownBy: workspace.knownBy)?.entries ?? []
        } ?? ledger.entries(knownBy: workspace.knownBy)
      let items = EvidenceTimeline.items(
        entries: entries, question: target?.question.id, forecast: target?.forecast?.id)
      switch format {
      case .json: print(try EvidenceTimeline.json(items), terminator: "")
      case .csv: print(EvidenceTimeline.csv(items), terminator: "")
      case .table:
        guard !items.isEmpty else {
          print("No evidence or verdicts recorded\(id.map { " about \($0)" } ?? "") yet.")
          return
        }
        let style = Terminal.style(color: Terminal.useColor(global.color))
        let lines = EvidenceTimeline.table(items).render(
          maxWidth: Terminal.width(), style: style.tableCells(statusColumn: -1, statuses: []))
        print(lines.joined(separator: "\n"))
      }
    }
  }
}
