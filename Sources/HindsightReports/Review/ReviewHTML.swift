import HindsightCore

/// The review as one self-contained HTML page: inline CSS and SVG, no scripts, nothing fetched
/// (a Content-Security-Policy forbids both), every piece of text escaped with ``HTMLText``.
public enum ReviewHTML {
  /// The whole page, ending with a newline.
  public static func render(_ report: ReviewReport) -> String {
    var text = ""
    write(report) { text += $0 }
    return text
  }

  /// Writes the page to `output` in pieces of whole lines (each ending with its newline), so
  /// that the page of a year that resolved a hundred thousand forecasts is never held as one
  /// string.
  public static func write(_ report: ReviewReport, to output: (String) -> Void) {
    withoutActuallyEscaping(output) { output in
      var out = HTMLWriter(lines: LineSink(output: output))
      write(report, to: &out)
    }
  }

  private static func write(_ report: ReviewReport, to out: inout HTMLWriter) {
    let e = HTMLText.escape
    let title = ReviewSections.title(report)
    out.add(
      "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
      "<meta name=\"color-scheme\" content=\"light dark\">", "<title>\(e(title))</title>",
      "<style>\n\(ReviewStyle.css)\n</style>", "</head>", "<body>", "<main>", "<header>",
      "<h1>\(e(title))</h1>", "<p>\(e(ReviewSections.cut(report)))</p>",
      "<p class=\"muted\">Ledger: \(report.head.entries) entries, head hash <code class=\"hash\">\(e(report.head.hash))</code> (see <a href=\"#checking\">Checking this review</a>).</p>",
      "</header>")

    out.section("summary", "Summary")
    out.add("<dl class=\"summary\">")
    for item in ReviewSections.summary(report) {
      out.add("<div><dt>\(e(item.label))</dt><dd>\(item.value)</dd></div>")
    }
    out.add("</dl>", "</section>")

    out.section("resolved", "Resolved during \(report.year)")
    if report.resolved.isEmpty { out.add("<p>No forecast was resolved during \(report.year).</p>") }
    out.lines.append(each: report.resolved) { item, sink in
      var out = HTMLWriter(lines: sink)
      out.entry(item)
    }
    out.add("</section>")

    out.section("scoreboard", "Scoreboard at \(report.asOf)")
    out.add("<p>\(e(ReviewSections.scoreboardIntro(report)))</p>")
    out.table(ReviewSections.scoreboard(report))
    if let caveat = ReviewSections.caveat(report) {
      out.add("<p class=\"warning\"><strong>Small samples.</strong> \(e(caveat))</p>")
    }
    out.add("</section>")

    out.section("tags", "By tag")
    if report.tags.isEmpty {
      out.add("<p>No forecast is about a question with a tag.</p>")
    } else {
      out.add("<p>\(e(ReviewSections.tagsIntro))</p>")
      out.table(ReviewSections.tags(report))
    }
    out.add("</section>")

    if !report.shared.isEmpty {
      out.section("shared", "Questions several speakers forecast")
      out.add("<p>\(e(ReviewSections.sharedIntro))</p>")
      for question in report.shared {
        out.add("<h3>\(e(question.title)) (\(e(question.id)))</h3>")
        out.table(ReviewSections.shared(question))
      }
      out.add("</section>")
    }

    out.section("calibration", "Calibration")
    out.add(
      "<p>Per speaker, forecasts grouped into ten bins by p: the mean p of each bin against the share that came true, with a Wilson 95% interval. A well-calibrated speaker’s bins lie near the diagonal (observed = predicted).</p>",
      "<div class=\"charts\">")
    let calibrated = ReviewSections.calibrated(report)
    out.lines.append(each: calibrated.rows) { row, sink in
      var out = HTMLWriter(lines: sink)
      out.add("<figure>", ReliabilityDiagram.svg(title: row.label, bins: row.scores.calibration))
      out.table(ReviewSections.calibration(row))
      out.add("</figure>")
    }
    out.add("</div>")
    if let none = calibrated.none { out.add("<p class=\"muted\">\(e(none))</p>") }
    out.add("</section>")

    out.section("history", "Brier score over time")
    if !report.hasBrierHistory {
      out.add("<p>No forecast has been resolved yet.</p>")
    } else {
      out.add(
        "<p>The Brier score (0–1, lower is better) at each 31 December, with the number of resolved forecasts scored.</p>",
        "<figure>", BrierOverTime.svg(series: report.brierHistory), "</figure>")
      out.table(ReviewSections.history(report))
    }
    out.add("</section>")

    out.section("horizon", "Brier score by horizon")
    let horizonRows = ReviewSections.horizonRows(report)
    if horizonRows.isEmpty {
      out.add("<p>No forecast has been resolved yet.</p>")
    } else {
      out.add(
        "<p>\(e(ReviewSections.horizonIntro))</p>", "<figure>",
        BrierOverTime.svg(
          columns: Horizon.allCases.map(\.label),
          series: horizonRows.map { row in (row.label, row.scores.byHorizon.map(\.brier)) },
          title: "Brier score by horizon (0–1 scale, lower is better)",
          xLabel: "How far ahead the forecast was made"),
        "</figure>")
      out.table(ReviewSections.horizons(report))
    }
    out.add("</section>")

    out.section("todo", "Editor’s to-do")
    out.add("<h3>Due at \(report.asOf)</h3>")
    if report.due.isEmpty {
      out.add("<p>Nothing is due.</p>")
    } else {
      out.table(ReviewSections.due(report.due))
      let bare = report.overdueWithoutEvidence.map(\.id)
      out.add(
        bare.isEmpty
          ? "<p>No overdue forecast is without evidence.</p>"
          : "<p class=\"warning\"><strong>Overdue with no evidence at all (\(bare.count)):</strong> \(e(bare.joined(separator: ", "))).</p>"
      )
    }
    out.add("<h3>Falling due by \(Day.yearEnd(report.year + 1))</h3>")
    if report.dueNextYear.isEmpty {
      out.add("<p>No open forecast falls due by \(Day.yearEnd(report.year + 1)).</p>")
    } else {
      out.table(ReviewSections.nextYear(report.dueNextYear))
    }
    if let notes = ReviewSections.notes(report.due + report.dueNextYear) {
      out.add("<h3>The editor’s notes</h3>", "<p>\(e(ReviewSections.notesIntro))</p>")
      out.table(notes)
    }
    out.add("</section>")

    out.section("amendments", "Amendments recorded in \(report.year)")
    if report.amendments.isEmpty {
      out.add("<p>No amendment was recorded in \(report.year).</p>")
    } else {
      let late = report.lateAmendments.count
      if late > 0 {
        out.add(
          "<p class=\"warning\"><strong>Warning:</strong> \(late) amendment\(late == 1 ? "" : "s") changed criteria, a window, a target or a confidence after the forecast had closed.</p>"
        )
      }
      out.table(ReviewSections.amendments(report.amendments))
    }
    out.add("</section>")

    let count = report.head.entries
    out.section("checking", "Checking this review")
    out.add(
      "<p>This review was computed from the first \(count) entries of the ledger; the last of them has the hash</p>",
      "<p><code class=\"hash\">\(e(report.head.hash))</code></p>",
      "<p>To check it, run <code>hindsight verify --head \(e(report.head.hash))</code> on the ledger: it recomputes the chain and says whether this hash is still its head or an earlier entry (or use <code>scripts/verify_ledger.py</code> and confirm that entry \(count) still has this hash, e.g. with <code>hindsight export | sed -n '\(count)p'</code>). Every entry’s hash covers the one before it, so a match shows that nothing the review used has changed. <code>hindsight review \(report.year) --known-by \(e(Timestamp.format(report.knownBy)))</code> reproduces this review.</p>",
      "</section>", "</main>", "</body>", "</html>")
  }
}

