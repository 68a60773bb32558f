/// One speaker's (or the pooled) Brier score at each year end, for the over-time chart.
public struct BrierSeries: Hashable, Sendable {
  /// The Brier score and count at one year end.
  public struct Point: Hashable, Sendable {
    /// The year whose 31 December is the cut.
    public var year: Int
    /// The Brier score then, nil when nothing was resolved.
    public var brier: Double?
    /// The number of resolved forecasts scored.
    public var n: Int

    /// Creates a point.
    public init(year: Int, brier: Double?, n: Int) {
      self.year = year
      self.brier = brier
      self.n = n
    }
  }

  /// The speaker's id, or nil for the pooled series.
  public var speaker: String?
  /// The speaker's name as the review shows it, or `All speakers`.
  public var label: String
  /// One point per year end, oldest first.
  public var points: [Point]

  /// Creates a series.
  public init(speaker: String?, label: String, points: [Point]) {
    self.speaker = speaker
    self.label = label
    self.points = points
  }
}
