/// One resolved forecast as the scoring sees it: a probability and what happened.
///
/// `pLow` and `pHigh` are the ends of the confidence-scale interval when `p` was mapped
/// from a hedge phrase; they are used only for the Brier sensitivity range
/// (``BrierRange``). Leave both `nil` for stated or editor-set probabilities.
public struct ScoredForecast: Hashable, Sendable {
  /// The forecast's probability that its claim is true, in [0, 1].
  public var p: Double
  /// Whether the claim came true.
  public var outcome: Bool
  /// The low end of the scale interval, when `p` came from the confidence scale.
  public var pLow: Double?
  /// The high end of the scale interval, when `p` came from the confidence scale.
  public var pHigh: Double?

  /// Creates a scored forecast.
  public init(p: Double, outcome: Bool, pLow: Double? = nil, pHigh: Double? = nil) {
    self.p = p
    self.outcome = outcome
    self.pLow = pLow
    self.pHigh = pHigh
  }

  /// Creates a scored forecast from a catalog confidence, carrying its interval only when
  /// the probability was mapped from the confidence scale (`basis: scale`).
  public init(confidence: Confidence, outcome: Bool) {
    let fromScale = confidence.basis == .scale
    self.init(
      p: confidence.p,
      outcome: outcome,
      pLow: fromScale ? confidence.interval.lowerBound : nil,
      pHigh: fromScale ? confidence.interval.upperBound : nil)
  }

  /// Whether `p` came from the confidence scale (either interval end is given).
  public var isScaleDerived: Bool { pLow != nil || pHigh != nil }
}
