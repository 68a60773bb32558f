import ArgumentParser
import Foundation
import HindsightCore
import HindsightReports
import HindsightWorkspace

extension HindsightCommand {
  /// `hindsight scorecard [SPEAKER…]`: each speaker's scores at the cut, or over time.
  struct ScorecardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "scorecard",
      abstract: "Score each speaker's resolved forecasts: how well calibrated were they?",
      discussion: """
        Only forecasts resolved true or false at --as-of are scored; open, due and annulled \
        ones are counted but not scored. A speaker who updated a forecast (several rows of \
        one question in an import) is scored once on it, by the last update made before \
        the resolution. Speakers with at least 5 resolved forecasts are ranked by their \
        Brier score shrunk toward 0.25 by 30 pseudo-forecasts, so a few lucky forecasts \
        cannot outrank many good ones; the others are listed apart as too few to judge \
        calibration.

        The figures, briefly (docs/methodology.md defines each one):
          Brier     mean of (p − outcome)², 0–1 scale, lower is better;
                    always saying 50% scores 0.25.
          interval  95% interval of the Brier score: bootstrap below 30
                    resolved forecasts, normal approximation from 30.
          range     the Brier score with every p read from the confidence
                    scale at the low and at the high end of its interval.
          log loss  −mean ln(probability given to what happened), in nats.
          hit rate  share of forecasts whose more likely side happened.
          BSS       Brier skill score against the speaker's base rate;
                    above 0 beats it.
          overconf  stated confidence minus hit rate; above 0: too sure.
          peer      Metaculus peer score against the other speakers on the
                    same propositions; above 0 beats them.
        --format json and csv add the time-averaged Brier score, the relative \
        Brier score and the Brier score by horizon.

        --by tag scores the forecasts of each tag apart (a question with several tags \
        counts under each); --tag TAG scores only the forecasts about questions with \
        that tag.

        --history prints the figures as of each 31 December since the first forecast was \
        made, and at --as-of, so you can watch calibration move as forecasts resolve. Every \
        cut uses the same --known-by.

        On a narrow terminal the table names speakers in their original script only, writes \
        intervals without their method, and then leaves out figures (peer first, then log \
        loss, range, BSS, overconf, hit rate, interval; --history leaves out its oldest dates), \
        saying which; no figure is ever cut short. --wide prints them all. Through a pipe \
        or into a file every column is printed.

        Examples:
          hindsight scorecard
          hindsight scorecard kai-fu-lee --history
          hindsight scorecard --as-of 2025-12-31 --format json
          hindsight scorecard --by tag
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(
      help: ArgumentHelp(
        "Only these speakers, by id or name (default: every speaker).", valueName: "speaker"))
    var speakers: [String] = []

    @Option(
      name: .long, help: ArgumentHelp("Output format: table, json or csv.", valueName: "format"))
    var format: ListFormat = .table

    @Flag(help: "Also score as of each 31 December since the first forecast.")
    var history = false

    @Option(
      name: .customLong("by"),
      help: ArgumentHelp("Score each group apart; the one grouping is 'tag'.", valueName: "tag"))
    var by: Grouping?

    @Option(
      help: ArgumentHelp(
        "Score only the forecasts about questions with this tag.", valueName: "tag"))
    var tag: String?

    /// How `--by` groups forecasts.
    enum Grouping: String, ExpressibleByArgument, CaseIterable {
      case tag
    }

    func validate() throws {
      if by != nil, history {
        throw ValidationError(
          "--by tag and --history cannot be used together; run them one at a time.")
      }
    }

    @Flag(
      help: ArgumentHelp(
        "Print every column (and every date of --history) with both names of each speaker, however wide the table gets."
      ))
    var wide = false

    func run() throws {
      let workspace = try Workspace.open(global)
      let known = try workspace.ledger.catalogSpeakers(knownBy: workspace.knownBy)
      let scoring = CatalogScoring(
        forecasts: try workspace.ledger.catalogForecasts(knownBy: workspace.knownBy))
      let only = speakers.isEmpty ? nil : Set(try workspace.speakerIDs(speakers, known: known))
      let days =
        history
        ? ScorecardHistory.cuts(
          firstSaidOn: try workspace.ledger.firstSaidOn(), asOf: workspace.asOf)
        : [workspace.asOf]
      var tagged: [TaggedScorecard] = []
      let cards: [Scorecard]
      if history {
        cards = try workspace.scorecards(asOf: days, only: only, tag: tag, catalog: scoring)
      } else {
        // By tag, only the tags' scorecards are shown, and as a table only their pooled
        // lines: no other line is scored.
        let scored = try workspace.scorecard(
          only: only, tag: tag, detail: by == .tag ? .pooled : .full,
          byTag: by == .tag ? (format == .table ? .pooled : .full) : nil, catalog: scoring)
        cards = [scored.card]
        tagged = scored.byTag
      }
      // The names of the speakers shown: the catalog's at the cut, then, for any it lacks,
      // the catalog's now (a speaker added after a past --known-by) and the imported ones.
      let shown = by == .tag ? tagged.map(\.card) : cards
      let scored = Set(shown.flatMap { $0.speakers.compactMap(\.speaker) })
      let atCut = Set(known.map(\.id))
      let later =
        scored.isSubset(of: atCut) ? [] : try workspace.ledger.catalogSpeakers(knownBy: nil)
      let names =
        known + later
        + (try workspace.ledger.importedSpeakers(
          ids: scored.subtracting(atCut.union(later.map(\.id)))))
      // Written in chunks: a scorecard of ten thousand speakers is tens of megabytes of JSON.
      write(cards, byTag: by == .tag ? tagged : nil, speakers: names) { bytes in
        guard let base = bytes.baseAddress else { return }
        FileHandle.standardOutput.write(
          Data(
            bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count,
            deallocator: .none))
      }
    }

    /// The speaker ids to score, after checking each value names a speaker (nil: everyone).
    /// Writes the cards in the chosen format to `output`, in chunks (each valid only during
    /// the call).
    func write(
      _ cards: [Scorecard], byTag tagged: [TaggedScorecard]?, speakers names: [Speaker],
      to output: (UnsafeRawBufferPointer) -> Void
    ) {
      var text: String
      if let tagged {
        let card = cards[0]
        switch format {
        case .json:
          return ScorecardJSON.write(
            byTag: tagged, asOf: card.asOf, knownBy: card.knownBy, speakers: names, to: output)
        case .csv: return ScorecardCSV.write(byTag: tagged, speakers: names, to: output)
        case .table:
          text = lines(
            ScorecardReport.tagTable(
              tagged, asOf: card.asOf, knownBy: card.knownBy, maxWidth: Terminal.width(),
              wide: wide))
        }
        return text.withUTF8 { output(UnsafeRawBufferPointer($0)) }
      }
      switch (format, history) {
      case (.json, false): return ScorecardJSON.write(cards[0], speakers: names, to: output)
      case (.json, true): return ScorecardJSON.write(history: cards, speakers: names, to: output)
      case (.csv, false): return ScorecardCSV.write(cards[0], speakers: names, to: output)
      case (.csv, true): return ScorecardCSV.write(history: cards, speakers: names, to: output)
      case (.table, false):
        text = lines(
          ScorecardReport.table(
            cards[0], speakers: names, maxWidth: Terminal.width(), wide: wide))
      case (.table, true):
        text = lines(
          ScorecardHistory.table(cards, speakers: names, maxWidth: Terminal.width(), wide: wide))
      }
      text.withUTF8 { output(UnsafeRawBufferPointer($0)) }
    }

    private func lines(_ lines: [String]) -> String {
      lines.map { $0 + "\n" }.joined()
    }
  }
}
