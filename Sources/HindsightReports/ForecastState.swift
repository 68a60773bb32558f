import HindsightCore

/// What is known about a forecast's outcome at an as-of date: its status and, once resolved,
/// the outcome and the day it was settled.
public struct ForecastState: Hashable, Sendable {
  /// `open`, `due`, `true`, `false` or `annulled`.
  public var status: ForecastStatus
  /// `true` or `false` once resolved, nil otherwise.
  public var outcome: Bool?
  /// The day the outcome was settled in the world, once resolved.
  public var resolvedOn: Day?

  /// Creates a state.
  public init(status: ForecastStatus, outcome: Bool? = nil, resolvedOn: Day? = nil) {
    self.status = status
    self.outcome = outcome
    self.resolvedOn = resolvedOn
  }
}
