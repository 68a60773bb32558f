import Foundation
import GRDB
import GRDBSQLite
import HindsightCore

// MARK: - Reading forecasts through the index

extension Ledger {
  /// Whether the standing resolutions answer a cut exactly: it knows every entry, and its
  /// as-of day is on or after the last day any evidence, verdict or imported outcome was
  /// observed (`meta.facts_through`).
  public func standingAnswers(asOf: Day, knownBy: Date) throws -> Bool {
    try writer.read { db in
      let head = try String.fetchOne(
        db, sql: "SELECT recorded_at FROM entries ORDER BY seq DESC LIMIT 1")
      if let head, head > Timestamp.format(knownBy) { return false }
      let through = try String.fetchOne(
        db, sql: "SELECT value FROM meta WHERE key = 'facts_through'")
      return through.flatMap(Day.init).map { asOf >= $0 } ?? true
    }
  }

  /// Calls `body` with every forecast at the cut that `query` keeps: the catalog's first, in
  /// the order they entered the ledger, then the imported ones, in import and file order.
  ///
  /// At a cut the standing resolutions answer (`standingAnswers`), every criterion, the status
  /// included, is a condition of one SQL query over `forecasts` and its indexes, and nothing
  /// else is read. At another cut (a past `--as-of` or `--known-by`), the catalog is folded
  /// from the entries known then and every forecast is resolved by the resolver, the imported
  /// rows streamed one at a time.
  ///
  /// - Parameter texts: whether to read the forecasts' texts and kinds; without them (for
  ///   scoring), a forecast at a cut the standing resolutions answer has only its speaker, its
  ///   id (catalog forecasts), said-on day, p, closing day and state.
  public func forEachForecast(
    asOf: Day, knownBy: Date, query: ForecastQuery = ForecastQuery(), texts: Bool = true,
    _ body: (IndexedForecast) throws -> Void
  ) throws {
    if try standingAnswers(asOf: asOf, knownBy: knownBy) {
      try writer.read { db in
        for imported in [false, true] {
          try Ledger.forEachStanding(
            imported: imported, asOf: asOf, query: query, texts: texts, in: db, body)
        }
      }
      return
    }
    try forEachAtPastCut(asOf: asOf, knownBy: knownBy, query: query, body)
  }

  /// The rows of `forecasts` the query keeps, with their standing status at `asOf`.
  private static func forEachStanding(
    imported: Bool, asOf: Day, query: ForecastQuery, texts: Bool, in db: Database,
    _ body: (IndexedForecast) throws -> Void
  ) throws {
    // The catalog's rows through the forecast id's index (they are few), the imported ones by
    // scanning the table in file order.
    var conditions = [
      imported
        ? "imported = 1"
        : "forecast IN (SELECT id FROM catalog_items WHERE kind = 'forecast' AND withdrawn = 0)"
    ]
    var arguments: StatementArguments = []
    conditions += filterConditions(query, arguments: &arguments)
    if !query.statuses.isEmpty {
      let asOfText = asOf.description
      var any: [String] = []
      for status in query.statuses.sorted(by: { $0.rawValue < $1.rawValue }) {
        switch status {
        case .true, .false, .annulled:
          any.append("status = ?")
          arguments += [status.rawValue]
        case .open:
          any.append(
            "status = 'open' OR (\(pending) AND (closes_on IS NULL OR closes_on >= ?))")
          arguments += [asOfText]
        case .due:
          any.append("(status = 'due' AND NOT \(pending)) OR (\(pending) AND closes_on < ?)")
          arguments += [asOfText]
        }
      }
      conditions.append("(" + any.map { "(\($0))" }.joined(separator: " OR ") + ")")
    }
    let selected =
      texts ? columns : "\(imported ? "''" : "forecast"), speaker, said_on, p, closes_on"
    let sql = """
      SELECT \(selected), status, rule, settled_on FROM forecasts
      WHERE \(conditions.joined(separator: " AND "))
      ORDER BY \(imported ? "rowid" : "seq, rowid")
      """
    let statement = try db.makeStatement(sql: sql)
    try statement.setArguments(arguments)
    let statusColumn: Int32 = texts ? 15 : 5
    try SQLiteColumn.forEachRow(of: statement, table: "forecasts") { handle in
      var forecast = texts ? indexedForecast(handle) : scoredForecast(handle, imported: imported)
      let standing = StandingResolution(
        status: statuses.value(handle, statusColumn) ?? .open,
        rule: rules.value(handle, statusColumn + 1) ?? .windowOpen,
        resolvedOn: day(handle, statusColumn + 2))
      forecast.status = standing.status(asOf: asOf, closesOn: forecast.closesOn)
      forecast.row.outcome = VerdictOutcome(status: forecast.status)
      forecast.row.resolvedOn = forecast.row.outcome == nil ? nil : standing.resolvedOn
      try body(forecast)
    }
  }

