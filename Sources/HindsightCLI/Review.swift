import ArgumentParser
import Foundation
import HindsightCore
import HindsightReports
import HindsightStore
import HindsightWorkspace

extension HindsightCommand {
  /// `hindsight review YEAR`: the yearly review report.
  struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "review",
      abstract: "Write the yearly review of YEAR as Markdown or a self-contained HTML page.",
      discussion: """
        The review tells the story of one year as of its 31 December, with everything the \
        ledger knew by --known-by (default: now): a summary, every forecast resolved during \
        the year with its evidence chain, the year-end scoreboard and its changes, reliability \
        diagrams, the Brier score over time, the editor's to-do list, the amendments of the \
        year and the ledger's head hash (docs/reviews.md). YEAR sets the as-of date, so \
        --as-of is refused.
          hindsight review 2025 > review-2025.md
          hindsight review 2025 --format html --output review-2025.html
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The year to review, e.g. 2025.", valueName: "year"))
    var year: String

    @Option(
      parsing: .unconditional,
      help: "Output format: md (Markdown) or html (one self-contained page).")
    var format: ReviewFormatOption = .md

    @Option(
      parsing: .unconditional,
      help: ArgumentHelp(
        "Write the review to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
      let now = Date()
      let year = try Self.validYear(year, now: now)
      if let asOf = global.asOf {
        throw CLIError.conflictingOptions(
          "--as-of '\(asOf)' cannot be used with review: the review is always as of 31 December of \(year); use --known-by to choose what the ledger knew."
        )
      }
      if let output {
        try OutputGuard.check(
          output,
          against: OutputGuard.files(
            ledger: global.ledgerPath, journal: global.journalPath, catalog: global.catalogPath))
      }
      let workspace = try Workspace.open(global, now: now)
      let report = try Self.report(of: year, in: workspace)
      let text =
        switch format {
        case .md: ReviewMarkdown.render(report)
        case .html: ReviewHTML.render(report)
        }
      guard let output else {
        print(text, terminator: "")
        return
      }
      do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
      } catch {
        throw CLIError.invalidValue(
          option: "--output", value: output,
          hint:
            "the file could not be written (\(error.localizedDescription)); check the directory exists and is writable."
        )
      }
      FileHandle.standardError.write(Data("Wrote the \(year) review to \(output)\n".utf8))
    }

    /// The review of `year`, in one pass over the ledger's forecasts
    /// (`Ledger.forEachForecast(cuts:knownBy:query:_:)`), each resolved at every year end.
    static func report(of year: Int, in workspace: Workspace) throws -> ReviewReport {
      let ledger = workspace.ledger
      let knownBy = workspace.knownBy
      let entries = try ledger.entries(knownBy: knownBy)
      let catalog = workspace.ledgerCatalog(from: entries)
      let firstYear = [
        catalog.forecasts.map(\.saidOn).min(), try ledger.firstImportedSaidOn(knownBy: knownBy),
      ].compactMap { $0 }.min()?.year
      var review = ReviewAccumulator(year: year, knownBy: knownBy, firstYear: firstYear)
      let names = SpeakerNames(catalog: catalog)
      let yearEnd = LedgerFacts(entries: entries, asOf: .yearEnd(year), knownBy: knownBy)
      let last = review.cuts.count - 1
      var speaker: String?
      try ledger.forEachForecast(cuts: review.cuts, knownBy: knownBy, bySpeaker: true) {
        forecast, explain in
        let item = forecast.item
        // Imported forecasts come speaker by speaker; a catalog speaker is never imported.
        if forecast.indexed.imported, let previous = speaker, previous != item.speaker {
          review.finish(speaker: previous)
        }
        speaker = forecast.indexed.imported ? item.speaker : nil
        review.add(
          ReviewAccumulator.Forecast(
            forecast: item,
            speaker: forecast.indexed.imported
              ? forecast.indexed.row.speakerName : names[item.speaker],
            states: forecast.states),
          explain: { explain(forecast, last) },
          evidence: {
            EvidenceTimeline.items(entries: entries, question: item.question, forecast: item.id)
          },
          evidenceCount: { yearEnd.evidence(for: item).count })
      }
      let head = ReviewReport.LedgerHead(
        hash: entries.last?.hash ?? String(repeating: "0", count: 64),
        entries: Int(entries.last?.seq ?? 0))
      return review.report(head: head, entries: entries, catalog: catalog)
    }

    /// The year as a number: four digits, from 1900 to next year.
    static func validYear(_ text: String, now: Date) throws -> Int {
      let latest = Day(containing: now).year + 1
      guard text.count == 4, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber),
        let year = Int(text), (1900...latest).contains(year)
      else {
        throw CLIError.invalidValue(
          option: "YEAR", value: text,
          hint: "write a four-digit year from 1900 to \(latest), e.g. 2025.")
      }
      return year
    }
  }
}

/// Formats of `review`.
enum ReviewFormatOption: String, ExpressibleByArgument, CaseIterable {
  case md, html
}
