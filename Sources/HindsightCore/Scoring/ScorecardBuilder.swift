import Foundation

/// Builds a `Scorecard` one speaker's line of updates at a time
/// (``Scoring/propositionForecasts(_:)``, or ``PropositionScorer``, which feeds it), so a
/// ledger of any size is scored without holding every forecast in memory: each speaker, and
/// the pooled line, holds a tally, a few running sums and its forecasts tallied by distinct
/// (p, p_low, p_high), bounded by the probabilities used rather than by the forecasts.
public struct ScorecardBuilder: Sendable {
  private let only: Set<String>?
  private var speakers: [String: Accumulator] = [:]
  /// The speakers counted by a `.pooled` builder, which keeps nothing else of them.
  private var pooledSpeakers: Set<String> = []
  private var overall = Accumulator()

  /// What one line has gathered.
  private struct Accumulator: Sendable {
    var tally = ForecastTally()
    var sums = ComparativeSums()
    /// The scored forecasts tallied, in ascending key order (every figure but the Brier score
    /// alone needs them).
    var groups: [ForecastGroup] = []
    /// The scored forecasts' squared errors and count (all the Brier score alone needs).
    var squaredErrors = FixedSum()
    var scored = 0

    /// Counts a line, and scores it as `detail` asks when scored.
    mutating func add(_ forecast: PropositionForecast, detail: Detail?) {
      tally.count(forecast.status, updates: forecast.updates, alreadyTrue: forecast.alreadyTrue)
      guard let detail, let scored = forecast.scored, Scoring.isValid(scored) else { return }
      guard detail != .brier else {
        let o = scored.outcome ? 1.0 : 0.0
        squaredErrors.add((scored.p - o) * (scored.p - o))
        self.scored += 1
        return
      }
      sums.add(forecast)
      let key = ForecastGroup.Key(p: scored.p, pLow: scored.pLow, pHigh: scored.pHigh)
      // Binary search for the key's group: a speaker uses few distinct probabilities.
      var low = 0
      var high = groups.count
      while low < high {
        let middle = (low + high) / 2
        if groups[middle].key < key { low = middle + 1 } else { high = middle }
      }
      if low == groups.count || groups[low].key != key {
        groups.insert(ForecastGroup(key: key), at: low)
      }
      if scored.outcome { groups[low].trues += 1 } else { groups[low].falses += 1 }
    }
  }

  /// How much of each line a builder computes.
  public enum Detail: Sendable {
    /// Every figure of `Scores`.
    case full
    /// Every figure but the Brier interval (a previous year's figures, shown as changes).
    case summary
    /// The count and the Brier score only (a series over time shows nothing else).
    case brier
    /// Every figure of the pooled line and how many speakers (`speakerCount`), and no
    /// speaker's line (a table by tag shows nothing more).
    case pooled
  }

  /// How much of each line it computes.
  let detail: Detail

  /// Creates an empty builder; `only`, when given, is the set of speaker ids to include.
  public init(only: Set<String>? = nil, detail: Detail = .full) {
    self.only = only
    self.detail = detail
  }

  private func scores(_ accumulator: Accumulator) -> Scores {
    guard detail != .brier else {
      return Scoring.brierOnly(
        squaredErrors: accumulator.squaredErrors.value, n: accumulator.scored)
    }
    var scores = Scoring.scores(groups: accumulator.groups, interval: detail != .summary)
    accumulator.sums.apply(to: &scores)
    return scores
  }

  /// Counts one speaker's line on a proposition with its status at the cut, and scores it
  /// when it has a scored update.
  public mutating func add(_ forecast: PropositionForecast) {
    if let only, !only.contains(forecast.speaker) { return }
    overall.add(forecast, detail: detail == .brier ? .brier : .full)
    guard detail != .pooled else {
      pooledSpeakers.insert(forecast.speaker)
      return
    }
    speakers[forecast.speaker, default: Accumulator()].add(forecast, detail: detail)
  }

  /// How many speakers' lines were added.
  public var speakerCount: Int { detail == .pooled ? pooledSpeakers.count : speakers.count }

  /// The scorecard of everything added, at the given cut (with no speaker line when
  /// `.pooled`).
  public func scorecard(asOf: Day, knownBy: Date) -> Scorecard {
    let lines = speakers.map { id, speaker in
      ScorecardLine(speaker: id, tally: speaker.tally, scores: scores(speaker))
    }.sorted { ($0.speaker ?? "") < ($1.speaker ?? "") }
    return Scorecard(
      asOf: asOf, knownBy: knownBy, speakers: lines,
      overall: ScorecardLine(speaker: nil, tally: overall.tally, scores: scores(overall)))
  }
}
