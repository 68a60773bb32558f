import Foundation
import HindsightCore

/// Computes a ``ReviewReport`` from the catalog and the ledger's entries: a pure function, the
/// dates passed in.
public enum ReviewBuilder {
  /// The review of `year`: valid time cut at 31 December of `year`, transaction time at
  /// `knownBy`.
  ///
  /// - Parameters:
  ///   - catalog: the catalog as the ledger knew it at `knownBy`.
  ///   - entries: the ledger's entries (those recorded after `knownBy` are ignored).
  ///   - head: the hash and count of the entries recorded by `knownBy`.
  ///   - imported: the outcomes of bulk imports, as verdict facts (see `LedgerFacts.addImported`).
  public static func build(
    catalog: Catalog, entries: [LedgerEntry], year: Int, knownBy: Date,
    head: ReviewReport.LedgerHead, imported: [Recorded<Verdict>] = []
  ) -> ReviewReport {
    let known = entries.filter { $0.recordedAt <= knownBy }.sorted { $0.seq < $1.seq }
    var review = ReviewAccumulator(
      year: year, knownBy: knownBy, firstYear: catalog.forecasts.map(\.saidOn.year).min(),
      sharedQuestions: SharedQuestion.ids(in: catalog))
    let resolvers = review.cuts.map { cut in
      var facts = LedgerFacts(entries: known, asOf: cut, knownBy: knownBy)
      facts.addImported(imported)
      return Resolver(catalog: catalog, facts: facts, asOf: cut)
    }
    let names = SpeakerNames(catalog: catalog)
    let proposition = Proposition.keys(in: catalog)
    let timelines = TimelineIndex(entries: known)
    for forecast in Proposition.ordered(catalog.forecasts, in: catalog) {
      let resolutions = resolvers.map { $0.resolve(forecast) }
      review.add(
        ReviewAccumulator.Forecast(
          forecast: forecast, speaker: names[forecast.speaker],
          states: resolutions.map { ($0.status, $0.resolvedOn) },
          proposition: proposition(forecast), thread: Proposition.thread(of: forecast),
          tags: catalog.question(forecast.question)?.tags ?? []),
        explain: { resolutions[resolutions.count - 1] },
        evidence: { timelines.items(question: forecast.question, forecast: forecast.id) },
        evidenceCount: { resolvers[resolvers.count - 1].facts.evidence(for: forecast).count })
    }
    return review.report(head: head, entries: known, catalog: catalog)
  }
}
