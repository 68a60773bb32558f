/// The running sums of the figures a line of updates carries itself (mean daily Brier, peer
/// and relative Brier scores, Brier by horizon), beside the tallies `Sums` reads. Each is a
/// `FixedSum`, so the means do not depend on the order lines are added in; all are held inline
/// (no array), since every speaker of every cut keeps one.
struct ComparativeSums: Sendable {
  var timeAveraged = FixedSum()
  var timeAveragedN = 0
  var peer = FixedSum()
  var relative = FixedSum()
  var peerN = 0
  var horizons = (HorizonSum(), HorizonSum(), HorizonSum(), HorizonSum())

  /// The squared errors and count of one horizon.
  struct HorizonSum: Hashable, Sendable {
    var squaredErrors = FixedSum()
    var n = 0
  }

  /// The horizons' sums, nearest first.
  var horizonSums: [HorizonSum] { [horizons.0, horizons.1, horizons.2, horizons.3] }

  /// Adds one scored line.
  mutating func add(_ forecast: PropositionForecast) {
    guard let scored = forecast.scored else { return }
    if let value = forecast.brierTimeAveraged {
      timeAveraged.add(value)
      timeAveragedN += 1
    }
    if let peerScore = forecast.peerScore, let relativeBrier = forecast.relativeBrier {
      peer.add(peerScore)
      relative.add(relativeBrier)
      peerN += 1
    }
    guard let horizon = forecast.horizon else { return }
    let o = scored.outcome ? 1.0 : 0.0
    let error = (scored.p - o) * (scored.p - o)
    switch horizon {
    case .underMonth: horizons.0.add(error)
    case .monthToYear: horizons.1.add(error)
    case .yearToThree: horizons.2.add(error)
    case .overThree: horizons.3.add(error)
    }
  }

  /// Writes the means into `scores`.
  func apply(to scores: inout Scores) {
    scores.brierTimeAveraged =
      timeAveragedN > 0 ? timeAveraged.value / Double(timeAveragedN) : nil
    scores.peerN = peerN
    scores.peerScore = peerN > 0 ? peer.value / Double(peerN) : nil
    scores.relativeBrier = peerN > 0 ? relative.value / Double(peerN) : nil
    scores.byHorizon = zip(Horizon.allCases, horizonSums).map { horizon, sum in
      HorizonScore(
        horizon: horizon, n: sum.n, brier: sum.n > 0 ? sum.squaredErrors.value / Double(sum.n) : nil
      )
    }
  }
}

extension ComparativeSums.HorizonSum {
  /// Adds one forecast's squared error.
  mutating func add(_ error: Double) {
    squaredErrors.add(error)
    n += 1
  }
}
