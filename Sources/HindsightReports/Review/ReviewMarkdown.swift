import HindsightCore

/// The review as GitHub-flavoured Markdown: headings, lists and plain tables that render on any
/// Markdown viewer, every piece of catalog and ledger text escaped with ``MarkdownText``.
public enum ReviewMarkdown {
  /// The whole review, ending with a newline.
  public static func render(_ report: ReviewReport) -> String {
    var text = ""
    write(report) { text += $0 }
    return text
  }

  /// Writes the review to `output` in pieces of whole lines (each ending with its newline), so
  /// that a review of a year that resolved a hundred thousand forecasts is never held as one
  /// string.
  public static func write(_ report: ReviewReport, to output: (String) -> Void) {
    withoutActuallyEscaping(output) { output in
      var lines = LineSink(output: output)
      write(report, to: &lines)
    }
  }

  /// A section's table, as Markdown lines.
  private static func lines(_ table: ReviewSections.Table) -> [String] {
    MarkdownText.table(header: table.header, right: table.right, rows: table.rows)
  }

  private static func text(_ value: String) -> String { MarkdownText.escape(value) }

  /// The lines of one resolved forecast's entry, the blank line after it included.
  private static func entry(_ item: ResolvedForecast) -> [String] {
    var lines = ["### \(text(item.id)): \(item.outcome.rawValue)", ""]
    lines += ReviewSections.fields(item).map { "- **\($0.label):** \(text($0.value))" }
    lines += ["", "Evidence chain:", ""]
    lines +=
      item.evidence.isEmpty
      ? ["No entries were used."] : Self.lines(ReviewSections.evidence(item.evidence))
    lines.append("")
    return lines
  }

  private static func write(_ report: ReviewReport, to lines: inout LineSink) {
    func table(_ table: ReviewSections.Table) { lines += Self.lines(table) }
    lines += ["# \(text(ReviewSections.title(report)))", "", text(ReviewSections.cut(report))]
    lines += [
      "",
      "Ledger: \(report.head.entries) entries, head hash `\(report.head.hash)` (see *Checking this review*).",
    ]

    lines += ["", "## Summary", ""]
    table(
      ReviewSections.Table(
        header: ["", "Forecasts"], right: [1],
        rows: ReviewSections.summary(report).map { [$0.label, "\($0.value)"] }))

    lines += ["", "## Resolved during \(report.year)", ""]
    if report.resolved.isEmpty {
      lines.append("No forecast was resolved during \(report.year).")
    }
    lines.append(each: report.resolved) { item, sink in
      var sink = sink
      sink += entry(item)
    }
    if report.resolved.isEmpty { lines.append("") }

    lines += [
      "## Scoreboard at \(report.asOf)", "", text(ReviewSections.scoreboardIntro(report)), "",
    ]
    table(ReviewSections.scoreboard(report))
    if let caveat = ReviewSections.caveat(report) { lines += ["", "**\(text(caveat))**"] }

    lines += ["", "## By tag", ""]
    if report.tags.isEmpty {
      lines.append("No forecast is about a question with a tag.")
    } else {
      lines += [text(ReviewSections.tagsIntro), ""]
      table(ReviewSections.tags(report))
    }

    if !report.shared.isEmpty {
      lines += ["", "## Questions several speakers forecast", "", text(ReviewSections.sharedIntro)]
      for question in report.shared {
        lines += ["", "### \(text(question.title)) (\(text(question.id)))", ""]
        table(ReviewSections.shared(question))
      }
    }

    lines += ["", "## Calibration", ""]
    lines.append(
      text(
        "Per speaker, forecasts grouped into ten bins by p: the mean p of each bin against the share that came true, with a Wilson 95% interval. A well-calibrated speaker's bins lie near the diagonal (observed = predicted)."
      ))
    let calibrated = ReviewSections.calibrated(report)
    lines.append(each: calibrated.rows) { row, sink in
      var sink = sink
      sink += ["", "### \(text(row.label))", ""] + Self.lines(ReviewSections.calibration(row))
    }
    if let none = calibrated.none { lines += ["", text(none)] }

    lines += ["", "## Brier score over time", ""]
    if !report.hasBrierHistory {
      lines.append("No forecast has been resolved yet.")
    } else {
      lines += [
        text(
          "The Brier score (0–1, lower is better) at each 31 December, with the number of resolved forecasts scored."
        ), "",
      ]
      table(ReviewSections.history(report))
    }

    lines += ["", "## Brier score by horizon", ""]
    if ReviewSections.horizonRows(report).isEmpty {
      lines.append("No forecast has been resolved yet.")
    } else {
      lines += [text(ReviewSections.horizonIntro), ""]
      table(ReviewSections.horizons(report))
    }

    lines += ["", "## Editor's to-do", "", "### Due at \(report.asOf)", ""]
    if report.due.isEmpty {
      lines.append("Nothing is due.")
    } else {
      table(ReviewSections.due(report.due))
      let bare = report.overdueWithoutEvidence.map(\.id)
      let list = text(bare.joined(separator: ", "))
      lines.append("")
      lines.append(
        bare.isEmpty
          ? "No overdue forecast is without evidence."
          : "Overdue with no evidence at all (\(bare.count)): \(list).")
    }
    lines += ["", "### Falling due by \(Day.yearEnd(report.year + 1))", ""]
    if report.dueNextYear.isEmpty {
      lines.append("No open forecast falls due by \(Day.yearEnd(report.year + 1)).")
    } else {
      table(ReviewSections.nextYear(report.dueNextYear))
    }
    if let notes = ReviewSections.notes(report.due + report.dueNextYear) {
      lines += ["", "### The editor's notes", "", text(ReviewSections.notesIntro), ""]
      table(notes)
    }

    lines += ["", "## Amendments recorded in \(report.year)", ""]
    if report.amendments.isEmpty {
      lines.append("No amendment was recorded in \(report.year).")
    } else {
      let late = report.lateAmendments.count
      if late > 0 {
        lines += [
          "**Warning:** \(late) amendment\(late == 1 ? "" : "s") changed criteria, a window, a target or a confidence after the forecast had closed.",
          "",
        ]
      }
      table(ReviewSections.amendments(report.amendments))
    }

    lines += ["", "## Checking this review", ""]
    lines += [
      "This review was computed from the first \(report.head.entries) entries of the ledger; the last of them has the hash",
      "", "    \(report.head.hash)", "",
      "To check it, run `hindsight verify --head \(report.head.hash)` on the ledger: it recomputes the chain and says whether this hash is still its head or an earlier entry (or use `scripts/verify_ledger.py` and confirm that entry \(report.head.entries) still has this hash, e.g. with `hindsight export | sed -n '\(report.head.entries)p'`). Every entry's hash covers the one before it, so a match shows that nothing the review used has changed. `hindsight review \(report.year) --known-by \(Timestamp.format(report.knownBy))` reproduces this review.",
    ]
  }
}
