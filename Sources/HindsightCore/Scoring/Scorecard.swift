import Foundation

/// How many of a speaker's forecasts stand where, at one cut.
public struct ForecastTally: Hashable, Sendable {
  /// Every forecast in the catalog at the cut.
  public var forecasts = 0
  /// Resolved true or false (the ones scored).
  public var resolved = 0
  /// Window not yet closed.
  public var open = 0
  /// Window closed, waiting for evidence or a verdict.
  public var due = 0
  /// Excluded from scoring.
  public var annulled = 0

  /// Creates an empty tally.
  public init() {}

  /// Adds another tally's counts.
  public mutating func add(_ other: ForecastTally) {
    forecasts += other.forecasts
    resolved += other.resolved
    open += other.open
    due += other.due
    annulled += other.annulled
  }

  /// Counts one forecast of the given status.
  public mutating func count(_ status: ForecastStatus) {
    forecasts += 1
    switch status {
    case .true, .false: resolved += 1
    case .open: open += 1
    case .due: due += 1
    case .annulled: annulled += 1
    }
  }
}

/// One speaker's (or the pooled) line of a scorecard.
public struct ScorecardLine: Hashable, Sendable {
  /// The speaker's id, or nil for the pooled line.
  public var speaker: String?
  /// Where the forecasts stand.
  public var tally: ForecastTally
  /// The scores of the resolved forecasts.
  public var scores: Scores

  /// Creates a line.
  public init(speaker: String?, tally: ForecastTally, scores: Scores) {
    self.speaker = speaker
    self.tally = tally
    self.scores = scores
  }
}

/// Every speaker's scores at one cut (SPEC §7), and the pooled figures.
public struct Scorecard: Hashable, Sendable {
  /// Valid time of the cut.
  public var asOf: Day
  /// Transaction time of the cut.
  public var knownBy: Date
  /// One line per speaker with at least one forecast, sorted by speaker id.
  public var speakers: [ScorecardLine]
  /// All the speakers' forecasts pooled.
  public var overall: ScorecardLine

  /// Scores the resolutions of one cut. Only `true`/`false` forecasts are scored, each with
  /// its confidence (scale-derived intervals feed the sensitivity range).
  ///
  /// - Parameter only: when given, the speaker ids to include (others are left out of the
  ///   lines and of the pooled figures).
  public init(
    catalog: Catalog, resolutions: [Resolution], asOf: Day, knownBy: Date,
    only: Set<String>? = nil
  ) {
    let forecasts = Dictionary(
      catalog.forecasts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var builder = ScorecardBuilder(only: only)
    for resolution in resolutions {
      guard let forecast = forecasts[resolution.forecast] else { continue }
      builder.add(
        speaker: forecast.speaker, status: resolution.status, confidence: forecast.confidence)
    }
    self = builder.scorecard(asOf: asOf, knownBy: knownBy)
  }

  init(asOf: Day, knownBy: Date, speakers: [ScorecardLine], overall: ScorecardLine) {
    self.asOf = asOf
    self.knownBy = knownBy
    self.speakers = speakers
    self.overall = overall
  }

  /// The line of one speaker.
  public func line(for speaker: String) -> ScorecardLine? {
    speakers.first { $0.speaker == speaker }
  }
}
