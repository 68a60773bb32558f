/// Forecasts that share one (p, pLow, pHigh), with how many came true and false.
///
/// Tallying first and summing over the sorted tallies makes every score independent of the
/// order of the input, exactly (not merely up to rounding).
struct ForecastGroup: Hashable, Sendable {
  /// The identity of the group.
  struct Key: Hashable, Sendable, Comparable {
    var p: Double
    var pLow: Double?
    var pHigh: Double?

    static func < (lhs: Key, rhs: Key) -> Bool {
      if lhs.p != rhs.p { return lhs.p < rhs.p }
      let lowL = lhs.pLow ?? -1
      let lowR = rhs.pLow ?? -1
      if lowL != lowR { return lowL < lowR }
      return (lhs.pHigh ?? -1) < (rhs.pHigh ?? -1)
    }
  }

  var key: Key
  var falses = 0
  var trues = 0

  var count: Int { falses + trues }
  var isScaleDerived: Bool { key.pLow != nil || key.pHigh != nil }
  /// The p used for the sensitivity range's low end (p itself when not scale-derived).
  var lowP: Double { isScaleDerived ? (key.pLow ?? key.p) : key.p }
  /// The p used for the sensitivity range's high end (p itself when not scale-derived).
  var highP: Double { isScaleDerived ? (key.pHigh ?? key.p) : key.p }

  /// Σ (p − o)² over the group's forecasts when every one of them says `p`.
  func squaredErrorSum(at p: Double) -> Double {
    Double(trues) * (1 - p) * (1 - p) + Double(falses) * p * p
  }
}

extension Scoring {
  /// Tallies forecasts by (p, pLow, pHigh) and returns the groups in ascending key order.
  ///
  /// Sorting, then counting runs of equal keys, needs no hashing: a speaker's hundred
  /// forecasts are tallied in a few hundred comparisons.
  static func tally(_ forecasts: [ScoredForecast]) -> [ForecastGroup] {
    var keyed: [(key: ForecastGroup.Key, outcome: Bool)] = []
    keyed.reserveCapacity(forecasts.count)
    for forecast in forecasts {
      precondition(isProbability(forecast.p), "p must be in [0, 1], got \(forecast.p)")
      precondition(
        forecast.pLow.map(isProbability) ?? true && forecast.pHigh.map(isProbability) ?? true,
        "interval ends must be in [0, 1], got \(String(describing: forecast.pLow))"
          + "–\(String(describing: forecast.pHigh))")
      keyed.append(
        (
          ForecastGroup.Key(p: forecast.p, pLow: forecast.pLow, pHigh: forecast.pHigh),
          forecast.outcome
        ))
    }
    keyed.sort { $0.key < $1.key }
    var groups: [ForecastGroup] = []
    for (key, outcome) in keyed {
      if groups.last?.key != key { groups.append(ForecastGroup(key: key)) }
      if outcome {
        groups[groups.count - 1].trues += 1
      } else {
        groups[groups.count - 1].falses += 1
      }
    }
    return groups
  }

  /// Whether a forecast's p and interval ends are probabilities (what `tally` requires).
  static func isValid(_ forecast: ScoredForecast) -> Bool {
    isProbability(forecast.p) && (forecast.pLow.map(isProbability) ?? true)
      && (forecast.pHigh.map(isProbability) ?? true)
  }

  private static func isProbability(_ value: Double) -> Bool { value >= 0 && value <= 1 }
}
