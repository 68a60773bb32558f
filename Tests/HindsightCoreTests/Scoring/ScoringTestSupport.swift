import HindsightCore

/// Builds stated (not scale-derived) forecasts from parallel lists of p and 0/1 outcomes.
func forecasts(_ p: [Double], _ outcomes: [Int]) -> [ScoredForecast] {
  precondition(p.count == outcomes.count, "p and outcomes differ in length")
  return zip(p, outcomes).map { ScoredForecast(p: $0, outcome: $1 == 1) }
}

/// Whether `actual` is present and within `tolerance` of `expected`.
func close(_ actual: Double?, _ expected: Double, _ tolerance: Double = 1e-9) -> Bool {
  guard let actual else { return false }
  return abs(actual - expected) <= tolerance
}

/// Whether an interval is present and both ends are within `tolerance` of the expected ends.
func close(_ actual: Interval?, _ low: Double, _ high: Double, _ tolerance: Double = 1e-9) -> Bool {
  guard let actual else { return false }
  return close(actual.low, low, tolerance) && close(actual.high, high, tolerance)
}

/// The 29- and 30-forecast fictional set shared with scripts/scoring_oracle_cases.py (N30_P, N30_O).
let n30P: [Double] = [
  0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5,
  0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99,
  0.01, 0.3, 0.6, 0.7, 0.7, 0.75, 0.9, 0.2, 0.45, 0.8,
]
let n30O: [Int] = [
  0, 0, 1, 0, 0, 1, 0, 1, 0, 1,
  1, 0, 1, 1, 1, 0, 1, 1, 1, 1,
  0, 0, 1, 1, 0, 1, 1, 0, 1, 1,
]
