import HindsightCore

/// The words and table contents both renderers use, so the Markdown and HTML reviews show the
/// same facts: each table is a header and rows of plain (unescaped) text.
enum ReviewSections {
  /// A plain-text table; renderers escape every cell.
  struct Table {
    var header: [String]
    /// Right-aligned (numeric) columns.
    var right: Set<Int> = []
    /// Columns whose cells never wrap (dates, ids, ranges).
    var nowrap: Set<Int> = []
    /// Whether a narrow screen shows each row as a stack of labelled fields rather than a wide
    /// row (for tables of long text, such as evidence).
    var stacks = false
    var rows: [[String]]
  }

  static func title(_ report: ReviewReport) -> String { "Hindsight review of \(report.year)" }

  static func cut(_ report: ReviewReport) -> String {
    "As of \(report.asOf), with everything the ledger knew by \(Timestamp.format(report.knownBy))."
  }

  static func summary(_ report: ReviewReport) -> [(label: String, value: Int)] {
    let s = report.summary
    return [
      ("Forecasts made in \(report.year)", s.made),
      ("Forecasts in the catalog by \(report.asOf)", s.inCatalog),
      ("Resolved during \(report.year)", s.resolved),
      ("Still open", s.open),
      ("Due (closed, nothing decisive yet)", s.due),
      (
        "Overdue (due, closed over \(ReviewReport.overdueDays) days before the year end)", s.overdue
      ),
      ("Annulled", s.annulled),
    ]
  }

  /// The labelled fields of one resolved forecast.
  static func fields(_ item: ResolvedForecast) -> [(label: String, value: String)] {
    // An imported forecast carries no quote: its quote's lines are left out, not left blank.
    let quote = [("Quote", item.quote), ("Translation", item.quoteEn)].filter { !$0.1.isEmpty }
    var fields: [(String, String)] =
      [("Speaker", item.speaker)] + quote + [
        ("Claim", item.claim), ("Confidence", ReviewFormat.confidence(item.confidence)),
        ("Outcome", "\(item.outcome.rawValue), resolved on \(item.resolvedOn)"),
        ("Rule", item.rule.rawValue), ("Rationale", item.rationale),
      ]
    if !item.flags.isEmpty {
      fields.append(("Flags", item.flags.map(\.rawValue).joined(separator: ", ")))
    }
    if let reason = item.alreadyTrueWhenSaid {
      fields.append(("Already true when said", "\(reason) (the editor's judgement)"))
    }
    return fields
  }

  static func evidence(_ items: [TimelineItem]) -> Table {
    Table(
      header: ["seq", "observed", "what", "summary", "excerpt", "source"], right: [0], nowrap: [1],
      stacks: true,
      rows: items.map {
        let retracted = $0.retractedBy.map { " (retracted by \($0))" } ?? ""
        return [
          "\($0.seq)\(retracted)", $0.observed.description, $0.observation, $0.summary,
          $0.citation.excerpt ?? "", $0.sourceText,
        ]
      })
  }

  static func scoreboardIntro(_ report: ReviewReport) -> String {
    "Scores of the forecasts resolved by \(report.asOf). Brier scores are on the 0–1 scale "
      + "(lower is better); each figure is followed by its change since \(Day.yearEnd(report.year - 1)) "
      + "(\"new\" when it was undefined then). Log loss is in nats; skill vs 0.5 is the Brier skill "
      + "score against always saying 0.5."
  }

  static func scoreboard(_ report: ReviewReport) -> Table {
    let names = report.scoreboard.first?.figures.map(\.name) ?? []
    return Table(
      header: ["Speaker", "Forecasts", "Resolved"] + Array(names.prefix(1)) + ["Brier 95% CI"]
        + Array(names.dropFirst()),
      right: Set(1..<(names.count + 4)),
      rows: report.scoreboard.map { row in
        let figures: [String] = row.figures.map(ReviewFormat.figure)
        let counts: [String] = [row.label, "\(row.tally.forecasts)", "\(row.tally.resolved)"]
        let brier: [String] = Array(figures.prefix(1)) + [ReviewFormat.brierInterval(row.scores)]
        return counts + brier + Array(figures.dropFirst())
      })
  }

