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
    let imports = try self.imports(knownBy: knownBy)
    guard let last = imports.last else { return }
    let bySeq = Dictionary(uniqueKeysWithValues: imports.map { ($0.seq, $0) })
    let spoken = Set(resolvers.flatMap { $0.facts.verdicts.keys })
      .union(resolvers.flatMap { $0.facts.evidence.keys })
    try writer.read { db in
      // Outcomes later imports recorded, by forecast (few: one per forecast at most).
      var resolutions: [String: Recorded<Verdict>] = [:]
      for (seq, resolution) in try Ledger.importResolutions(upTo: last.seq, in: db) {
        if let record = bySeq[seq] {
          resolutions[resolution.forecast] = resolution.verdict(
            importSeq: seq, recordedAt: record.recordedAt, file: record.bulk.file)
        }
      }
      var arguments: StatementArguments = [last.seq]
      let conditions =
        ["imported = 1", "seq <= ?"]
        + Ledger.filterConditions(
          ForecastQuery(
            speakers: query.speakers, tags: query.tags, dueBefore: query.dueBefore,
            question: query.question, questionsOf: query.questionsOf), arguments: &arguments)
      // In proposition order, a read without texts sorts the table's rows; one with texts
      // (the review's) walks the question index, looking each row up. Sorting is cheaper in
      // all, but it happens before the first row, while the other thread waits; rows with
      // texts are the dearest to sort, and the command reading them does the most with each,
      // behind which the look-ups are hidden (docs/performance.md).
      let order =
        !read.byProposition
        ? "rowid" : read.texts ? Ledger.propositionOrder : Ledger.propositionSortOrder
      let statement = try db.makeStatement(
        sql: """
          SELECT \(read.texts ? Ledger.columns : Ledger.columnsWithoutTexts(tags: read.tags)),
            outcome, resolved_on, rowid
          FROM forecasts WHERE \(conditions.joined(separator: " AND "))
          ORDER BY \(order)
          """)
      try statement.setArguments(arguments)
      // A sort runs before the first row comes, while the other thread waits: SQLite may sort
      // on helper threads.
      try Ledger.sortingOnHelperThreads(db, if: order == Ledger.propositionSortOrder) {
        try SQLiteColumn.forEachRow(of: statement, table: "forecasts") { handle in
          var indexed = Ledger.indexedForecast(handle)
          indexed.row.outcome =
            sqlite3_column_type(handle, 15) == SQLITE_NULL
            ? nil : VerdictOutcome(rawValue: SQLiteColumn.text(handle, 15))
          indexed.row.resolvedOn = SQLiteColumn.day(handle, 16)
          indexed.position = sqlite3_column_int64(handle, 17)
          let verdict =
            bySeq[indexed.seq].flatMap {
              indexed.row.verdict(
                importSeq: indexed.seq, recordedAt: $0.recordedAt, file: $0.bulk.file)
            } ?? resolutions[indexed.row.forecast]
          let states: [(status: ForecastStatus, resolvedOn: Day?)]
          if spoken.contains(indexed.row.question) {
            let item = indexed.row.forecastItem(importSeq: indexed.seq)
            let question = indexed.row.questionItem(importSeq: indexed.seq)
            states = resolvers.map {
              let resolution = $0.resolve(item, question: question, imported: verdict)
              return (resolution.status, resolution.resolvedOn)
            }
          } else {
            // Only the cut's day matters here (the cuts share their known-by): reading it off
            // each resolver would copy the resolver, catalog and facts, for every row.
            states = cuts.map { day in
              let counted =
                verdict.map { LedgerFacts.counts($0, asOf: day, knownBy: knownBy) } ?? false
              let standing = StandingResolution.imported(
                outcome: counted ? verdict?.value.outcome : nil,
                resolvedOn: verdict?.value.observed,
                closesOn: indexed.closesOn)
              return (standing.status(asOf: day, closesOn: indexed.closesOn), standing.resolvedOn)
            }
          }
          try deliver(
            ForecastAtCuts(
              indexed: indexed, states: states, catalogItem: nil, catalogQuestion: nil,
              verdict: verdict))
        }
      }
    }
  }
}