  private static let statuses = RawValueTable<ForecastStatus>()
  private static let rules = RawValueTable<ResolutionRule>()
  private static let kinds = RawValueTable<QuestionKind>()

  /// A pending standing resolution, in SQL (`StandingResolution.isPending`).
  private static let pending =
    "(status = 'due' AND rule IN ('awaiting-evidence', 'awaiting-verdict'))"

  /// The columns `indexedForecast` reads, in order.
  private static let columns = """
    forecast, question, speaker, speaker_name, question_title, claim, said_on, p, window_from,
    window_to, at, tags, kind, imported, seq
    """

  /// The forecast in the current row of a statement over the few columns scoring reads: the
  /// id (catalog rows only), speaker, said_on, p and closes_on; no texts.
  private static func scoredForecast(_ handle: OpaquePointer?, imported: Bool) -> IndexedForecast {
    IndexedForecast(
      row: FlatRow(
        speaker: SQLiteColumn.text(handle, 1), speakerName: "", question: "", questionTitle: "",
        forecast: imported ? "" : SQLiteColumn.text(handle, 0), claim: "",
        saidOn: day(handle, 2) ?? Day(daysSinceEpoch: 0), p: sqlite3_column_double(handle, 3)),
      kind: .binary, at: nil, imported: imported, seq: 0, status: .open,
      closesOn: day(handle, 4))
  }

  /// The SQL conditions of the query's speaker, tag, closing-day and question criteria.
  private static func filterConditions(
    _ query: ForecastQuery, arguments: inout StatementArguments
  ) -> [String] {
    var conditions: [String] = []
    func list(_ values: Set<String>) -> String {
      JSONValue.array(values.sorted().map(JSONValue.string)).canonicalText
    }
    if !query.speakers.isEmpty {
      conditions.append("speaker IN (SELECT value FROM json_each(?))")
      arguments += [list(query.speakers)]
    }
    if !query.tags.isEmpty {
      conditions.append(
        "question IN (SELECT question FROM question_tags WHERE tag IN (SELECT value FROM json_each(?)))"
      )
      arguments += [list(query.tags)]
    }
    if let dueBefore = query.dueBefore {
      conditions.append("closes_on < ?")
      arguments += [dueBefore.description]
    }
    if let question = query.question {
      conditions.append("question = ?")
      arguments += [question]
    }
    return conditions
  }

  /// The forecast in the current row of a statement over `columns` (status left `open`).
  private static func indexedForecast(_ handle: OpaquePointer?) -> IndexedForecast {
    func text(_ column: Int32) -> String { SQLiteColumn.text(handle, column) }
    let tags = text(11)
    return IndexedForecast(
      row: FlatRow(
        speaker: text(2), speakerName: text(3), question: text(1), questionTitle: text(4),
        forecast: text(0), claim: text(5), saidOn: day(handle, 6) ?? Day(daysSinceEpoch: 0),
        p: sqlite3_column_double(handle, 7), windowFrom: day(handle, 8),
        windowTo: day(handle, 9),
        tags: tags.isEmpty ? [] : tags.split(separator: ";").map(String.init)),
      kind: kinds.value(handle, 12) ?? .binary, at: day(handle, 10),
      imported: sqlite3_column_int64(handle, 13) != 0, seq: sqlite3_column_int64(handle, 14),
      status: .open)
  }

  /// A `YYYY-MM-DD` column, or nil.
  private static func day(_ handle: OpaquePointer?, _ column: Int32) -> Day? {
    guard let pointer = sqlite3_column_text(handle, column),
      sqlite3_column_bytes(handle, column) == 10
    else { return nil }
    return FlatCSV.day(UnsafeBufferPointer(start: pointer, count: 10))
  }

  /// `forEachForecast` at a cut the standing resolutions do not answer.
  private func forEachAtPastCut(
    asOf: Day, knownBy: Date, query: ForecastQuery, _ body: (IndexedForecast) throws -> Void
  ) throws {
    try forEachResolved(asOf: asOf, knownBy: knownBy, query: query, explained: false) {
      forecast, _ in try body(forecast)
    }
  }

