/// One forecast as the scorer reads it at one cut: an update of its speaker's line on one
/// proposition (docs/methodology.md, "Propositions and updates").
public struct ForecastUpdate: Hashable, Sendable {
  /// The speaker's id.
  public var speaker: String
  /// The proposition it is about (``Proposition/key(question:kind:window:forecast:)``):
  /// forecasts with the same key are compared with each other.
  public var proposition: String
  /// The line of updates it belongs to within the proposition
  /// (``Proposition/thread(imported:speaker:forecast:)``).
  public var thread: String
  /// The day it was made.
  public var saidOn: Day
  /// Its probability, and how that was obtained.
  public var confidence: Confidence
  /// Its status at the cut.
  public var status: ForecastStatus
  /// The day its outcome was settled, when it is resolved or annulled.
  public var resolvedOn: Day?
  /// Its question's tags.
  public var tags: [String]
  /// Whether the catalog flags it as already true when it was made (kept out of scoring).
  public var alreadyTrue: Bool
  /// Its place in file order among updates made the same day (0 when the order given is
  /// file order).
  public var position: Int64 = 0

  /// Creates an update.
  public init(
    speaker: String, proposition: String, thread: String, saidOn: Day, confidence: Confidence,
    status: ForecastStatus, resolvedOn: Day?, tags: [String] = [], alreadyTrue: Bool = false,
    position: Int64 = 0
  ) {
    self.position = position
    self.speaker = speaker
    self.proposition = proposition
    self.thread = thread
    self.saidOn = saidOn
    self.confidence = confidence
    self.status = status
    self.resolvedOn = resolvedOn
    self.tags = tags
    self.alreadyTrue = alreadyTrue
  }

  /// A catalog forecast (or one built from an imported row) as an update at a cut: its
  /// speaker, said-on day, confidence and already-true flag, with its proposition, line and
  /// question's tags, and its status there.
  public init(
    _ forecast: Forecast, proposition: String, thread: String, status: ForecastStatus,
    resolvedOn: Day?, tags: [String]
  ) {
    self.init(
      speaker: forecast.speaker, proposition: proposition, thread: thread,
      saidOn: forecast.saidOn, confidence: forecast.confidence, status: status,
      resolvedOn: resolvedOn, tags: tags, alreadyTrue: forecast.alreadyTrueWhenSaid != nil)
  }

  /// Creates an update with a stated probability (as imported forecasts have).
  public init(
    speaker: String, proposition: String, thread: String, saidOn: Day, p: Double,
    status: ForecastStatus, resolvedOn: Day?, tags: [String] = []
  ) {
    self.init(
      speaker: speaker, proposition: proposition, thread: thread, saidOn: saidOn,
      confidence: Confidence(phrase: nil, p: p, interval: p...p, basis: .stated), status: status,
      resolvedOn: resolvedOn, tags: tags)
  }
}
