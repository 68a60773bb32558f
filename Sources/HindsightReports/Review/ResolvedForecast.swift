import HindsightCore

/// One forecast resolved during the reviewed year, with its evidence chain.
public struct ResolvedForecast: Hashable, Sendable {
  /// The forecast's id.
  public var id: String
  /// The speaker's name as the review shows it, e.g. `王小明 (Wang Xiaoming)`.
  public var speaker: String
  /// The verbatim quote.
  public var quote: String
  /// Its English translation.
  public var quoteEn: String
  /// The operationalised claim.
  public var claim: String
  /// The forecast's confidence (p, phrase, interval, basis).
  public var confidence: Confidence
  /// `true`, `false` or `annulled`.
  public var outcome: ForecastStatus
  /// The day the outcome was settled.
  public var resolvedOn: Day
  /// The rule that fired.
  public var rule: ResolutionRule
  /// The resolver's one-sentence rationale.
  public var rationale: String
  /// Flags such as `amended-after-close`.
  public var flags: [ResolutionFlag]
  /// Every evidence, verdict and note entry about the forecast (its own and its question's),
  /// in seq order, retractions marked.
  public var evidence: [TimelineItem]
  /// The editor's reason for judging the claim already true when said, if the editor did.
  public var alreadyTrueWhenSaid: String?

  /// Creates a resolved forecast.
  public init(
    id: String, speaker: String, quote: String, quoteEn: String, claim: String,
    confidence: Confidence, outcome: ForecastStatus, resolvedOn: Day, rule: ResolutionRule,
    rationale: String, flags: [ResolutionFlag], evidence: [TimelineItem],
    alreadyTrueWhenSaid: String? = nil
  ) {
    self.id = id
    self.speaker = speaker
    self.quote = quote
    self.quoteEn = quoteEn
    self.claim = claim
    self.confidence = confidence
    self.outcome = outcome
    self.resolvedOn = resolvedOn
    self.rule = rule
    self.rationale = rationale
    self.flags = flags
    self.evidence = evidence
    self.alreadyTrueWhenSaid = alreadyTrueWhenSaid
  }
}
