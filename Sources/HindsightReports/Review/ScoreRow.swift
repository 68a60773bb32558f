import HindsightCore

/// One speaker's (or the pooled) line of the year-end scoreboard, with the previous year end's
/// scores for the changes.
public struct ScoreRow: Hashable, Sendable {
  /// The speaker's id, or nil for the pooled row.
  public var speaker: String?
  /// The speaker's name as the review shows it, or `All speakers`.
  public var label: String
  /// Where the speaker's forecasts stand at the year end.
  public var tally: ForecastTally
  /// The scores at the year end.
  public var scores: Scores
  /// The scores at the previous year end (`Scores.empty` when there were none).
  public var previous: Scores

  /// Creates a row.
  public init(
    speaker: String?, label: String, tally: ForecastTally, scores: Scores, previous: Scores
  ) {
    self.speaker = speaker
    self.label = label
    self.tally = tally
    self.scores = scores
    self.previous = previous
  }

  /// The figures the scoreboard shows, each with its value now and a year earlier.
  public var figures: [ScoreFigure] {
    func figure(_ name: String, _ value: (Scores) -> Double?) -> ScoreFigure {
      ScoreFigure(name: name, value: value(scores), previous: value(previous))
    }
    return [
      figure("Brier") { $0.brier },
      figure("Log loss") { $0.logLoss },
      figure("Hit rate") { $0.hitRate },
      figure("Skill vs 0.5") { $0.bssCoin },
      figure("Calibration-in-the-large") { $0.calibrationInTheLarge },
    ]
  }
}

/// One figure of a scoreboard row with its change since the previous year end.
public struct ScoreFigure: Hashable, Sendable {
  /// The figure's column name.
  public var name: String
  /// The value at the year end, nil when undefined.
  public var value: Double?
  /// The value at the previous year end, nil when undefined.
  public var previous: Double?

  /// Creates a figure.
  public init(name: String, value: Double?, previous: Double?) {
    self.name = name
    self.value = value
    self.previous = previous
  }

  /// value − previous, when both are defined.
  public var change: Double? {
    guard let value, let previous else { return nil }
    return value - previous
  }
}
