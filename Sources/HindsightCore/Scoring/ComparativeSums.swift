/// The running sums of the figures a line of updates carries itself (mean daily Brier, peer
/// and relative Brier scores, Brier by horizon), beside the tallies `Sums` reads. Each is an
/// `FixedSum`, so the means do not depend on the order lines are added in.
struct ComparativeSums: Hashable, Sendable {
  var timeAveraged = FixedSum()
  var timeAveragedN = 0
  var peer = FixedSum()
  var relative = FixedSum()
  var peerN = 0
  var horizonBrier = [FixedSum](repeating: FixedSum(), count: Horizon.allCases.count)
  var horizonN = [Int](repeating: 0, count: Horizon.allCases.count)

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
    if let horizon = forecast.horizon, let index = Horizon.allCases.firstIndex(of: horizon) {
      let o = scored.outcome ? 1.0 : 0.0
      horizonBrier[index].add((scored.p - o) * (scored.p - o))
      horizonN[index] += 1
    }
  }

  /// Writes the means into `scores`.
  func apply(to scores: inout Scores) {
    scores.brierTimeAveraged = timeAveragedN > 0 ? timeAveraged.value / Double(timeAveragedN) : nil
    scores.peerN = peerN
    scores.peerScore = peerN > 0 ? peer.value / Double(peerN) : nil
    scores.relativeBrier = peerN > 0 ? relative.value / Double(peerN) : nil
    scores.byHorizon = Horizon.allCases.enumerated().map { index, horizon in
      HorizonScore(
        horizon: horizon, n: horizonN[index],
        brier: horizonN[index] > 0 ? horizonBrier[index].value / Double(horizonN[index]) : nil)
    }
  }
}