  static let tagsIntro =
    "Every speaker's forecasts about the questions of each tag, pooled at the year end (a "
    + "question with several tags counts under each). Peer score: Metaculus's, against the other "
    + "speakers on the same proposition, averaged (above 0 beats them)."

  /// The table by tag: counts, Brier score with its interval, log loss, peer score.
  static func tags(_ report: ReviewReport) -> Table {
    Table(
      header: [
        "Tag", "Speakers", "Forecasts", "Resolved", "Brier", "Brier 95% CI", "Log loss",
        "Peer score",
      ],
      right: Set(1...7), nowrap: [0],
      rows: report.tags.map { row in
        [
          row.tag, "\(row.speakers)", "\(row.tally.forecasts)", "\(row.tally.resolved)",
          ReviewFormat.fixed(row.scores.brier), ReviewFormat.brierInterval(row.scores),
          ReviewFormat.fixed(row.scores.logLoss),
          row.scores.peerScore.map {
            "\(ReviewFormat.fixed($0, digits: 1)) (n = \(row.scores.peerN))"
          }
            ?? ReviewFormat.none,
        ]
      })
  }

  static let sharedIntro =
    "Questions two or more speakers forecast, their forecasts side by side at the year end. "
    + "Forecasts of the same binary question, or of the same window of an event question, claim "
    + "the same thing and are compared by the peer score; forecasts of other windows claim other "
    + "things and are not compared."

  /// One shared question's forecasts.
  static func shared(_ question: SharedQuestion) -> Table {
    Table(
      header: ["Forecast", "Speaker", "Claim", "Window", "p", "Status"], right: [4],
      nowrap: [3],
      rows: question.items.map {
        [
          $0.id, $0.speaker, $0.claim, $0.window, ReviewFormat.fixed($0.p, digits: 2),
          $0.status.rawValue,
        ]
      })
  }

  static let horizonIntro =
    "The Brier score (0–1, lower is better) of the forecasts resolved by the year end, by how "
    + "far ahead each was made (from said-on to resolved-on), with the number scored. Only rows "
    + "with a scored forecast are shown."

  /// The scoreboard rows with a scored forecast, for the horizon chart and table.
  static func horizonRows(_ report: ReviewReport) -> [ScoreRow] {
    report.scoreboard.filter { $0.scores.n > 0 }
  }

  /// Brier score and n per horizon, one row per speaker with a scored forecast and the pooled.
  static func horizons(_ report: ReviewReport) -> Table {
    Table(
      header: ["Speaker"] + Horizon.allCases.map(\.label),
      right: Set(1...Horizon.allCases.count),
      rows: horizonRows(report).map { row in
        [row.label]
          + row.scores.byHorizon.map { score in
            score.brier.map { "\(ReviewFormat.fixed($0)) (n = \(score.n))" } ?? ReviewFormat.none
          }
      })
  }

  /// The small-sample caveat under the scoreboard, or nil when every row has enough.
  static func caveat(_ report: ReviewReport) -> String? {
    let few = report.scoreboard.filter(\.scores.tooFewToJudge).map(\.label)
    guard !few.isEmpty else { return nil }
    return
      "Too few to judge calibration (fewer than \(Scoring.minimumToJudge) resolved forecasts): \(few.joined(separator: "; ")). Their figures are shown but do not rank them."
  }

