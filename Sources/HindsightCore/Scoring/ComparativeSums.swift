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

  /// Adds one scored line `times` times (−1 takes it back exactly: `FixedSum`).
  mutating func add(_ forecast: PropositionForecast, times: Int = 1) {
    guard let scored = forecast.scored else { return }
    let sign = Double(times)
    if let value = forecast.brierTimeAveraged {
      timeAveraged.add(sign * value)
      timeAveragedN += times
    }
    if let peerScore = forecast.peerScore, let relativeBrier = forecast.relativeBrier {
      peer.add(sign * peerScore)
      relative.add(sign * relativeBrier)
      peerN += times
    }
    guard let horizon = forecast.horizon else { return }
    let o = scored.outcome ? 1.0 : 0.0
    let error = sign * (scored.p - o) * (scored.p - o)
    switch horizon {
    case .underMonth: horizons.0.add(error, times: times)
    case .monthToYear: horizons.1.add(error, times: times)
    case .yearToThree: horizons.2.add(error, times: times)
    case .overThree: horizons.3.add(error, times: times)
    }
  }

  /// Adds another line's sums.
  mutating func add(_ other: ComparativeSums) {
    timeAveraged.add(other.timeAveraged)
    timeAveragedN += other.timeAveragedN
    peer.add(other.peer)
    relative.add(other.relative)
    peerN += other.peerN
    horizons.0.add(other.horizons.0)
    horizons.1.add(other.horizons.1)
    horizons.2.add(other.horizons.2)
    horizons.3.add(other.horizons.3)
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
  /// Adds a squared error (already signed) counted `times` times.
  mutating func add(_ error: Double, times: Int) {
    squaredErrors.add(error)
    n += times
  }

  /// Adds another horizon's sums.
  mutating func add(_ other: Self) {
    squaredErrors.add(other.squaredErrors)
    n += other.n
  }
}
