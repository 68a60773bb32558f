/// Where a forecast's probability came from.
public enum ConfidenceBasis: String, Hashable, Sendable, Codable, CaseIterable {
  /// The speaker gave the number.
  case stated
  /// Mapped from the hedge phrase by the catalog's confidence scale.
  case scale
  /// Set by the catalog editor, with a note saying why.
  case editor
}

/// How sure a forecast sounded: the probability that its claim is true.
public struct Confidence: Hashable, Sendable, Codable {
  /// The hedge phrase the probability came from, e.g. 预计 or "probably".
  public var phrase: String?
  /// The probability that the claim is true, in [0.01, 0.99].
  public var p: Double
  /// A plausible range for `p` (for scale-mapped phrases: the survey's interquartile range).
  public var interval: ClosedRange<Double>
  /// Where `p` came from.
  public var basis: ConfidenceBasis

  /// Creates a confidence.
  public init(phrase: String?, p: Double, interval: ClosedRange<Double>, basis: ConfidenceBasis) {
    self.phrase = phrase
    self.p = p
    self.interval = interval
    self.basis = basis
  }
}
