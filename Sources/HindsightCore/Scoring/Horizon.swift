/// How far ahead a forecast was made: from its said-on day to its resolved-on day.
public enum Horizon: String, CaseIterable, Hashable, Sendable {
  /// Under 30 days.
  case underMonth = "under_30_days"
  /// From 30 days to under one year (365 days).
  case monthToYear = "30_days_to_1_year"
  /// From one year to under three (1,095 days).
  case yearToThree = "1_to_3_years"
  /// Three years (1,095 days) or more.
  case overThree = "over_3_years"

  /// The horizon of a forecast made `days` before its resolution.
  public init(days: Int) {
    switch days {
    case ..<30: self = .underMonth
    case ..<365: self = .monthToYear
    case ..<1095: self = .yearToThree
    default: self = .overThree
    }
  }

  /// How a table or chart names it.
  public var label: String {
    switch self {
    case .underMonth: "< 30 days"
    case .monthToYear: "30 days–1 year"
    case .yearToThree: "1–3 years"
    case .overThree: "> 3 years"
    }
  }
}

/// The Brier score of the forecasts of one horizon.
public struct HorizonScore: Hashable, Sendable {
  /// The horizon.
  public var horizon: Horizon
  /// How many scored forecasts were made this far ahead.
  public var n: Int
  /// Their Brier score (0–1); `nil` when n is 0.
  public var brier: Double?

  /// Creates a horizon's score.
  public init(horizon: Horizon, n: Int, brier: Double?) {
    self.horizon = horizon
    self.n = n
    self.brier = brier
  }
}
