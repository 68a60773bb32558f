import Foundation
import HindsightCore

/// The `scorecard` report for a reader: speakers ranked by Brier score, the speakers with too
/// few resolved forecasts listed apart, and the pooled line.
public enum ScorecardReport {
  /// A column of the ranked table after `#` and the speaker, named by its header.
  typealias Figure = String

  /// The ranked table's figures, in order (`ScorecardColumn.table`).
  static let allFigures = ScorecardColumn.table.map { $0.table!.header }

  /// The figures left out first when the ranked table is too wide, in that order; the number
  /// resolved and the Brier score always stay.
  static let dropOrder: [Figure] = [
    "peer", "log loss", "range", "BSS", "overconf", "hit rate", "95% interval",
  ]

  /// What the ranked table shows: how speakers are named, whether intervals name their method,
  /// and which figures are left out.
  struct Shape: Hashable, Sendable {
    var names: ForecastListing.SpeakerNames = .both
    var intervalMethod = true
    var dropped: [Figure] = []

    var figures: [Figure] { allFigures.filter { !dropped.contains($0) } }

    /// The table cells of the figures shown, in order.
    var cells: [ScorecardColumn.TableCell] {
      ScorecardColumn.table.compactMap(\.table).filter { !dropped.contains($0.header) }
    }

    /// The shapes to try, widest first: every figure with both names, then original-script
    /// names, then intervals without their method, then one figure fewer at a time.
    static let tries: [Shape] =
      [Shape(), Shape(names: .original), Shape(names: .original, intervalMethod: false)]
      + dropOrder.indices.map {
        Shape(names: .original, intervalMethod: false, dropped: Array(dropOrder[...$0]))
      }
  }

  /// The columns of the too-few table after the speaker, and the ones left out first (in that
  /// order) when it is too wide.
  static let tallyColumns = ["forecasts", "resolved", "open", "due", "annulled", "Brier"]
  static let tallyDropOrder = ["annulled", "due", "open"]

  /// The lines of the report, none wider than `maxWidth` cells (nil: no limit).
  ///
  /// To fit, the tables first name speakers in their original script only (李开复 rather than
  /// 李开复 Kai-Fu Lee), then write intervals without their method, then leave out figures
  /// (peer, log loss, range, BSS, overconf, hit rate, interval, in that order) and say which;
  /// no cell is cut unless even the narrowest table does not fit.
  ///
  /// - Parameters:
  ///   - speakers: the catalog's speakers, for their names.
  ///   - wide: every column with both names, however wide the tables get; only the prose is
  ///     wrapped to `maxWidth`.
  public static func table(
    _ card: Scorecard, speakers: [Speaker], maxWidth: Int?, wide: Bool = false
  ) -> [String] {
    let tableWidth = wide ? nil : maxWidth
    let ranked = ranking(card)
    let tooFew = card.speakers.filter { $0.scores.tooFewToJudge }
    let shape = fitting(Shape.tries, maxWidth: tableWidth) {
      rankedTable(ranked, pooled: card.overall, speakers: speakers, shape: $0)
    }
    let rendered = rankedTable(ranked, pooled: card.overall, speakers: speakers, shape: shape)
      .render(maxWidth: tableWidth)
    var lines = ["Scorecard as of \(card.asOf), known by \(Timestamp.format(card.knownBy))."]
    lines += DisplayWidth.wrap(caption(shape), toWidth: maxWidth) + [""]
    if ranked.isEmpty {
      lines.append(
        "No speaker has \(Scoring.minimumToJudge) or more resolved forecasts yet, so none is ranked."
      )
    } else {
      lines += rendered.dropLast()
    }
    var leftOut = shape.dropped
    if !tooFew.isEmpty {
      lines += [
        "", "Too few to judge calibration (fewer than \(Scoring.minimumToJudge) resolved):",
      ]
      let tallyShape = fitting(tallyShapes, maxWidth: tableWidth) {
        tooFewTable(tooFew, speakers: speakers, names: $0.names, dropped: $0.dropped)
      }
      leftOut += tallyShape.dropped
      lines += tooFewTable(
        tooFew, speakers: speakers, names: tallyShape.names, dropped: tallyShape.dropped
      ).render(maxWidth: tableWidth)
    }
    lines += ["", "All speakers pooled:", rendered[0], rendered[rendered.count - 1]]
    var paragraph = legend(showing: shape.figures)
    if let maxWidth, !leftOut.isEmpty {
      paragraph =
        "Left out to fit \(maxWidth) columns: \(leftOut.joined(separator: ", ")) "
        + "(--wide shows every column). " + paragraph
    }
    lines += [""] + DisplayWidth.wrap(paragraph, toWidth: maxWidth)
    return lines
  }

