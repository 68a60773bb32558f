/// One non-empty row of the calibration table: forecasts whose whole percentage falls in
/// [lower, upper) (the last bin, [0.9, 1.0], also holds 100%).
public struct CalibrationBin: Hashable, Sendable, Codable {
  /// The bin's lower edge on the probability scale (0.0, 0.1, …, 0.9).
  public var lower: Double
  /// The bin's upper edge on the probability scale (0.1, 0.2, …, 1.0).
  public var upper: Double
  /// The number of forecasts in the bin.
  public var n: Int
  /// The mean forecast probability in the bin.
  public var meanP: Double
  /// The share of the bin's forecasts that came true.
  public var observed: Double
  /// The Wilson 95% interval on `observed`.
  public var observedCI95: Interval

  /// Creates a calibration bin.
  public init(
    lower: Double, upper: Double, n: Int, meanP: Double, observed: Double, observedCI95: Interval
  ) {
    self.lower = lower
    self.upper = upper
    self.n = n
    self.meanP = meanP
    self.observed = observed
    self.observedCI95 = observedCI95
  }

  enum CodingKeys: String, CodingKey {
    case lower
    case upper
    case n
    case meanP = "mean_p"
    case observed
    case observedCI95 = "observed_ci95"
  }
}
