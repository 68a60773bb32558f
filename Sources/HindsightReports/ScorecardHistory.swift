import Foundation
import HindsightCore

/// `scorecard --history`: the cut dates and the compact table of Brier scores over time.
public enum ScorecardHistory {
  /// Every 31 December from the year of `firstSaidOn` up to the year of `asOf` that falls
  /// before `asOf`, then `asOf` itself.
  public static func cuts(firstSaidOn: Day?, asOf: Day) -> [Day] {
    guard let first = firstSaidOn, first.year <= asOf.year else { return [asOf] }
    let yearEnds = (first.year...asOf.year).map(Day.yearEnd).filter { $0 < asOf }
    return yearEnds + [asOf]
  }

  /// The lines of the history table: one row per speaker (in the last cut's reading order,
  /// then any others by id) and a pooled row; one column per cut holding the Brier score and
  /// the number resolved, e.g. `0.123 (7)`.
  public static func table(_ cards: [Scorecard], speakers: [Speaker], maxWidth: Int?) -> [String] {
    guard let last = cards.last else { return [] }
    var order = ScorecardReport.readingOrder(last).compactMap(\.speaker)
    let others = Set(cards.flatMap { $0.speakers.compactMap(\.speaker) }).subtracting(order)
    order += others.sorted()
    let columns =
      [TextTable.Column("speaker", flexible: true, minWidth: 12)]
      + cards.map { TextTable.Column($0.asOf.description, alignment: .right) }
    let rows =
      order.map { id in
        [ScorecardReport.displayName(id, speakers: speakers)]
          + cards.map { cell($0.line(for: id)) }
      } + [["all speakers"] + cards.map { cell($0.overall) }]
    let table = TextTable(columns: columns, rows: rows)
    let caption =
      "Brier score (0–1 scale, lower is better) as of each date, with the number of resolved "
      + "forecasts in brackets; * marks fewer than \(Scoring.minimumToJudge), too few to judge "
      + "calibration; — means none resolved yet."
    return ["Scorecard history, known by \(Timestamp.format(last.knownBy))."]
      + DisplayWidth.wrap(caption, toWidth: maxWidth) + [""] + table.render(maxWidth: maxWidth)
      + [
        "",
        "--format json or csv gives every figure at every date; see docs/methodology.md.",
      ]
  }

  static func cell(_ line: ScorecardLine?) -> String {
    guard let line, let brier = line.scores.brier else { return ScorecardReport.dash }
    let mark = line.scores.enoughToJudge ? "" : "*"
    return "\(ProbabilityFormat.fixed(brier, places: 3)) (\(line.scores.n))\(mark)"
  }
}
