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
  /// ties on the said-on day keep the order given, which is file order).
  ///
  /// A line takes its latest update's status. A resolved line is scored by the latest update
  /// made on or before the resolved-on day; updates made later are ignored. Its mean daily
  /// Brier score weighs each counted update by the whole days it stood, to the next update or
  /// to the resolution (`timeAveragedBrier`). Where lines of two or more speakers are scored,
  /// each gets a peer score and a relative Brier score against the other speakers' lines.
  public static func propositionForecasts(_ updates: [ForecastUpdate]) -> [PropositionForecast] {
    var order: [String] = []
    var threads: [String: [ForecastUpdate]] = [:]
    for update in updates {
      if threads[update.thread] == nil { order.append(update.thread) }
      threads[update.thread, default: []].append(update)
    }
    var lines = order.map { thread in
      line(
        threads[thread]!.enumerated().sorted { ($0.1.saidOn, $0.0) < ($1.1.saidOn, $1.0) }
          .map(\.1))
    }
    comparePeers(&lines)
    return lines
  }

  /// One line's record from its updates, sorted by said-on day.
  private static func line(_ updates: [ForecastUpdate]) -> PropositionForecast {
    let latest = updates[updates.count - 1]
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
    let counted = updates.filter { update in latest.resolvedOn.map { update.saidOn <= $0 } ?? true }
    guard let last = counted.last else { return forecast }
    forecast.scored = ScoredForecast(confidence: last.confidence, outcome: outcome)
    forecast.horizonDays = latest.resolvedOn.map { last.saidOn.days(to: $0) }
    forecast.brierTimeAveraged = timeAveragedBrier(
      counted.map { ($0.saidOn, $0.confidence.p) }, outcome: outcome,
      resolvedOn: latest.resolvedOn ?? last.saidOn)
    return forecast
  }

  /// Good Judgment Open's mean daily Brier score of one line: each update, sorted by said-on
  /// day, weighs the whole days from its said-on day to the next update's (or to `resolvedOn`
  /// for the last); when every weight is 0 the last update counts alone.
  public static func timeAveragedBrier(
    _ updates: [(saidOn: Day, p: Double)], outcome: Bool, resolvedOn: Day
  ) -> Double? {
    guard let last = updates.last else { return nil }
    let o = outcome ? 1.0 : 0.0
    var weighted = 0.0
    var days = 0
    for (index, update) in updates.enumerated() {
      let until = index + 1 < updates.count ? updates[index + 1].saidOn : resolvedOn
      let weight = Swift.max(0, update.saidOn.days(to: until))
      weighted += Double(weight) * (update.p - o) * (update.p - o)
      days += weight
    }
    return days > 0 ? weighted / Double(days) : (last.p - o) * (last.p - o)
  }

  /// Sets each scored line's peer score (100 × (ln p_o − the mean of the other speakers'
  /// ln p_o), clamped logs) and relative Brier score (its Brier score minus the median of the
  /// other speakers'), where another speaker's line on the proposition is scored.
  static func comparePeers(_ lines: inout [PropositionForecast]) {
    let scored = lines.indices.filter { lines[$0].scored != nil }
    let speakers = Set(scored.map { lines[$0].speaker })
    guard speakers.count >= 2 else { return }
    func logScore(_ index: Int) -> Double {
      let forecast = lines[index].scored!
      return clampedLog(p: forecast.p, outcome: forecast.outcome)
    }
    func brier(_ index: Int) -> Double {
      let forecast = lines[index].scored!
      let o = forecast.outcome ? 1.0 : 0.0
      return (forecast.p - o) * (forecast.p - o)
    }
    // Exact sums, so that a score does not depend on the order the lines came in.
    var logTotal = ExactSum()
    var bySpeaker: [String: (log: ExactSum, count: Int)] = [:]
    for index in scored {
      logTotal.add(logScore(index))
      bySpeaker[lines[index].speaker, default: (ExactSum(), 0)].log.add(logScore(index))
      bySpeaker[lines[index].speaker, default: (ExactSum(), 0)].count += 1
    }
    let sortedBriers = scored.map(brier).sorted()
    for index in scored {
      let own = bySpeaker[lines[index].speaker]!
      let others = scored.count - own.count
      var othersLog = logTotal
      othersLog.add(-own.log.value)
      lines[index].peerScore = 100 * (logScore(index) - othersLog.value / Double(others))
      let othersBriers: [Double]
      if own.count == 1 {
        var copy = sortedBriers
        copy.remove(at: copy.firstIndex(of: brier(index))!)
        othersBriers = copy
      } else {
        othersBriers = scored.filter { lines[$0].speaker != lines[index].speaker }.map(brier)
          .sorted()
      }
      lines[index].relativeBrier = brier(index) - median(sorted: othersBriers)
    }
  }

  /// The median of sorted values (the mean of the middle two for an even count).
  static func median(sorted values: [Double]) -> Double {
    let middle = values.count / 2
    return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
  }
}
