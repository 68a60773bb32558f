/// A two-sided interval on the probability scale, such as a 95% confidence interval.
public struct Interval: Hashable, Sendable, Codable {
  /// The lower end.
  public var low: Double
  /// The upper end.
  public var high: Double

  /// Creates an interval from its two ends.
  public init(low: Double, high: Double) {
    self.low = low
    self.high = high
  }

  /// Whether `value` lies within the interval, ends included.
  public func contains(_ value: Double) -> Bool { low <= value && value <= high }
}