  /// Calls `body` with every forecast at the cut and its resolution by the resolver (with
  /// its rule, rationale and flags): the catalog's first, then the imported ones, streamed.
  public func forEachResolution(
    asOf: Day, knownBy: Date, _ body: (IndexedForecast, Resolution) throws -> Void
  ) throws {
    try forEachResolved(asOf: asOf, knownBy: knownBy, query: ForecastQuery(), explained: true) {
      forecast, resolution in
      if let resolution { try body(forecast, resolution) }
    }
  }

  /// Resolves every forecast the query keeps at the cut, from the entries known then: catalog
  /// forecasts and imported ones whose question has entries by the resolver; other imported
  /// ones by their own outcome (`StandingResolution.imported`, the resolver's rules on the
  /// row's values) unless `explained` asks for the resolver's full resolution of each.
  private func forEachResolved(
    asOf: Day, knownBy: Date, query: ForecastQuery, explained: Bool,
    _ body: (IndexedForecast, Resolution?) throws -> Void
  ) throws {
    let entries = try self.entries(knownBy: knownBy).filter {
      if case .bulkImport = $0.payload { return false }
      return true
    }
    let catalog = CatalogSnapshot.fold(entries).catalog(
      version: 1, confidenceScale: ConfidenceScale(levels: []))
    let facts = LedgerFacts(entries: entries, asOf: asOf, knownBy: knownBy)
    let resolver = Resolver(catalog: catalog, facts: facts, asOf: asOf)
    func deliver(_ forecast: IndexedForecast, _ resolution: Resolution?) throws {
      var forecast = forecast
      forecast.row.outcome = VerdictOutcome(status: forecast.status)
      if forecast.row.outcome == nil { forecast.row.resolvedOn = nil }
      if query.includes(forecast) { try body(forecast, resolution) }
    }
    for forecast in catalog.forecasts {
      let question = resolver.question(forecast.question)
      let resolution = resolver.resolve(forecast)
      let row = FlatRow(
        speaker: forecast.speaker, speakerName: catalog.speaker(forecast.speaker)?.nameEn ?? "",
        question: forecast.question, questionTitle: question?.title ?? "",
        forecast: forecast.id, claim: forecast.claim, saidOn: forecast.saidOn,
        p: forecast.confidence.p, windowFrom: forecast.window?.from,
        windowTo: forecast.window?.to, resolvedOn: resolution.resolvedOn,
        tags: question?.tags ?? [])
      try deliver(
        IndexedForecast(
          row: row, kind: question?.kind ?? .binary, at: forecast.target?.at, imported: false,
          seq: 0, status: resolution.status), resolution)
    }
    let imports = try self.imports(knownBy: knownBy)
    guard let last = imports.last else { return }
    let bySeq = Dictionary(uniqueKeysWithValues: imports.map { ($0.seq, $0) })
    let decided = Set(facts.verdicts.keys).union(facts.evidence.keys)
    try writer.read { db in
      var arguments: StatementArguments = [last.seq]
      let conditions =
        ["imported = 1", "seq <= ?"] + Ledger.filterConditions(query, arguments: &arguments)
      let statement = try db.makeStatement(
        sql: """
          SELECT \(Ledger.columns), outcome, resolved_on FROM forecasts
          WHERE \(conditions.joined(separator: " AND ")) ORDER BY rowid
          """)
      try statement.setArguments(arguments)
      try SQLiteColumn.forEachRow(of: statement, table: "forecasts") { handle in
        var forecast = Ledger.indexedForecast(handle)
        let outcome =
          sqlite3_column_type(handle, 15) == SQLITE_NULL
          ? nil : VerdictOutcome(rawValue: SQLiteColumn.text(handle, 15))
        forecast.row.outcome = outcome
        forecast.row.resolvedOn = Ledger.day(handle, 16)
        let verdict = bySeq[forecast.seq].flatMap {
          forecast.row.verdict(
            importSeq: forecast.seq, recordedAt: $0.recordedAt, file: $0.bulk.file)
        }
        if explained || decided.contains(forecast.row.question) {
          let resolution = resolver.resolve(
            forecast.row.forecastItem(importSeq: forecast.seq),
            question: forecast.row.questionItem(importSeq: forecast.seq), imported: verdict)
          forecast.status = resolution.status
          forecast.row.resolvedOn = resolution.resolvedOn
          try deliver(forecast, resolution)
        } else {
          let counted = verdict.map(facts.counts) ?? false
          let standing = StandingResolution.imported(
            outcome: counted ? outcome : nil, resolvedOn: forecast.row.resolvedOn,
            closesOn: forecast.closesOn)
          forecast.status = standing.status(asOf: asOf, closesOn: forecast.closesOn)
          forecast.row.resolvedOn = standing.resolvedOn
          try deliver(forecast, nil)
        }
      }
    }
  }
}