  /// The first of `shapes` whose table prints every cell whole in `maxWidth` cells, else the
  /// last.
  static func fitting<Candidate>(
    _ shapes: [Candidate], maxWidth: Int?, table: (Candidate) -> TextTable
  ) -> Candidate {
    shapes.first { table($0).layout(maxWidth: maxWidth).isWhole } ?? shapes[shapes.count - 1]
  }

  /// The too-few table's shapes, widest first: both names, original-script names, then one
  /// tally fewer at a time.
  static let tallyShapes: [(names: ForecastListing.SpeakerNames, dropped: [String])] =
    [(.both, []), (.original, [])]
    + tallyDropOrder.indices.map { (.original, Array(tallyDropOrder[...$0])) }

  /// The ranked speakers and the pooled line (last) as one table, so they share columns.
  static func rankedTable(
    _ ranked: [(rank: Int, line: ScorecardLine)], pooled: ScorecardLine, speakers: [Speaker],
    shape: Shape
  ) -> TextTable {
    let shown = shape.cells
    let named = Self.byID(speakers)
    func cells(_ line: ScorecardLine) -> [String] {
      shown.map { $0.cell(line, shape.intervalMethod) }
    }
    return TextTable(
      columns: [
        TextTable.Column("#", alignment: .right, minWidth: 1),
        TextTable.Column("speaker", minWidth: 6),
      ] + shown.map { TextTable.Column($0.header, alignment: $0.alignment) },
      rows: ranked.map {
        ["\($0.rank)", displayName($0.line.speaker ?? "", speakers: named, names: shape.names)]
          + cells($0.line)
      } + [["", "all speakers"] + cells(pooled)])
  }

  /// The sentence under the heading: the scale, and how intervals were made when they are shown.
  static func caption(_ shape: Shape) -> String {
    let minimum = Scoring.normalApproximationMinimum
    let scale = "Brier score (0–1 scale, lower is better)."
    guard shape.figures.contains("95% interval") else { return scale }
    if shape.intervalMethod {
      return scale + " Intervals are 95%: boot = bootstrap (below "
        + "\(minimum) resolved forecasts), normal = normal approximation (from \(minimum) on)."
    }
    return scale + " Intervals are 95%: bootstrap below \(minimum) resolved forecasts, normal "
      + "approximation from \(minimum) on."
  }

  /// What the columns mean, in one paragraph (every column shown).
  static let legend = legend(showing: allFigures)

  /// What the shown columns mean, in one paragraph, and how speakers are ranked when they are.
  static func legend(showing figures: [Figure], ranked: Bool = true) -> String {
    (ScorecardColumn.table.compactMap(\.table).filter { figures.contains($0.header) }
      .compactMap(\.legend) + (ranked ? [rankingMethod] : []) + ["See docs/methodology.md."])
      .joined(separator: " ")
  }

  /// How the ranking accounts for the number of forecasts, in a sentence.
  static let rankingMethod =
    "Ranked by the Brier score shrunk toward 0.25 as if each speaker had also made "
    + "\(Scoring.shrinkagePseudoCount) forecasts at 50% ((n·Brier + \(Scoring.shrinkagePseudoCount)"
    + "·0.25)/(n + \(Scoring.shrinkagePseudoCount))), so a few lucky forecasts cannot outrank "
    + "many good ones; then by id."

