/// One speaker's line of updates on one proposition, as the scorecard counts it: its status
/// is its latest update's, and when resolved it is scored by the latest update made on or
/// before the resolution (docs/methodology.md, "Propositions and updates").
public struct PropositionForecast: Hashable, Sendable {
  /// The speaker's id.
  public var speaker: String
  /// The status of the latest update.
  public var status: ForecastStatus
  /// How many updates the line has at the cut.
  public var updates: Int
  /// The question's tags.
  public var tags: [String]
  /// Whether the catalog flags its latest update as already true when made (not scored).
  public var alreadyTrue: Bool
  /// The update scored and what happened, when the line is resolved, not flagged, and has an
  /// update made on or before the resolution.
  public var scored: ScoredForecast?
  /// Days from the scored update to the resolution.
  public var horizonDays: Int?
  /// Good Judgment Open's mean daily Brier score over the updates (when scored).
  public var brierTimeAveraged: Double?
  /// Metaculus's peer score against the other speakers on the proposition (when any).
  public var peerScore: Double?
  /// Fatebook's relative Brier score against the other speakers (when any).
  public var relativeBrier: Double?

  /// Creates a line's record.
  public init(
    speaker: String, status: ForecastStatus, updates: Int, tags: [String], alreadyTrue: Bool,
    scored: ScoredForecast?, horizonDays: Int?, brierTimeAveraged: Double?,
    peerScore: Double?, relativeBrier: Double?
  ) {
    self.speaker = speaker
    self.status = status
    self.updates = updates
    self.tags = tags
    self.alreadyTrue = alreadyTrue
    self.scored = scored
    self.horizonDays = horizonDays
    self.brierTimeAveraged = brierTimeAveraged
    self.peerScore = peerScore
    self.relativeBrier = relativeBrier
  }

  /// The horizon of the scored update.
  public var horizon: Horizon? { horizonDays.map(Horizon.init(days:)) }
}
