/// The outcome an editor's verdict declares.
public enum VerdictOutcome: String, Hashable, Sendable, Codable, CaseIterable {
  /// The claim came true.
  case `true`
  /// The claim did not come true.
  case `false`
  /// The forecast is excluded from scoring (e.g. the question turned out ill-posed).
  case annulled
}

/// An explicit resolution of a question (all its forecasts) or of one forecast by the ledger's editor.
public struct Verdict: Hashable, Sendable, Codable {
  /// The question the verdict is about.
  public var question: String
  /// The forecast, when the verdict concerns only one forecast.
  public var forecast: String?
  /// The declared outcome.
  public var outcome: VerdictOutcome
  /// Why.
  public var reason: String
  /// A URL or citation.
  public var source: String
  /// The day the outcome was settled in the world: the forecast's resolved-on date.
  public var observed: Day

  /// Creates a verdict.
  public init(
    question: String, forecast: String? = nil, outcome: VerdictOutcome, reason: String,
    source: String, observed: Day
  ) {
    self.question = question
    self.forecast = forecast
    self.outcome = outcome
    self.reason = reason
    self.source = source
    self.observed = observed
  }
}

/// Withdraws an earlier evidence, verdict or note entry. Nothing is ever deleted.
public struct Retraction: Hashable, Sendable, Codable {
  /// The seq of the withdrawn entry.
  public var seq: Int64
  /// Why it was withdrawn.
  public var reason: String

  /// Creates a retraction.
  public init(seq: Int64, reason: String) {
    self.seq = seq
    self.reason = reason
  }
}
