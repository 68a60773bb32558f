import Foundation

/// How many of a speaker's forecasts stand where, at one cut.
public struct ForecastTally: Hashable, Sendable {
  /// Every forecast at the cut: each speaker's line of updates on a proposition once.
  public var forecasts = 0
  /// Resolved true or false: scored, unless flagged already true when made or every update
  /// came after the resolution.
  public var resolved = 0
  /// Window not yet closed.
  public var open = 0
  /// Window closed, waiting for evidence or a verdict.
  public var due = 0
  /// Excluded from scoring.
  public var annulled = 0
  /// Every update of the counted forecasts (each speaker's line on a proposition counts once).
  public var updates = 0
  /// Flagged by the catalog as already true when made: counted, shown, never scored.
  public var alreadyTrue = 0

  /// Creates an empty tally.
  public init() {}

  /// Adds another tally's counts.
  public mutating func add(_ other: ForecastTally) {
    forecasts += other.forecasts
    resolved += other.resolved
    open += other.open
    due += other.due
    annulled += other.annulled
    updates += other.updates
    alreadyTrue += other.alreadyTrue
  }

  /// Counts one line of `updates` updates, of the given status.
  public mutating func count(_ status: ForecastStatus, updates: Int = 1, alreadyTrue: Bool = false)
  {
    count(status, updates: updates, alreadyTrue: alreadyTrue, times: 1)
  }

  /// Counts such a line `times` times (−1 takes one back).
  mutating func count(_ status: ForecastStatus, updates: Int, alreadyTrue: Bool, times: Int) {
    forecasts += times
    self.updates += updates * times
    if alreadyTrue { self.alreadyTrue += times }
    switch status {
    case .true, .false: resolved += times
    case .open: open += times
    case .due: due += times
    case .annulled: annulled += times
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

  /// Scores the resolutions of one cut of a catalog held in memory, through the one pipeline
  /// (`PropositionScorer`): each forecast with its confidence, in proposition order.
  ///
  /// - Parameter only: when given, the speaker ids to include (others are left out of the
  ///   lines and of the pooled figures, but still count as peers).
  public init(
    catalog: Catalog, resolutions: [Resolution], asOf: Day, knownBy: Date,
    only: Set<String>? = nil
  ) {
    let byForecast = Dictionary(
      resolutions.map { ($0.forecast, $0) }, uniquingKeysWith: { first, _ in first })
    let proposition = Proposition.keys(in: catalog)
    let tags = Dictionary(
      catalog.questions.map { ($0.id, $0.tags) }, uniquingKeysWith: { first, _ in first })
    var scorer = PropositionScorer(only: only)
    for forecast in Proposition.ordered(catalog.forecasts, in: catalog) {
      guard let resolution = byForecast[forecast.id] else { continue }
      scorer.add(
        ForecastUpdate(
          forecast, proposition: proposition(forecast), thread: Proposition.thread(of: forecast),
          status: resolution.status, resolvedOn: resolution.resolvedOn,
          tags: tags[forecast.question] ?? []))
    }
    self = scorer.scorecard(asOf: asOf, knownBy: knownBy)
  }

  init(asOf: Day, knownBy: Date, speakers: [ScorecardLine], overall: ScorecardLine) {
    self.asOf = asOf
    self.knownBy = knownBy
    self.speakers = speakers
    self.overall = overall
  }

  /// The line of one speaker, found by binary search in `speakers` (sorted by id: a history
  /// of ten thousand speakers looks each one up at every cut).
  public func line(for speaker: String) -> ScorecardLine? {
    var low = 0
    var high = speakers.count
    while low < high {
      let middle = (low + high) / 2
      if (speakers[middle].speaker ?? "") < speaker { low = middle + 1 } else { high = middle }
    }
    return low < speakers.count && speakers[low].speaker == speaker ? speakers[low] : nil
  }
}
