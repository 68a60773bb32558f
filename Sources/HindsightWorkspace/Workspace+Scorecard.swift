import Foundation
import HindsightCore
import HindsightStore

extension Workspace {
  /// The scorecard at the cut (or as of `day`, with the cut's known-by), catalog and imported
  /// forecasts alike, read through the ledger's index one proposition at a time
  /// (`ForecastRead.scoring`) and scored by `PropositionScorer`. Forecasts made after the day
  /// are left out: they had not been said yet.
  ///
  /// - Parameters:
  ///   - only: the speakers to score; the other speakers' forecasts on the questions they
  ///     forecast are read too, as their peers.
  ///   - tag: score only the forecasts about questions with this tag.
  ///   - detail: how much of the scorecard to compute (`.pooled`: no speaker's line, for a
  ///     command that shows only its tags' scorecards).
  ///   - byTag: also score each tag's forecasts apart, with this detail
  ///     (`PropositionScorer.scorecardsByTag`; `.pooled` when only each tag's pooled line is
  ///     shown).
  public func scorecard(
    asOf day: Day? = nil, only: Set<String>? = nil, tag: String? = nil,
    detail: ScorecardBuilder.Detail = .full, byTag: ScorecardBuilder.Detail? = nil,
    catalog: CatalogScoring
  ) throws -> (card: Scorecard, byTag: [TaggedScorecard]) {
    let asOf = day ?? self.asOf
    var scorer = PropositionScorer(only: only, detail: detail, byTag: byTag)
    try ledger.forEachForecast(
      asOf: asOf, knownBy: knownBy, query: Self.scoringQuery(only: only, tag: tag),
      read: .scoring(tags: byTag != nil)
    ) { forecast in
      guard forecast.row.saidOn <= asOf else { return }
      scorer.add(catalog.update(forecast))
    }
    return (
      scorer.scorecard(asOf: asOf, knownBy: knownBy),
      scorer.scorecardsByTag(asOf: asOf, knownBy: knownBy)
    )
  }

  /// The scorecards as of each of `days` (ascending, with the cut's known-by), read in one
  /// pass over the ledger (`Ledger.forEachForecast(cuts:knownBy:query:read:_:)`) and scored
  /// at every day at once (`PropositionScorer(cuts:only:byTag:)`); see `scorecard`.
  public func scorecards(
    asOf days: [Day], only: Set<String>? = nil, tag: String? = nil, catalog: CatalogScoring
  ) throws -> [Scorecard] {
    var scorer = PropositionScorer(cuts: days, details: days.map { _ in .full }, only: only)
    try ledger.forEachForecast(
      cuts: days, knownBy: knownBy, query: Self.scoringQuery(only: only, tag: tag),
      read: .scoring(tags: false)
    ) { forecast, _ in
      scorer.add(catalog.update(forecast.at(forecast.states.count - 1)), at: forecast.states)
    }
    return scorer.scorecards(knownBy: knownBy)
  }

  /// The forecasts a scorecard reads: those about the questions the speakers forecast (so
  /// their peers are read too), of the tag when given.
  private static func scoringQuery(only: Set<String>?, tag: String?) -> ForecastQuery {
    ForecastQuery(tags: tag.map { [$0] } ?? [], questionsOf: only ?? [])
  }
}
