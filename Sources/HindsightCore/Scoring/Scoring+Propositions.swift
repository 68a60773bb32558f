import Foundation

extension Scoring {
  /// The probabilities log-based scores (log loss, peer score) read are clamped into
  /// [`logClamp`, 1 − `logClamp`], so that a forecast of exactly 0 or 1 (imports allow them)
  /// has a finite score: Metaculus accepts binary forecasts from 0.1% to 99.9% only.
  public static let logClamp = 0.001

  /// ln of the probability a forecast gave to what happened, clamped (`logClamp`).
  static func clampedLog(p: Double, outcome: Bool) -> Double {
    let given = outcome ? p : 1 - p
    return log(Swift.min(Swift.max(given, logClamp), 1 - logClamp))
  }

  /// Every speaker's line on one proposition, from all its updates at one cut (in any order;
  /// ties on the said-on day go by `position`, then by the order given: file order).
  ///
  /// A line takes its latest update's status. A resolved line is scored by the latest update
  /// made on or before the resolved-on day; updates made later are ignored. Its mean daily
  /// Brier score weighs each counted update by the whole days it stood, to the next update or
  /// to the resolution (`timeAveragedBrier`). Where lines of two or more speakers are scored,
  /// each gets a peer score and a relative Brier score against the other speakers' lines.
  public static func propositionForecasts(_ updates: [ForecastUpdate]) -> [PropositionForecast] {
    // Each line's updates together, by said-on day, position, then the order given.
    let order = updates.indices.sorted {
      let a = updates[$0]
      let b = updates[$1]
      if a.thread != b.thread { return a.thread < b.thread }
      return (a.saidOn, a.position, $0) < (b.saidOn, b.position, $1)
    }
    // Most propositions come in that order already, and then are not copied.
    let sorted = order.elementsEqual(updates.indices) ? updates : order.map { updates[$0] }
    var lines: [PropositionForecast] = []
    var start = 0
    while start < sorted.count {
      var end = start + 1
      while end < sorted.count, sorted[end].thread == sorted[start].thread { end += 1 }
      lines.append(line(sorted[start..<end]))
      start = end
    }
    comparePeers(&lines)
    return lines
  }

  /// One line's record from its updates, sorted by said-on day.
  private static func line(_ updates: ArraySlice<ForecastUpdate>) -> PropositionForecast {
    let latest = updates[updates.endIndex - 1]
    var forecast = PropositionForecast(
      speaker: latest.speaker, status: latest.status, updates: updates.count, tags: latest.tags,
      alreadyTrue: latest.alreadyTrue, scored: nil, horizonDays: nil, brierTimeAveraged: nil,
      peerScore: nil, relativeBrier: nil)
    let outcome: Bool
    switch latest.status {
    case .true: outcome = true
    case .false: outcome = false
    default: return forecast
    }
    guard !latest.alreadyTrue else { return forecast }
    let resolvedOn = latest.resolvedOn
    // The updates made on or before the resolution: a prefix, sorted as they are.
    let counted = resolvedOn.map { day in updates.prefix { $0.saidOn <= day } } ?? updates
    guard let last = counted.last else { return forecast }
    forecast.scored = ScoredForecast(confidence: last.confidence, outcome: outcome)
    forecast.horizonDays = resolvedOn.map { last.saidOn.days(to: $0) }
    forecast.brierTimeAveraged = timeAveragedBrier(
      counted.lazy.map { (saidOn: $0.saidOn, p: $0.confidence.p) }, outcome: outcome,
      resolvedOn: resolvedOn ?? last.saidOn)
    return forecast
  }

  /// Good Judgment Open's mean daily Brier score of one line: each update, sorted by said-on
  /// day, weighs the whole days from its said-on day to the next update's (or to `resolvedOn`
  /// for the last); when every weight is 0 the last update counts alone.
  public static func timeAveragedBrier<Updates: BidirectionalCollection>(
    _ updates: Updates, outcome: Bool, resolvedOn: Day
  ) -> Double? where Updates.Element == (saidOn: Day, p: Double) {
    guard let last = updates.last else { return nil }
    let o = outcome ? 1.0 : 0.0
    var weighted = 0.0
    var days = 0
    for index in updates.indices {
      let update = updates[index]
      let next = updates.index(after: index)
      let until = next < updates.endIndex ? updates[next].saidOn : resolvedOn
      let weight = Swift.max(0, update.saidOn.days(to: until))
      weighted += Double(weight) * (update.p - o) * (update.p - o)
      days += weight
    }
    return days > 0 ? weighted / Double(days) : (last.p - o) * (last.p - o)
  }

  /// Sets each scored line's peer score (100 × (ln p_o − the mean of the other speakers'
  /// ln p_o), clamped logs) and relative Brier score (its Brier score minus the median of the
  /// other speakers'), where another speaker's line on the proposition is scored.
  ///
  /// Sums run over values sorted first, so a score does not depend on the order of the lines.
  static func comparePeers(_ lines: inout [PropositionForecast]) {
    // The scored lines, by speaker.
    var scored: [(index: Int, speaker: String, log: Double, brier: Double)] = []
    scored.reserveCapacity(lines.count)
    for (index, line) in lines.enumerated() {
      guard let forecast = line.scored else { continue }
      let o = forecast.outcome ? 1.0 : 0.0
      scored.append(
        (
          index, line.speaker, clampedLog(p: forecast.p, outcome: forecast.outcome),
          (forecast.p - o) * (forecast.p - o)
        ))
    }
    guard scored.count >= 2 else { return }
    scored.sort { $0.speaker < $1.speaker }
    guard scored[0].speaker != scored[scored.count - 1].speaker else { return }
    var logs = scored.map(\.log)
    logs.sort()
    let logTotal = logs.reduce(0, +)
    var briers = scored.map(\.brier)
    briers.sort()
    var start = 0
    while start < scored.count {
      var end = start + 1
      while end < scored.count, scored[end].speaker == scored[start].speaker { end += 1 }
      let own = scored[start..<end]
      let others = Double(scored.count - own.count)
      let othersLog: Double
      let median: Double
      if own.count == 1 {
        // The usual case, one line a speaker: leave its values out without copying.
        othersLog = logTotal - own[start].log
        median = medianWithout(briers.firstIndex(of: own[start].brier)!, sorted: briers)
      } else {
        othersLog = logTotal - own.map(\.log).sorted().reduce(0, +)
        var othersBriers = briers
        for line in own { othersBriers.remove(at: othersBriers.firstIndex(of: line.brier)!) }
        median = Self.median(sorted: othersBriers)
      }
      for line in own {
        lines[line.index].peerScore = 100 * (line.log - othersLog / others)
        lines[line.index].relativeBrier = line.brier - median
      }
      start = end
    }
  }

  /// The median of sorted values with the one at `removed` left out (at least two values).
  static func medianWithout(_ removed: Int, sorted values: [Double]) -> Double {
    func value(_ index: Int) -> Double { values[index < removed ? index : index + 1] }
    let count = values.count - 1
    let middle = count / 2
    return count % 2 == 1 ? value(middle) : (value(middle - 1) + value(middle)) / 2
  }

  /// The median of sorted values (the mean of the middle two for an even count).
  static func median(sorted values: [Double]) -> Double {
    let middle = values.count / 2
    return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
  }
}
