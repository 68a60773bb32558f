import ArgumentParser
import Foundation
import HindsightCore
import HindsightReports
import HindsightStore
import HindsightWorkspace

extension HindsightCommand {
  /// `hindsight forecasts` (alias `ls`): the list of forecasts, filtered.
  struct Forecasts: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "forecasts",
      abstract:
        "List forecasts: who said what, when it closes, how sure they were, and its status.",
      discussion: """
        Each row is one forecast from the catalog: its id (use it with `hindsight show`), the \
        speaker, the claim, the window or date it is judged at, the probability p that the \
        claim is true, and its status at --as-of: open (window not closed), due (closed, \
        waiting for evidence or a verdict), true, false or annulled. A status followed by \
        * marks a forecast the editor judged already true when it was said (show ID gives \
        the reason).

        Filters combine: a forecast must match every filter given, and any of the values \
        of a repeated filter.

        The table is printed a page of 1,000 rows at a time, each page with its header. \
        On a terminal the table fits its width: when it is too narrow, speakers are named in \
        their original script only and claims are shortened, or moved onto a line of their \
        own under their row; ids, dates and statuses stay whole. Through a pipe or into a \
        file every cell is printed whole, one row a line (an exported COLUMNS still fits the \
        table to that width). Use --format json or csv for scripts.

        Examples:
          hindsight ls
          hindsight ls --speaker kai-fu-lee --status due
          hindsight forecasts --tag autonomous-driving --due-before 2026-01-01 --format csv
        """,
      aliases: ["ls"]
    )

    @OptionGroup var global: GlobalOptions

    @Option(
      name: .long,
      help: ArgumentHelp(
        "Only this speaker's forecasts (repeatable): an id, or a name as written in the catalog (李开复, Kai-Fu Lee).",
        valueName: "speaker"))
    var speaker: [String] = []

    @Option(
      name: .long,
      help: ArgumentHelp(
        "Only forecasts with this status: open, due, true, false or annulled (repeatable).",
        valueName: "status"))
    var status: [StatusOption] = []

    @Option(
      name: .long,
      help: ArgumentHelp(
        "Only forecasts whose question has this tag (repeatable).", valueName: "tag"))
    var tag: [String] = []

    @Option(
      name: .customLong("due-before"),
      help: ArgumentHelp(
        "Only forecasts whose window closes (or numeric date falls) before this day.",
        valueName: "YYYY-MM-DD"))
    var dueBefore: String?

    @Option(
      name: .long, help: ArgumentHelp("Output format: table, json or csv.", valueName: "format"))
    var format: ListFormat = .table

    func run() throws {
      let workspace = try Workspace.open(global)
      // Only the catalog's speakers and the listed speakers' forecasts are read, not the
      // whole catalog (`Ledger.catalogForecasts`).
      let known = try workspace.ledger.catalogSpeakers(knownBy: workspace.knownBy)
      let query = try makeQuery { try workspace.speakerIDs($0, known: known) }
      let items = Dictionary(
        try workspace.ledger.catalogForecasts(
          knownBy: workspace.knownBy, of: query.speakers.isEmpty ? nil : query.speakers
        ).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      let speakers = Dictionary(
        known.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      let forEachRow = { (body: (ForecastRow) -> Void) in
        try workspace.ledger.forEachForecast(
          asOf: workspace.asOf, knownBy: workspace.knownBy, query: query
        ) { indexed in
          let item = indexed.imported ? nil : items[indexed.row.forecast]
          body(
            ForecastRow(indexed, item: item, speaker: item.flatMap { speakers[$0.speaker] }))
        }
      }
      switch format {
      case .json, .csv:
        var output = BufferedOutput()
        var writer = ForecastListingWriter(format: format == .json ? .json : .csv) { bytes in
          output.append { $0.append(contentsOf: bytes) }
        }
        try forEachRow { writer.add($0) }
        writer.finish()
        output.flush()
      case .table:
        let style = Terminal.style(color: Terminal.useColor(global.color))
        let width = Terminal.width()
        var marked = false
        var pager = TablePager { (rows: [ForecastRow], first: Bool) in
          if !first { print("") }
          marked = marked || rows.contains { $0.alreadyTrueWhenSaid != nil }
          let lines = ForecastListing.table(rows, fitting: width).render(
            maxWidth: width,
            style: style.tableCells(
              statusColumn: ForecastListing.statusColumn, statuses: rows.map(\.state.status)))
          print(lines.joined(separator: "\n"))
        }
        try forEachRow { pager.add($0) }
        pager.finish()
        if marked { print("\n" + ForecastListing.alreadyTrueLegend) }
      }
    }

    /// The query the options describe, after checking the date and looking the speakers up
    /// with `speakerIDs`.
    func makeQuery(speakerIDs: ([String]) throws -> [String]) throws -> ForecastQuery {
      let ids = try speakerIDs(speaker)
      var before: Day?
      if let dueBefore {
        guard let day = Day(dueBefore) else {
          throw LookupError.badDate(option: "--due-before", value: dueBefore)
        }
        before = day
      }
      return ForecastQuery(
        speakers: Set(ids), statuses: Set(status.map(\.status)), tags: Set(tag),
        dueBefore: before)
    }
  }
}
