import Foundation
import HindsightCore

/// The `scorecard` report for a reader: speakers ranked by Brier score, the speakers with too
/// few resolved forecasts listed apart, and the pooled line.
public enum ScorecardReport {
  /// The ranked table's columns, left to right.
  static let rankedColumns = [
    TextTable.Column("#", alignment: .right, minWidth: 1),
    TextTable.Column("speaker", flexible: true, minWidth: 14),
    TextTable.Column("resolved", alignment: .right),
    TextTable.Column("Brier", alignment: .right),
    TextTable.Column("95% interval"),
    TextTable.Column("range"),
    TextTable.Column("log loss", alignment: .right),
    TextTable.Column("hit rate", alignment: .right),
    TextTable.Column("BSS", alignment: .right),
    TextTable.Column("overconf", alignment: .right),
  ]

  /// The lines of the report, none wider than `maxWidth` cells (nil: no limit).
  ///
  /// - Parameter speakers: the catalog's speakers, for their names.
  public static func table(_ card: Scorecard, speakers: [Speaker], maxWidth: Int?) -> [String] {
    let ranked = ranking(card)
    let tooFew = card.speakers.filter { $0.scores.tooFewToJudge }
    let pooled = pooledRow(card.overall)
    let table = TextTable(
      columns: rankedColumns,
      rows: ranked.map { row($0.line, rank: "\($0.rank)", speakers: speakers) } + [pooled])
    let rendered = table.render(maxWidth: maxWidth)
    var lines = ["Scorecard as of \(card.asOf), known by \(Timestamp.format(card.knownBy))."]
    let minimum = Scoring.normalApproximationMinimum
    let caption =
      "Brier score (0–1 scale, lower is better). Intervals are 95%: boot = bootstrap (below "
      + "\(minimum) resolved forecasts), normal = normal approximation (from \(minimum) on)."
    lines += DisplayWidth.wrap(caption, toWidth: maxWidth) + [""]
    if ranked.isEmpty {
      lines.append(
        "No speaker has \(Scoring.minimumToJudge) or more resolved forecasts yet, so none is ranked."
      )
    } else {
      lines += rendered.dropLast()
    }
    if !tooFew.isEmpty {
      lines += [
        "", "Too few to judge calibration (fewer than \(Scoring.minimumToJudge) resolved):",
      ]
      lines += tooFewTable(tooFew, speakers: speakers).render(maxWidth: maxWidth)
    }
    lines += ["", "All speakers pooled:", rendered[0], rendered[rendered.count - 1]]
    lines += [""] + DisplayWidth.wrap(legend, toWidth: maxWidth)
    return lines
  }

  /// What the columns mean, in one paragraph.
  static let legend = """
    resolved: resolved of all forecasts. range: the Brier score with every p read from the \
    confidence scale at its interval's low and at its high end (— when no p was). hit rate: \
    share whose more likely side happened. BSS: skill against the speaker's own base rate \
    (above 0 beats it). overconf: stated confidence minus hit rate (above 0: too sure). \
    Ranked by Brier score, then id. See docs/methodology.md.
    """

  /// The speakers with enough resolved forecasts, best (lowest Brier score) first, with their
  /// rank; equal scores share a rank (1, 2, 2, 4) and are ordered by id.
  public static func ranking(_ card: Scorecard) -> [(rank: Int, line: ScorecardLine)] {
    ranks(card).map { ($0.rank, card.speakers[$0.index]) }
  }

  /// `ranking(_:)` as positions in `card.speakers`, without copying the lines.
  static func ranks(_ card: Scorecard) -> [(rank: Int, index: Int)] {
    let lines = card.speakers
    let judged = lines.indices.filter {
      lines[$0].scores.enoughToJudge && lines[$0].scores.brier != nil
    }.sorted {
      (lines[$0].scores.brier ?? 0, lines[$0].speaker ?? "")
        < (lines[$1].scores.brier ?? 0, lines[$1].speaker ?? "")
    }
    var result: [(rank: Int, index: Int)] = []
    for (position, index) in judged.enumerated() {
      let tied =
        position > 0 && lines[judged[position - 1]].scores.brier == lines[index].scores.brier
      result.append((tied ? result[position - 1].rank : position + 1, index))
    }
    return result
  }

  /// The speakers in reading order: ranked ones first, then the rest by id.
  public static func readingOrder(_ card: Scorecard) -> [ScorecardLine] {
    ranking(card).map(\.line) + card.speakers.filter { !$0.scores.enoughToJudge }
  }

  /// A speaker's name in its original script and in English ("王小明 Wang Xiaoming"), once
  /// when the two are the same; the id when the speaker is unknown.
  public static func displayName(_ id: String, speakers: [Speaker]) -> String {
    guard let speaker = speakers.first(where: { $0.id == id }) else { return id }
    return speaker.name == speaker.nameEn ? speaker.name : "\(speaker.name) \(speaker.nameEn)"
  }

  static func row(_ line: ScorecardLine, rank: String, speakers: [Speaker]) -> [String] {
    [rank, displayName(line.speaker ?? "", speakers: speakers)] + figures(line)
  }

  static func pooledRow(_ line: ScorecardLine) -> [String] {
    ["", "all speakers"] + figures(line)
  }

  /// The cells after the name: resolved, Brier, interval, range, log loss, hit rate, BSS,
  /// over-confidence.
  static func figures(_ line: ScorecardLine) -> [String] {
    let scores = line.scores
    return [
      "\(line.tally.resolved)/\(line.tally.forecasts)",
      optional(scores.brier, places: 3),
      scores.brierCI95.map {
        "\(fixed($0.low, places: 2))–\(fixed($0.high, places: 2)) \(methodLabel[$0.method] ?? "")"
      } ?? dash,
      scores.brierRange.map {
        $0.varied == 0 ? dash : "\(fixed($0.min, places: 2))–\(fixed($0.max, places: 2))"
      } ?? dash,
      optional(scores.logLoss, places: 3),
      scores.hitRate.map { "\(Int(($0 * 100).rounded()))% of \(scores.hitRateN)" } ?? dash,
      scores.bssBaseRate.map { ProbabilityFormat.signed($0, places: 2) } ?? dash,
      scores.overconfidence.map { ProbabilityFormat.signed($0, places: 2) } ?? dash,
    ]
  }

  static func tooFewTable(_ lines: [ScorecardLine], speakers: [Speaker]) -> TextTable {
    TextTable(
      columns: [
        TextTable.Column("speaker", flexible: true, minWidth: 12),
        TextTable.Column("forecasts", alignment: .right),
        TextTable.Column("resolved", alignment: .right),
        TextTable.Column("open", alignment: .right),
        TextTable.Column("due", alignment: .right),
        TextTable.Column("annulled", alignment: .right),
        TextTable.Column("Brier", alignment: .right),
      ],
      rows: lines.map { line in
        let tally = line.tally
        return [
          displayName(line.speaker ?? "", speakers: speakers), "\(tally.forecasts)",
          "\(tally.resolved)", "\(tally.open)", "\(tally.due)", "\(tally.annulled)",
          optional(line.scores.brier, places: 3),
        ]
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
}
