import Foundation

/// Builds a `Scorecard` one speaker's line of updates at a time
/// (``Scoring/propositionForecasts(_:)``, or ``PropositionScorer``, which feeds it), so a
/// ledger of any size is scored without holding every forecast in memory: each speaker holds
/// tallies bounded by the distinct probabilities they used, and a few running sums.
public struct ScorecardBuilder: Sendable {
  private let only: Set<String>?
  private var speakers: [String: Speaker] = [:]
  private var overallTally = ForecastTally()
  private var overallSums = ComparativeSums()

  private struct Speaker: Sendable {
    var tally = ForecastTally()
    var sums = ComparativeSums()
    /// Scored forecasts not yet tallied.
    var scored: [ScoredForecast] = []
    /// The forecasts tallied so far, in ascending key order.
    var groups: [ForecastGroup] = []

    /// Adds a scored forecast, tallying the waiting ones every `foldEvery`.
    mutating func add(_ forecast: ScoredForecast) {
      scored.append(forecast)
      if scored.count >= ScorecardBuilder.foldEvery { fold() }
    }

    /// Tallies the forecasts waiting in `scored` into `groups`.
    mutating func fold() {
      guard !scored.isEmpty else { return }
      let tallied = Scoring.tally(scored)
      groups = groups.isEmpty ? tallied : Scoring.merge([groups, tallied])
      scored.removeAll(keepingCapacity: true)
    }

    /// Every scored forecast, tallied.
    var allGroups: [ForecastGroup] {
      var copy = self
      copy.fold()
      return copy.groups
    }
  }

  /// How many scored forecasts a speaker holds before they are tallied.
  static let foldEvery = 64

  /// How much of each line a builder computes.
  public enum Detail: Sendable {
    /// Every figure of `Scores`.
    case full
    /// The count and the Brier score only (a series over time shows nothing else).
    case brier
  }

  private let detail: Detail

  /// Creates an empty builder; `only`, when given, is the set of speaker ids to include.
  public init(only: Set<String>? = nil, detail: Detail = .full) {
    self.only = only
    self.detail = detail
  }

  private func scores(_ groups: [ForecastGroup], sums: ComparativeSums) -> Scores {
    guard detail == .full else { return Scoring.brierOnly(groups: groups) }
    var scores = Scoring.scores(groups: groups)
    sums.apply(to: &scores)
    return scores
  }

  /// Counts one speaker's line on a proposition with its status at the cut, and scores it
  /// when it has a scored update.
  public mutating func add(_ forecast: PropositionForecast) {
    if let only, !only.contains(forecast.speaker) { return }
    overallTally.count(
      forecast.status, updates: forecast.updates, alreadyTrue: forecast.alreadyTrue)
    overallSums.add(forecast)
    speakers[forecast.speaker, default: Speaker()].tally.count(
      forecast.status, updates: forecast.updates, alreadyTrue: forecast.alreadyTrue)
    guard let scored = forecast.scored else { return }
    speakers[forecast.speaker]!.sums.add(forecast)
    speakers[forecast.speaker]!.add(scored)
  }

  /// The scorecard of everything added, at the given cut.
  public func scorecard(asOf: Day, knownBy: Date) -> Scorecard {
    var tallies: [[ForecastGroup]] = []
    let lines = speakers.map { id, speaker in
      let groups = speaker.allGroups
      tallies.append(groups)
      return ScorecardLine(
        speaker: id, tally: speaker.tally, scores: scores(groups, sums: speaker.sums))
    }.sorted { ($0.speaker ?? "") < ($1.speaker ?? "") }
    return Scorecard(
      asOf: asOf, knownBy: knownBy, speakers: lines,
      overall: ScorecardLine(
        speaker: nil, tally: overallTally,
        scores: scores(Scoring.merge(tallies), sums: overallSums)))
  }
}
