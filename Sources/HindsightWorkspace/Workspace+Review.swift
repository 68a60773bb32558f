import Foundation
import HindsightCore
import HindsightReports
import HindsightStore

extension Workspace {
  /// The review of `year` at the workspace's known-by, in one pass over the ledger's forecasts
  /// (`Ledger.forEachForecast(cuts:knownBy:query:read:_:)`, in proposition order, with the
  /// texts of those the review lists), each resolved at every year end the review shows, and
  /// assembled by `ReviewAccumulator`.
  public func review(of year: Int) throws -> ReviewReport {
    let entries = try ledger.entries(knownBy: knownBy)
    let catalog = ledgerCatalog(from: entries)
    let firstYear = [
      catalog.forecasts.map(\.saidOn).min(), try ledger.firstImportedSaidOn(knownBy: knownBy),
    ].compactMap { $0 }.min()?.year
    var review = ReviewAccumulator(
      year: year, knownBy: knownBy, firstYear: firstYear,
      sharedQuestions: SharedQuestion.ids(in: catalog))
    let names = SpeakerNames(catalog: catalog)
    let yearEnd = LedgerFacts(entries: entries, asOf: .yearEnd(year), knownBy: knownBy)
    let last = review.cuts.count - 1
    let timelines = TimelineIndex(entries: entries)
    try ledger.forEachForecast(
      cuts: review.cuts, knownBy: knownBy, read: .reviewing(review.listing)
    ) {
      forecast, explain in
      let item = forecast.item
      let indexed = forecast.indexed
      review.add(
        ReviewAccumulator.Forecast(
          forecast: item,
          speaker: indexed.imported ? indexed.row.speakerName : names[item.speaker],
          states: forecast.states, proposition: indexed.proposition,
          thread: Proposition.thread(
            imported: indexed.imported, speaker: item.speaker, forecast: item.id),
          tags: indexed.row.tags, position: indexed.position),
        explain: { explain(forecast, last) },
        evidence: { timelines.items(question: item.question, forecast: item.id) },
        evidenceCount: { yearEnd.evidence(for: item).count })
    }
    // The imported speakers of forecasts the review does not list were read without names.
    review.name(
      Dictionary(
        try ledger.importedSpeakers(ids: review.unnamedSpeakers()).map { ($0.id, $0.nameEn) },
        uniquingKeysWith: { first, _ in first }))
    let head = ReviewReport.LedgerHead(
      hash: entries.last?.hash ?? String(repeating: "0", count: 64),
      entries: Int(entries.last?.seq ?? 0))
    return review.report(head: head, entries: entries, catalog: catalog)
  }
}
