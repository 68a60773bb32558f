import Foundation

/// Builds a `Scorecard` one forecast at a time, so a ledger of any size is scored without
/// holding every resolution in memory.
public struct ScorecardBuilder: Sendable {
  private let only: Set<String>?
  private var speakers: [String: Speaker] = [:]
  private var overallTally = ForecastTally()

  private struct Speaker: Sendable {
    var tally = ForecastTally()
    var scored: [ScoredForecast] = []

    /// Every scored forecast, tallied.
    var allGroups: [ForecastGroup] { Scoring.tally(scored) }
  }

  /// Creates an empty builder; `only`, when given, is the set of speaker ids to include.
  public init(only: Set<String>? = nil) {
    self.only = only
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
    // One look-up a forecast: the tally and the scored list of a speaker sit together.
    modify(&speakers[speaker, default: Speaker()]) { entry in
      entry.tally.count(status)
      if let outcome {
        entry.scored.append(ScoredForecast(confidence: confidence, outcome: outcome))
      }
    }
  }

  /// The scorecard of everything added, at the given cut.
  public func scorecard(asOf: Day, knownBy: Date) -> Scorecard {
    var tallies: [[ForecastGroup]] = []
    let lines = speakers.sorted { $0.key < $1.key }.map { id, speaker in
      let groups = speaker.allGroups
      tallies.append(groups)
      return ScorecardLine(
        speaker: id, tally: speaker.tally, scores: Scoring.scores(groups: groups))
    }
    let pooled = Scoring.scores(groups: Scoring.merge(tallies))
    return Scorecard(
      asOf: asOf, knownBy: knownBy, speakers: lines,
      overall: ScorecardLine(speaker: nil, tally: overallTally, scores: pooled))
  }
}

private func modify<Value>(_ value: inout Value, _ body: (inout Value) -> Void) {
  body(&value)
}
