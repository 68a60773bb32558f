import ArgumentParser
import Foundation
import HindsightCore
import HindsightReports
import HindsightWorkspace

extension HindsightCommand {
  /// `hindsight resolve`: every forecast's status at the cut, and the editor's to-do list.
  struct Resolve: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "resolve",
      abstract: "Resolve every forecast and list what the editor must do.",
      discussion: """
        Runs the resolver over the ledger and prints each forecast's status (open, due, true, \
        false, annulled), the rule that decided it and why, then the forecasts that are due \
        and what each needs. A `!` after a status marks a flag (a conflict or a late \
        amendment); `hindsight show ID` explains it.

        Use --as-of to judge the world as it was on a past day, and --known-by to use only \
        what the ledger had recorded by then:
          hindsight resolve --as-of 2025-12-31 --known-by 2026-01-15T00:00:00Z
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "Output format: table or json.")
    var format: ResolveFormat = .table

    func run() throws {
      let workspace = try Workspace.open(global)
      let forEach = { (body: (Resolution) -> Void) in
        try workspace.ledger.forEachResolution(
          asOf: workspace.asOf, knownBy: workspace.knownBy
        ) { body($1) }
      }
      switch format {
      case .json:
        var output = BufferedOutput()
        var writer = ResolutionListingWriter { bytes in
          output.append { $0.append(contentsOf: bytes) }
        }
        try forEach { writer.add($0) }
        writer.finish()
        output.flush()
      case .table:
        let style = Terminal.style(color: Terminal.useColor(global.color))
        let width = Terminal.width()
        var due: [Resolution] = []
        var pager = TablePager<Resolution> { page, first in
          if !first { print("") }
          let cells = style.tableCells(
            statusColumn: ResolutionListing.statusColumn, statuses: page.map(\.status))
          for line in ResolutionListing.table(page).render(maxWidth: width, style: cells) {
            print(line)
          }
        }
        try forEach { resolution in
          pager.add(resolution)
          if resolution.status == .due { due.append(resolution) }
        }
        pager.finish()
        print("")
        for line in ResolutionListing.todo(due, asOf: workspace.asOf, width: width) {
          print(line)
        }
      }
    }
  }
}

/// Output formats of `resolve`.
enum ResolveFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json
}
