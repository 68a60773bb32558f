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
      guard try Ledger.knowsEveryEntry(knownBy, in: db) else { return false }
      let through = try String.fetchOne(
        db, sql: "SELECT value FROM meta WHERE key = 'facts_through'")
      return through.flatMap(Day.init).map { asOf >= $0 } ?? true
    }
  }

  /// Calls `body` with every forecast at the cut that `query` keeps, in the order and with
  /// the columns of `read` (``ForecastRead``).
  ///
  /// At a cut the standing resolutions answer (`standingAnswers`), every criterion, the status
  /// included, is a condition of one SQL query over `forecasts` and its indexes, and nothing
  /// else is read. At another cut (a past `--as-of` or `--known-by`), the catalog is folded
  /// from the entries known then and every forecast is resolved by the resolver, the imported
  /// rows streamed one at a time. Either way the rows are read on a thread of their own and
  /// handed to `body` on this one in batches, so `body` must not read the ledger.
  public func forEachForecast(
    asOf: Day, knownBy: Date, query: ForecastQuery = ForecastQuery(),
    read: ForecastRead = .listing, _ body: (IndexedForecast) throws -> Void
  ) throws {
    if try standingAnswers(asOf: asOf, knownBy: knownBy) {
      try BatchChannel.stream(
        batchesOf: Self.forecastBatch,
        produce: { [self] yield in
          try writer.read { db in
            for imported in [false, true] {
              try Ledger.forEachStanding(
                imported: imported, asOf: asOf, query: query, read: read, in: db, yield)
            }
          }
        }, consume: body)
      return
    }
    try forEachAtPastCut(asOf: asOf, knownBy: knownBy, query: query, read: read, body)
  }

  /// Whether a cut known by `knownBy` knows every entry the ledger holds.
  static func knowsEveryEntry(_ knownBy: Date, in db: Database) throws -> Bool {
    let head = try String.fetchOne(
      db, sql: "SELECT recorded_at FROM entries ORDER BY seq DESC LIMIT 1")
    return head.map { $0 <= Timestamp.format(knownBy) } ?? true
  }

  /// The rows of `forecasts` the query keeps, with their standing status at `asOf`.
  private static func forEachStanding(
    imported: Bool, asOf: Day, query: ForecastQuery, read: ForecastRead, in db: Database,
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
    // Scoring reads no texts: an imported row's through the question index alone, in its
    // order (an imported question is binary, and its rows have no numeric date), its tags
    // from its question's.
    let selected =
      read.texts ? columns : imported ? scoringColumns : columnsWithoutTexts(tags: read.tags)
    let tags = imported && read.tags && !read.texts ? try tagsByQuestion(in: db) : nil
    let order =
      !imported ? "seq, rowid" : read.byProposition ? Ledger.propositionOrder : "rowid"
    var catalogRows: [IndexedForecast] = []
    let scoringImported = imported && !read.texts
    try forEachStandingRow(
      selected: selected, conditions: conditions, arguments: arguments, order: order, in: db
    ) { handle, standing in
      var forecast =
        scoringImported ? scoredForecast(handle, tags: tags) : indexedForecast(handle)
      forecast.status = standing.status(asOf: asOf, closesOn: forecast.closesOn)
      forecast.row.outcome = VerdictOutcome(status: forecast.status)
      forecast.row.resolvedOn = forecast.row.outcome == nil ? nil : standing.resolvedOn
      forecast.position = sqlite3_column_int64(handle, 18)
      if imported || !read.byProposition {
        try body(forecast)
      } else {
        catalogRows.append(forecast)
      }
    }
    for forecast in Proposition.ordered(catalogRows, by: \.proposition) { try body(forecast) }
  }

  /// Calls `body` with each row of `forecasts` the conditions keep, in `order`: its fifteen
  /// columns `selected` (`columns` or a form of it), then its standing resolution, decoded,
  /// and its rowid (column 18).
  static func forEachStandingRow(
    selected: String, conditions: [String], arguments: StatementArguments, order: String,
    in db: Database, _ body: (OpaquePointer, StandingResolution) throws -> Void
  ) throws {
    let statement = try db.makeStatement(
      sql: """
        SELECT \(selected), status, rule, settled_on, rowid
        FROM forecasts WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(order)
        """)
    try statement.setArguments(arguments)
    try SQLiteColumn.forEachRow(of: statement, table: "forecasts") { handle in
      try body(
        handle,
        StandingResolution(
          status: statuses.value(handle, 15) ?? .open,
          rule: rules.value(handle, 16) ?? .windowOpen,
          resolvedOn: SQLiteColumn.day(handle, 17)))
    }
  }

  /// How imported rows are ordered in proposition order: by question, as the question index
  /// holds them (the scorer orders each proposition's updates itself, ties by rowid).
  static let propositionOrder = "question"

  /// The order of the question index (`propositionOrder` and its ties, as the index holds
  /// them), reached by reading the table in file order and sorting, for reads that take columns
  /// the index lacks. Walking the index, each of those rows was a look-up in the table at a
  /// random place, one `pread` of a page a row; the unary `+` keeps SQLite from walking it. A
  /// filter with an index of its own (a speaker, some questions) still uses it.
  static let propositionSortOrder =
    (["+question"] + LedgerMigrations.questionIndexColumns.dropFirst() + ["rowid"])
    .joined(separator: ", ")

  private static let statuses = RawValueTable<ForecastStatus>()
  private static let rules = RawValueTable<ResolutionRule>()
  private static let kinds = RawValueTable<QuestionKind>()

  /// A pending standing resolution, in SQL (`StandingResolution.isPending`).
  private static let pending =
    "(status = 'due' AND rule IN ('awaiting-evidence', 'awaiting-verdict'))"

  /// The columns `indexedForecast` reads, in order.
  static let columns = """
    forecast, question, speaker, speaker_name, question_title, claim, said_on, p, window_from,
    window_to, at, tags, kind, imported, seq
    """

  /// An imported forecast in the current row of a statement over `scoringColumns`: only what
  /// scoring reads (its question, speaker, said-on day, p, window's end and, when `tags` is
  /// given, its question's tags from it), so that a million rows decode quickly.
  static func scoredForecast(_ handle: OpaquePointer?, tags: [String: [String]]?)
    -> IndexedForecast
  {
    let question = SQLiteColumn.text(handle, 1)
    return IndexedForecast(
      row: FlatRow(
        speaker: SQLiteColumn.text(handle, 2), speakerName: "", question: question,
        questionTitle: "", forecast: "", claim: "",
        saidOn: SQLiteColumn.day(handle, 6) ?? Day(daysSinceEpoch: 0),
        p: sqlite3_column_double(handle, 7), windowTo: SQLiteColumn.day(handle, 9),
        tags: tags?[question] ?? []),
      kind: .binary, at: nil, imported: true, seq: 0, status: .open)
  }

  /// Every question's tags, from `question_tags` (each tag once, in the table's order): what
  /// scoring by tag reads of an imported row, so that the row is read from the question index
  /// alone instead of being looked up in the table for its tags column (docs/performance.md).
  /// A question's tags are the same on every row of it (docs/import.md), and `verify` checks
  /// the table against them.
  /// Questions share a few lists of tags: each list is kept once, and every question that has
  /// it holds the same storage (on the 1M ledger, 28 MB less than a list a question).
  static func tagsByQuestion(in db: Database) throws -> [String: [String]] {
    var tags: [String: [String]] = [:]
    var lists: [[String]: [String]] = [:]
    let statement = try db.makeStatement(sql: "SELECT question, tag FROM question_tags")
    try SQLiteColumn.forEachRow(of: statement, table: "question_tags") { handle in
      let question = SQLiteColumn.text(handle, 0)
      let list = (tags[question] ?? []) + [SQLiteColumn.text(handle, 1)]
      if let kept = lists[list] {
        tags[question] = kept
      } else {
        lists[list] = list
        tags[question] = list
      }
    }
    return tags
  }

  /// `columns` with the texts (names, titles, claim) left empty, and the tags unless asked
  /// for.
  static func columnsWithoutTexts(tags: Bool) -> String {
    """
    forecast, question, speaker, '', '', '', said_on, p, window_from, window_to, at, \(tags ? "tags" : "''"), kind,
    imported, seq
    """
  }

  /// What scoring reads of an imported row, all in the question index (an imported question
  /// is binary; only a window's end counts; its tags come from `tagsByQuestion`).
  static let scoringColumns = """
    '', question, speaker, '', '', '', said_on, p, NULL, window_to, NULL, '', 'binary', 1, 0
    """

  /// The SQL conditions of the query's speaker, tag, closing-day and question criteria.
  static func filterConditions(
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
    if !query.questionsOf.isEmpty {
      conditions.append(
        "question IN (SELECT question FROM forecasts WHERE speaker IN (SELECT value FROM json_each(?)))"
      )
      arguments += [list(query.questionsOf)]
    }
    return conditions
  }

  /// The forecast in the current row of a statement over `columns` (status left `open`).
  static func indexedForecast(_ handle: OpaquePointer?) -> IndexedForecast {
    func text(_ column: Int32) -> String { SQLiteColumn.text(handle, column) }
    let tags = text(11)
    return IndexedForecast(
      row: FlatRow(
        speaker: text(2), speakerName: text(3), question: text(1), questionTitle: text(4),
        forecast: text(0), claim: text(5),
        saidOn: SQLiteColumn.day(handle, 6) ?? Day(daysSinceEpoch: 0),
        p: sqlite3_column_double(handle, 7), windowFrom: SQLiteColumn.day(handle, 8),
        windowTo: SQLiteColumn.day(handle, 9),
        tags: FlatRow.tags(joined: tags)),
      kind: kinds.value(handle, 12) ?? .binary, at: SQLiteColumn.day(handle, 10),
      imported: sqlite3_column_int64(handle, 13) != 0, seq: sqlite3_column_int64(handle, 14),
      status: .open)
  }
}
