/// How the 95% interval of a Brier score was obtained.
public enum BrierIntervalMethod: String, Hashable, Sendable, Codable, CaseIterable {
  /// Percentile bootstrap (fewer than ``Scoring/normalApproximationMinimum`` forecasts).
  case bootstrap
  /// Normal approximation, mean ± z·sd/√n (from ``Scoring/normalApproximationMinimum`` on).
  case normal
}

/// The 95% interval of a Brier score, with the method that produced it.
public struct BrierInterval: Hashable, Sendable, Codable {
  /// The lower end.
  public var low: Double
  /// The upper end.
  public var high: Double
  /// The method used: bootstrap below 30 forecasts, normal approximation from 30.
  public var method: BrierIntervalMethod

  /// Creates a Brier interval.
  public init(low: Double, high: Double, method: BrierIntervalMethod) {
    self.low = low
    self.high = high
    self.method = method
  }
}
