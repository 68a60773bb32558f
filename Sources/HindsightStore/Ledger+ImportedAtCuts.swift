import Foundation
import GRDB
import GRDBSQLite
import HindsightCore

// MARK: - Imported forecasts at past cuts

extension Ledger {
  /// The imported half of `forEachForecast(cuts:knownBy:query:read:_:)`'s reading: every
  /// imported row the query keeps, resolved at each cut, handed to `deliver` in the order of
  /// `read`.
  ///
  /// A row whose question has evidence or verdicts is resolved by the resolvers; any other
  /// row's own outcome decides (`StandingResolution.state(asOf:closesOn:)`). When the read
  /// knows every entry and is by proposition without texts (a scorecard at past as-of days), or
  /// with the texts of what a review lists only, that outcome is the row's standing resolution,
  /// so the rows come through the question index alone, in its order, as they do at the
  /// standing cut, their tags from `question_tags`; the rows of questions with entries, and
  /// those the review lists, are then read whole by their rowid. Otherwise the table is read
  /// (sorted into that order when the read is by proposition), with each import's outcomes as
  /// the cut knows them.
  func readImported(
    cuts: [Day], knownBy: Date, query: ForecastQuery, read: ForecastRead, resolvers: [Resolver],
    _ deliver: (ForecastAtCuts) throws -> Void
  ) throws {
    let imports = try self.imports(knownBy: knownBy)
    guard let last = imports.last else { return }
    let bySeq = Dictionary(uniqueKeysWithValues: imports.map { ($0.seq, $0) })
    let spoken = Set(resolvers.flatMap { $0.facts.verdicts.keys })
      .union(resolvers.flatMap { $0.facts.evidence.keys })
    // A query by tag reads the tags, which it is checked against at each cut.
    let read = query.tags.isEmpty ? read : read.withTags
    try writer.read { db in
      // Outcomes later imports recorded, by forecast (few: one per forecast at most).
      var resolutions: [String: Recorded<Verdict>] = [:]
      for (seq, resolution) in try Ledger.importResolutions(upTo: last.seq, in: db) {
        if let record = bySeq[seq] {
          resolutions[resolution.forecast] = resolution.verdict(
            importSeq: seq, recordedAt: record.recordedAt, file: record.bulk.file)
        }
      }
      /// A row of a statement over `columns`, `outcome`, `resolved_on` and `rowid`, resolved.
      func resolved(_ handle: OpaquePointer) -> ForecastAtCuts {
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
          // Its own outcome as the cut knows it; only each cut's day matters then (reading
          // it off each resolver would copy the resolver, catalog and facts, for every row).
          let known = verdict.flatMap { $0.recordedAt <= knownBy ? $0.value : nil }
          let standing = StandingResolution.imported(
            outcome: known?.outcome, resolvedOn: known?.observed, closesOn: indexed.closesOn)
          states = cuts.map { standing.state(asOf: $0, closesOn: indexed.closesOn) }
        }
        return ForecastAtCuts(
          indexed: indexed, states: states, catalogItem: nil, catalogQuestion: nil,
          verdict: verdict)
      }
      var arguments: StatementArguments = []
      let filters = Ledger.filterConditions(
        ForecastQuery(
          speakers: query.speakers, tags: query.tags, dueBefore: query.dueBefore,
          question: query.question, questionsOf: query.questionsOf), arguments: &arguments)
      if read.byProposition, !read.texts || read.reviewListing != nil,
        try Ledger.knowsEveryEntry(knownBy, in: db)
      {
        let tags = read.tags ? try Ledger.tagsByQuestion(in: db) : nil
        try Ledger.forEachStandingRow(
          selected: Ledger.scoringColumns, conditions: ["imported = 1"] + filters,
          arguments: arguments, order: Ledger.propositionOrder, in: db
        ) { handle, standing in
          var indexed = Ledger.scoredForecast(handle, tags: tags)
          let rowid = sqlite3_column_int64(handle, 18)
          let states = cuts.map { standing.state(asOf: $0, closesOn: indexed.closesOn) }
          let listed =
            read.reviewListing.map {
              let last = states[states.count - 1]
              return $0.lists(
                saidOn: indexed.row.saidOn, status: last.status, resolvedOn: last.resolvedOn,
                closesOn: indexed.closesOn)
            } ?? false
          guard !listed, !spoken.contains(indexed.row.question) else {
            // Rows of questions with entries are few, and a review lists a part of the rest:
            // each is read whole, by its rowid.
            let row = try db.cachedStatement(
              sql:
                "SELECT \(Ledger.columns), outcome, resolved_on, rowid FROM forecasts WHERE rowid = ?"
            )
            try row.setArguments([rowid])
            try SQLiteColumn.forEachRow(of: row, table: "forecasts") { try deliver(resolved($0)) }
            return
          }
          indexed.position = rowid
          try deliver(
            ForecastAtCuts(
              indexed: indexed, states: states, catalogItem: nil, catalogQuestion: nil,
              verdict: nil))
        }
        return
      }
      arguments = [last.seq] + arguments
      let conditions = ["imported = 1", "seq <= ?"] + filters
      // In proposition order, a read without texts sorts the table's rows; one with texts
      // (the review's at a past known-by) walks the question index, looking each row up. Sorting is cheaper in
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
        try SQLiteColumn.forEachRow(of: statement, table: "forecasts") { try deliver(resolved($0)) }
      }
    }
  }
}
