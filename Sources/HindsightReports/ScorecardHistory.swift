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
  ///
  /// To fit `maxWidth` cells the table names speakers in their original script only, then
  /// leaves out the oldest cuts (never the last) and says which; with `wide`, or with no
  /// limit, every cut is shown with both names.
  public static func table(
    _ cards: [Scorecard], speakers: [Speaker], maxWidth: Int?, wide: Bool = false
  ) -> [String] {
    guard let last = cards.last else { return [] }
    var order = ScorecardReport.readingOrder(last).compactMap(\.speaker)
    let others = Set(cards.flatMap { $0.speakers.compactMap(\.speaker) }).subtracting(order)
    order += others.sorted()
    let tableWidth = wide ? nil : maxWidth
    let shapes: [(names: ForecastListing.SpeakerNames, dropped: Int)] =
      [(.both, 0)] + (0..<cards.count).map { (.original, $0) }
    let shape = ScorecardReport.fitting(shapes, maxWidth: tableWidth) {
      grid(cards, order: order, speakers: speakers, names: $0.names, dropped: $0.dropped)
    }
    let table = grid(
      cards, order: order, speakers: speakers, names: shape.names, dropped: shape.dropped)
    let caption =
      "Brier score (0–1 scale, lower is better) as of each date, with the number of resolved "
      + "forecasts in brackets; * marks fewer than \(Scoring.minimumToJudge), too few to judge "
      + "calibration; — means none resolved yet."
    var note = "--format json or csv gives every figure at every date; see docs/methodology.md."
    if let maxWidth, shape.dropped > 0 {
      let dates = cards.prefix(shape.dropped).map(\.asOf.description)
      note =
        "Left out to fit \(maxWidth) columns: \(dates.joined(separator: ", ")) "
        + "(--wide shows every date). " + note
    }
    return ["Scorecard history, known by \(Timestamp.format(last.knownBy))."]
      + DisplayWidth.wrap(caption, toWidth: maxWidth) + [""] + table.render(maxWidth: tableWidth)
      + [""] + DisplayWidth.wrap(note, toWidth: maxWidth)
  }

  /// The table without its `dropped` oldest cuts.
  static func grid(
    _ cards: [Scorecard], order: [String], speakers: [Speaker],
    names: ForecastListing.SpeakerNames, dropped: Int
  ) -> TextTable {
    let shown = Array(cards.dropFirst(dropped))
    let columns: [TextTable.Column] =
      [TextTable.Column("speaker", minWidth: 6)]
      + shown.map { TextTable.Column($0.asOf.description, alignment: .right) }
    let named = ScorecardReport.byID(speakers)
    var rows: [[String]] = order.map { id in
      let name = ScorecardReport.displayName(id, speakers: named, names: names)
      return [name] + shown.map { cell($0.line(for: id)) }
    }
    rows.append(["all speakers"] + shown.map { cell($0.overall) })
    return TextTable(columns: columns, rows: rows)
  }

  static func cell(_ line: ScorecardLine?) -> String {
    guard let line, let brier = line.scores.brier else { return ScorecardReport.dash }
    let mark = line.scores.enoughToJudge ? "" : "*"
    return "\(ProbabilityFormat.fixed(brier, places: 3)) (\(line.scores.n))\(mark)"
  }
}
