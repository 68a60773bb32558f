/// How far the Brier score moves when scale-mapped probabilities take the ends of their
/// intervals.
///
/// `atLowEnds` is the Brier score with every scale-derived `p` replaced by its interval's
/// low end (other forecasts unchanged); `atHighEnds` likewise with the high end. `min` and
/// `max` are the smallest and largest of `atLowEnds`, `atHighEnds` and the point score, so
/// the range always contains the point score.
public struct BrierRange: Hashable, Sendable, Codable {
  /// The smallest of the point score, `atLowEnds` and `atHighEnds`.
  public var min: Double
  /// The largest of the point score, `atLowEnds` and `atHighEnds`.
  public var max: Double
  /// The Brier score with every scale-derived `p` at its interval's low end.
  public var atLowEnds: Double
  /// The Brier score with every scale-derived `p` at its interval's high end.
  public var atHighEnds: Double
  /// How many forecasts were scale-derived (and so moved).
  public var varied: Int

  /// Creates a Brier range.
  public init(min: Double, max: Double, atLowEnds: Double, atHighEnds: Double, varied: Int) {
    self.min = min
    self.max = max
    self.atLowEnds = atLowEnds
    self.atHighEnds = atHighEnds
    self.varied = varied
  }

  enum CodingKeys: String, CodingKey {
    case min
    case max
    case atLowEnds = "at_low_ends"
    case atHighEnds = "at_high_ends"
    case varied
  }
}