  /// The speakers with enough resolved forecasts, best (lowest shrunk Brier score,
  /// `Scores.brierShrunk`) first, with their rank; equal scores share a rank (1, 2, 2, 4) and
  /// are ordered by id.
  public static func ranking(_ card: Scorecard) -> [(rank: Int, line: ScorecardLine)] {
    ranks(card).map { ($0.rank, card.speakers[$0.index]) }
  }

  /// `ranking(_:)` as positions in `card.speakers`, without copying the lines.
  static func ranks(_ card: Scorecard) -> [(rank: Int, index: Int)] {
    let lines = card.speakers
    let judged = lines.indices.filter {
      lines[$0].scores.enoughToJudge && lines[$0].scores.brierShrunk != nil
    }.sorted {
      (lines[$0].scores.brierShrunk ?? 0, lines[$0].speaker ?? "")
        < (lines[$1].scores.brierShrunk ?? 0, lines[$1].speaker ?? "")
    }
    var result: [(rank: Int, index: Int)] = []
    for (position, index) in judged.enumerated() {
      let tied =
        position > 0
        && lines[judged[position - 1]].scores.brierShrunk == lines[index].scores.brierShrunk
      result.append((tied ? result[position - 1].rank : position + 1, index))
    }
    return result
  }

  /// The speakers in reading order: ranked ones first, then the rest by id.
  public static func readingOrder(_ card: Scorecard) -> [ScorecardLine] {
    ranking(card).map(\.line) + card.speakers.filter { !$0.scores.enoughToJudge }
  }

  /// A speaker's name in its original script and in English ("王小明 Wang Xiaoming"), once
  /// when the two are the same or when `names` is `.original`; the id when the speaker is
  /// unknown.
  public static func displayName(
    _ id: String, speakers: [String: Speaker], names: ForecastListing.SpeakerNames = .both
  ) -> String {
    guard let speaker = speakers[id] else { return id }
    if speaker.name.isEmpty { return speaker.nameEn }
    return speaker.name == speaker.nameEn || names == .original
      ? speaker.name : "\(speaker.name) \(speaker.nameEn)"
  }

  /// `speakers` by id, the first of each id, for `displayName` (a table of ten thousand
  /// speakers names each of them).
  static func byID(_ speakers: [Speaker]) -> [String: Speaker] {
    Dictionary(speakers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The speakers with too few resolved forecasts: their tallies and Brier score, without the
  /// `dropped` columns (names from `tallyColumns`).
  static func tooFewTable(
    _ lines: [ScorecardLine], speakers: [Speaker], names: ForecastListing.SpeakerNames = .both,
    dropped: [String] = []
  ) -> TextTable {
    let kept = tallyColumns.indices.filter { !dropped.contains(tallyColumns[$0]) }
    let named = Self.byID(speakers)
    return TextTable(
      columns: [TextTable.Column("speaker", minWidth: 6)]
        + kept.map { TextTable.Column(tallyColumns[$0], alignment: .right) },
      rows: lines.map { line in
        let tally = line.tally
        let cells = [
          "\(tally.forecasts)", "\(tally.resolved)", "\(tally.open)", "\(tally.due)",
          "\(tally.annulled)", optional(line.scores.brier, places: 3),
        ]
        return [displayName(line.speaker ?? "", speakers: named, names: names)]
          + kept.map { cells[$0] }
      })
  }

  /// How the table names each interval method.
  static let methodLabel: [BrierIntervalMethod: String] = [.bootstrap: "boot", .normal: "normal"]

  /// The mark of an undefined figure.
  static let dash = "—"

  static func fixed(_ value: Double, places: Int) -> String {
    ProbabilityFormat.fixed(value, places: places)
  }

  static func optional(_ value: Double?, places: Int) -> String {
    value.map { fixed($0, places: places) } ?? dash
  }

  /// A figure with its sign, two places, or the dash.
  static func signed(_ value: Double?) -> String {
    value.map { ProbabilityFormat.signed($0, places: 2) } ?? dash
  }

  /// Two ends, two places each: `0.04–0.56`.
  static func range(_ low: Double, _ high: Double) -> String {
    "\(fixed(low, places: 2))–\(fixed(high, places: 2))"
  }
}