  /// The rows that have resolved forecasts to draw, and the labels of those that have none.
  static func calibrated(_ report: ReviewReport) -> (rows: [ScoreRow], none: String?) {
    let rows = report.scoreboard.filter { !$0.scores.calibration.isEmpty }
    let empty = report.scoreboard.filter { $0.scores.calibration.isEmpty }.map(\.label)
    return (
      rows, empty.isEmpty ? nil : "No resolved forecasts yet: \(empty.joined(separator: "; "))."
    )
  }

  static func calibration(_ row: ScoreRow) -> Table {
    Table(
      header: ["Bin", "n", "Mean p", "Observed (95% CI)"], right: [1, 2, 3], nowrap: [0],
      rows: row.scores.calibration.map { bin in
        let low = ReviewFormat.fixed(bin.observedCI95.low, digits: 2)
        let high = ReviewFormat.fixed(bin.observedCI95.high, digits: 2)
        return [
          ReviewFormat.bin(bin), "\(bin.n)", ReviewFormat.fixed(bin.meanP, digits: 2),
          "\(ReviewFormat.fixed(bin.observed, digits: 2)) (\(low)–\(high))",
        ]
      })
  }

  static func history(_ report: ReviewReport) -> Table {
    let years = report.brierHistory.first?.points.map(\.year) ?? []
    return Table(
      header: ["Year end"] + report.brierHistory.map(\.label),
      right: Set(1...max(1, report.brierHistory.count)), nowrap: [0],
      rows: years.enumerated().map { index, year in
        ["\(Day.yearEnd(year))"]
          + report.brierHistory.map { series in
            let point = series.points[index]
            return point.brier.map { "\(ReviewFormat.fixed($0)) (n = \(point.n))" }
              ?? ReviewFormat.none
          }
      })
  }

  static func due(_ items: [ToDoItem]) -> Table {
    Table(
      header: ["Forecast", "Speaker", "Claim", "Closed on", "State", "Evidence", "Needs"],
      right: [5], nowrap: [0, 3],
      rows: items.map {
        [
          $0.id, $0.speaker, $0.claim, $0.closesOn?.description ?? ReviewFormat.none,
          ReviewFormat.state($0), "\($0.evidenceCount)", $0.needs ?? "",
        ]
      })
  }

  static func nextYear(_ items: [ToDoItem]) -> Table {
    Table(
      header: ["Forecast", "Speaker", "Claim", "Closes on", "Evidence so far"], right: [4],
      nowrap: [0, 3],
      rows: items.map {
        [
          $0.id, $0.speaker, $0.claim, $0.closesOn?.description ?? ReviewFormat.none,
          "\($0.evidenceCount)",
        ]
      })
  }

  /// What the notes table under the to-do lists is.
  static let notesIntro =
    "What the editor recorded about the forecasts above without settling them: what was searched, what was found, what is still needed."

  /// The editor's notes on the listed forecasts, each once (a question's note serves all its
  /// forecasts), in seq order; nil when there are none.
  static func notes(_ items: [ToDoItem]) -> Table? {
    var seen: [Int64: (note: TimelineItem, forecasts: [String])] = [:]
    for item in items {
      for note in item.notes {
        seen[note.seq, default: (note, [])].forecasts.append(item.id)
      }
    }
    guard !seen.isEmpty else { return nil }
    return Table(
      header: ["Note", "As of", "For", "Text"], right: [0], nowrap: [1], stacks: true,
      rows: seen.keys.sorted().map { seq in
        let (note, forecasts) = seen[seq]!
        return [
          "\(seq)", note.observed.description, forecasts.joined(separator: ", "), note.summary,
        ]
      })
  }

  static func amendments(_ items: [AmendmentItem]) -> Table {
    Table(
      header: ["Seq", "Recorded", "Item", "Change", "Warning"], right: [0], nowrap: [1],
      rows: items.flatMap { item in
        item.changes.map { change in
          [
            "\(item.seq)", item.recordedOn.description, "\(item.kind) \(item.item)",
            ReviewFormat.change(change), ReviewFormat.warning(item) ?? "",
          ]
        }
      })
  }
}
