import Foundation
import HindsightCore
import HindsightStore

extension Workspace {
  /// The scorecard at the cut (or as of `day`, with the cut's known-by), catalog and imported
  /// forecasts alike, read through the ledger's index one forecast at a time
  /// (`Ledger.forEachForecast`). Forecasts made after the day are left out: they had not been
  /// said yet. Catalog forecasts are scored with their confidence intervals (`confidences`),
  /// imported ones with their stated p.
  public func scorecard(
    asOf day: Day? = nil, only: Set<String>? = nil, confidences: [String: Confidence]
  ) throws -> Scorecard {
    let asOf = day ?? self.asOf
    var builder = ScorecardBuilder(only: only)
    try ledger.forEachForecast(
      asOf: asOf, knownBy: knownBy, query: ForecastQuery(speakers: only ?? []), texts: false
    ) { forecast in
      guard forecast.row.saidOn <= asOf else { return }
      let p = forecast.row.p
      builder.add(
        speaker: forecast.row.speaker, status: forecast.status,
        confidence: confidences[forecast.row.forecast]
          ?? Confidence(phrase: nil, p: p, interval: p...p, basis: .stated))
    }
    return builder.scorecard(asOf: asOf, knownBy: knownBy)
  }

  /// The scorecards as of each of `days` (with the cut's known-by), read in one pass over
  /// the ledger (`Ledger.forEachForecast(cuts:knownBy:query:_:)`); see `scorecard`.
  public func scorecards(
    asOf days: [Day], only: Set<String>? = nil, confidences: [String: Confidence]
  ) throws -> [Scorecard] {
    var builders = days.map { _ in ScorecardBuilder(only: only) }
    var speaker: String?
    try ledger.forEachForecast(
      cuts: days, knownBy: knownBy, query: ForecastQuery(speakers: only ?? []), bySpeaker: true,
      texts: false
    ) { forecast, _ in
      let row = forecast.indexed.row
      // Imported forecasts come speaker by speaker; a catalog speaker is never an imported one.
      if forecast.indexed.imported, let previous = speaker, previous != row.speaker {
        for index in builders.indices { builders[index].finish(speaker: previous) }
      }
      speaker = forecast.indexed.imported ? row.speaker : nil
      let confidence =
        confidences[row.forecast]
        ?? Confidence(phrase: nil, p: row.p, interval: row.p...row.p, basis: .stated)
      for (index, day) in days.enumerated() where row.saidOn <= day {
        builders[index].add(
          speaker: row.speaker, status: forecast.states[index].status, confidence: confidence)
      }
    }
    return zip(days, builders).map { $1.scorecard(asOf: $0, knownBy: knownBy) }
  }
}
