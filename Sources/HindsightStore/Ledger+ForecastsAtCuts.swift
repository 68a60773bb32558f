import Foundation
import GRDB
import GRDBSQLite
import HindsightCore

// MARK: - Resolving every forecast at past cuts

extension Ledger {
  /// `forEachForecast` at a cut the standing resolutions do not answer.
  func forEachAtPastCut(
    asOf: Day, knownBy: Date, query: ForecastQuery, read: ForecastRead,
    _ body: (IndexedForecast) throws -> Void
  ) throws {
    try forEachForecast(cuts: [asOf], knownBy: knownBy, query: query, read: read) { forecast, _ in
      try body(forecast.at(0))
    }
  }

  /// Calls `body` with every forecast at the cut and its resolution by the resolver (with
  /// its rule, rationale and flags): the catalog's first, then the imported ones, streamed.
  public func forEachResolution(
    asOf: Day, knownBy: Date, _ body: (IndexedForecast, Resolution) throws -> Void
  ) throws {
    try forEachForecast(cuts: [asOf], knownBy: knownBy) { forecast, explain in
      try body(forecast.at(0), explain(forecast, 0))
    }
  }

  /// How many forecasts a batch of `forEachForecast(cuts:knownBy:query:read:_:)` carries
  /// between its threads.
  static let forecastBatch = 512

  /// A forecast's full resolution at a cut (rule, rationale, flags), by the resolvers of one
  /// `forEachForecast(cuts:knownBy:query:read:_:)`.
  public typealias Explainer = @Sendable (ForecastAtCuts, Int) -> Resolution

  /// Calls `body` with every forecast the query keeps, resolved at each of several as-of days
  /// (`cuts`) with what the ledger knew by `knownBy`, in one pass: the catalog's forecasts
  /// first (folded from the entries known then), then the imported ones, streamed one at a
  /// time, in the order and with the columns of `read`. A forecast is kept when it passes the
  /// query at any cut.
  ///
  /// Catalog forecasts, and imported ones whose question has entries, are resolved by the
  /// resolver at every cut; other imported forecasts by their own outcome
  /// (`StandingResolution.imported`, the resolver's rules on the row's values). `body` may
  /// ask `explain` for any forecast's full resolution (rule, rationale, flags) at a cut, and may
  /// keep it.
  ///
  /// The rows are read and resolved on a thread of their own, in batches, while `body` runs on
  /// this one: reading and what the caller does with the forecasts (resolving them in full,
  /// scoring, writing) overlap on two cores (docs/performance.md). The order is the stream's.
  /// `body` must not read the ledger itself: the reading thread holds its connection until the
  /// stream ends.
  public func forEachForecast(
    cuts: [Day], knownBy: Date, query: ForecastQuery = ForecastQuery(),
    read: ForecastRead = .listing,
    _ body: (ForecastAtCuts, _ explain: @escaping Explainer) throws -> Void
  ) throws {
    typealias Batch = (forecasts: [ForecastAtCuts], explain: Explainer)
    try BatchChannel<Batch>.pipeline(
      capacity: 2,
      produce: { [self] push in
        // The explainer is the same for every forecast, so it is handed over once a batch, not
        // once a row (its context is shared with the other thread, and counting references to
        // it from both threads costs more than the resolving).
        var explain: Explainer?
        var batch: [ForecastAtCuts] = []
        try readForecasts(
          cuts: cuts, knownBy: knownBy, query: query, read: read, start: { explain = $0 },
          { forecast in
            batch.append(forecast)
            guard batch.count == Self.forecastBatch else { return }
            try push((batch, explain!))
            batch.removeAll(keepingCapacity: true)
          })
        if let explain, !batch.isEmpty { try push((batch, explain)) }
      },
      consume: { batch in
        for forecast in batch.forecasts { try body(forecast, batch.explain) }
      })
  }

  /// `forEachForecast(cuts:knownBy:query:read:_:)`'s reading, on the thread it runs on: `start`
  /// is given the explainer of every forecast before the first one comes.
  private func readForecasts(
    cuts: [Day], knownBy: Date, query: ForecastQuery, read: ForecastRead,
    start: (@escaping Explainer) -> Void, _ body: (ForecastAtCuts) throws -> Void
  ) throws {
    let entries = try self.entries(knownBy: knownBy).filter {
      if case .bulkImport = $0.payload { return false }
      return true
    }
    let catalog = CatalogSnapshot.fold(entries).catalog(
      version: 1, confidenceScale: ConfidenceScale(levels: []))
    let resolvers = cuts.map {
      Resolver(
        catalog: catalog, facts: LedgerFacts(entries: entries, asOf: $0, knownBy: knownBy),
        asOf: $0)
    }
    let explain: Explainer = { [resolvers] forecast, cut in
      resolvers[cut].resolve(forecast.item, question: forecast.question, imported: forecast.verdict)
    }
    start(explain)
    func deliver(_ forecast: ForecastAtCuts) throws {
      guard (0..<cuts.count).contains(where: { query.includes(forecast.at($0)) }) else { return }
      try body(forecast)
    }
    let peerQuestions = Set(
      catalog.forecasts.filter { query.questionsOf.contains($0.speaker) }.map(\.question))
    let items =
      read.byProposition ? Proposition.ordered(catalog.forecasts, in: catalog) : catalog.forecasts
    for item in items
    where query.questionsOf.isEmpty || peerQuestions.contains(item.question) {
      let question = resolvers.last?.question(item.question)
      let resolutions = resolvers.map { $0.resolve(item) }
      let row = FlatRow(
        speaker: item.speaker, speakerName: catalog.speaker(item.speaker)?.nameEn ?? "",
        question: item.question, questionTitle: question?.title ?? "", forecast: item.id,
        claim: item.claim, saidOn: item.saidOn, p: item.confidence.p,
        windowFrom: item.window?.from, windowTo: item.window?.to, tags: question?.tags ?? [])
      try deliver(
        ForecastAtCuts(
          indexed: IndexedForecast(
            row: row, kind: question?.kind ?? .binary, at: item.target?.at, imported: false,
            seq: 0, status: .open),
          states: resolutions.map { ($0.status, $0.resolvedOn) }, catalogItem: item,
          catalogQuestion: question, verdict: nil))
    }
    try readImported(
      cuts: cuts, knownBy: knownBy, query: query, read: read, resolvers: resolvers, deliver)
  }
}