/// Writes the page's lines.
private struct HTMLWriter {
  var lines: LineSink

  mutating func add(_ newLines: String...) { lines += newLines }

  /// One resolved forecast's article.
  mutating func entry(_ item: ResolvedForecast) {
    let e = HTMLText.escape
    let outcome = e(item.outcome.rawValue)
    add(
      "<article class=\"\(outcome)\">",
      "<h3>\(e(item.id))<span class=\"badge \(outcome)\">\(outcome)</span></h3>",
      "<dl class=\"fields\">")
    for field in ReviewSections.fields(item) {
      add("<dt>\(e(field.label))</dt><dd>\(e(field.value))</dd>")
    }
    add("</dl>", "<h4>Evidence chain</h4>")
    if item.evidence.isEmpty {
      add("<p>No entries were used.</p>")
    } else {
      table(ReviewSections.evidence(item.evidence))
    }
    add("</article>")
  }

  mutating func section(_ id: String, _ heading: String) {
    add("<section id=\"\(id)\">", "<h2>\(HTMLText.escape(heading))</h2>")
  }

  /// A table in a horizontally scrolling box; every cell escaped.
  mutating func table(_ table: ReviewSections.Table) {
    func cell(_ tag: String, _ index: Int, _ text: String) -> String {
      let kind =
        table.right.contains(index)
        ? " class=\"num\"" : table.nowrap.contains(index) ? " class=\"nw\"" : ""
      let label =
        table.stacks && tag == "td" ? " data-label=\"\(HTMLText.escape(table.header[index]))\"" : ""
      return "<\(tag)\(kind)\(label)>\(HTMLText.escape(text))</\(tag)>"
    }
    add(
      table.stacks
        ? "<div class=\"scroll\"><table class=\"stack\">" : "<div class=\"scroll\"><table>")
    add(
      "<thead><tr>" + table.header.enumerated().map { cell("th", $0, $1) }.joined()
        + "</tr></thead>")
    add("<tbody>")
    for row in table.rows {
      add("<tr>" + row.enumerated().map { cell("td", $0, $1) }.joined() + "</tr>")
    }
    add("</tbody></table></div>")
  }
}
