import Foundation

/// Builds a `Scorecard` one forecast at a time, so a ledger of any size is scored without
/// holding every resolution in memory.
public struct ScorecardBuilder: Sendable {
  private let only: Set<String>?
  private var speakers: [String: Speaker] = [:]
  private var overallTally = ForecastTally()
  /// The speaker forecasts were last added to, out of `speakers`.
  private var current: (id: String, entry: Speaker)?
  /// Lines of the speakers `finish` scored.
  private var finished: [ScorecardLine] = []
  /// The tallies of the finished speakers, pooled.
  private var pooledGroups: [ForecastGroup.Key: ForecastGroup] = [:]

  private struct Speaker: Sendable {
    var tally = ForecastTally()
    /// Scored forecasts not yet tallied (those that came out of key order).
    var scored: [ScoredForecast] = []
    /// The forecasts tallied so far, in ascending key order.
    var groups: [ForecastGroup] = []

    /// Adds a scored forecast: straight into `groups` when its key is the last group's or
    /// after it (forecasts read in p order), else into `scored` for the next fold.
    mutating func add(_ forecast: ScoredForecast) {
      let key = ForecastGroup.Key(p: forecast.p, pLow: forecast.pLow, pHigh: forecast.pHigh)
      guard scored.isEmpty, Scoring.isValid(forecast), groups.last.map({ !(key < $0.key) }) ?? true
      else {
        scored.append(forecast)
        if scored.count >= ScorecardBuilder.foldEvery { fold() }
        return
      }
      if groups.last?.key != key { groups.append(ForecastGroup(key: key)) }
      if forecast.outcome {
        groups[groups.count - 1].trues += 1
      } else {
        groups[groups.count - 1].falses += 1
      }
    }

    /// Tallies the forecasts waiting in `scored` into `groups`, so that a speaker's memory
    /// is bounded by the distinct probabilities they used, not by their forecasts.
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
  static let foldEvery = 256

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

  private func scores(_ groups: [ForecastGroup]) -> Scores {
    detail == .full ? Scoring.scores(groups: groups) : Scoring.brierOnly(groups: groups)
  }

  /// Counts one forecast of `speaker` with its status at the cut; a `true`/`false` one is
  /// scored with its confidence.
  public mutating func add(speaker: String, status: ForecastStatus, confidence: Confidence) {
    if let only, !only.contains(speaker) { return }
    overallTally.count(status)
    let outcome: Bool?
    switch status {
    case .true: outcome = true
    case .false: outcome = false
    default: outcome = nil
    }
    // The speaker being added to is kept out of the dictionary: forecasts read speaker by
    // speaker cost no look-up.
    if current?.id != speaker {
      if let current { speakers[current.id] = current.entry }
      current = (speaker, speakers.removeValue(forKey: speaker) ?? Speaker())
    }
    current!.entry.tally.count(status)
    if let outcome {
      current!.entry.add(ScoredForecast(confidence: confidence, outcome: outcome))
    }
  }

  /// Every speaker's state, the current one included.
  private var allSpeakers: [String: Speaker] {
    var all = speakers
    if let current { all[current.id] = current.entry }
    return all
  }

  /// Scores a speaker whose every forecast has been added, keeping only their line and their
  /// share of the pooled tallies: a caller that adds forecasts speaker by speaker holds one
  /// speaker's forecasts at a time.
  public mutating func finish(speaker id: String) {
    if let current, current.id == id {
      speakers[id] = current.entry
      self.current = nil
    }
    guard let speaker = speakers.removeValue(forKey: id) else { return }
    let groups = speaker.allGroups
    finished.append(
      ScorecardLine(speaker: id, tally: speaker.tally, scores: scores(groups)))
    for group in groups {
      pooledGroups[group.key, default: ForecastGroup(key: group.key)].add(group)
    }
  }

  /// The scorecard of everything added, at the given cut.
  public func scorecard(asOf: Day, knownBy: Date) -> Scorecard {
    var tallies: [[ForecastGroup]] = [pooledGroups.values.sorted { $0.key < $1.key }]
    let open = allSpeakers.map { id, speaker in
      let groups = speaker.allGroups
      tallies.append(groups)
      return ScorecardLine(speaker: id, tally: speaker.tally, scores: scores(groups))
    }
    let lines = (finished + open).sorted { ($0.speaker ?? "") < ($1.speaker ?? "") }
    let pooled = scores(Scoring.merge(tallies))
    return Scorecard(
      asOf: asOf, knownBy: knownBy, speakers: lines,
      overall: ScorecardLine(speaker: nil, tally: overallTally, scores: pooled))
  }
}
