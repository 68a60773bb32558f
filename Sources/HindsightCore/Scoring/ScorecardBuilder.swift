import Foundation

/// Builds a `Scorecard` one forecast at a time, so a ledger of any size is scored without
/// holding every resolution in memory.
public struct ScorecardBuilder: Sendable {
  private let only: Set<String>?
  private var tallies: [String: ForecastTally] = [:]
  private var overallTally = ForecastTally()
  private var scored: [String: [ScoredForecast]] = [:]

  /// Creates an empty builder; `only`, when given, is the set of speaker ids to include.
  public init(only: Set<String>? = nil) {
    self.only = only
  }

  /// Counts one forecast of `speaker` with its status at the cut; a `true`/`false` one is
  /// scored with its confidence.
  public mutating func add(speaker: String, status: ForecastStatus, confidence: Confidence) {
    if let only, !only.contains(speaker) { return }
    tallies[speaker, default: ForecastTally()].count(status)
    overallTally.count(status)
    let outcome: Bool
    switch status {
    case .true: outcome = true
    case .false: outcome = false
    default: return
    }
    scored[speaker, default: []].append(ScoredForecast(confidence: confidence, outcome: outcome))
  }

  /// The scorecard of everything added, at the given cut.
  public func scorecard(asOf: Day, knownBy: Date) -> Scorecard {
    let lines = tallies.keys.sorted().map { id in
      ScorecardLine(
        speaker: id, tally: tallies[id] ?? ForecastTally(),
        scores: Scoring.scores(scored[id] ?? []))
    }
    let pooled = Scoring.scores(Array(scored.values.joined()))
    return Scorecard(
      asOf: asOf, knownBy: knownBy, speakers: lines,
      overall: ScorecardLine(speaker: nil, tally: overallTally, scores: pooled))
  }
}
