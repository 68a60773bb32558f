import Foundation
import GRDB
import GRDBSQLite
import HindsightCore

// MARK: - Verifying the forecast index

extension Ledger {
  /// The first difference between the forecast index and what the entries and the imported
  /// rows make of it: the entries about each question, the catalog's rows, the tags, the
  /// observation bound, and every standing resolution recomputed by the resolver.
  static func indexMismatch(expected: DerivedState, in db: Database) throws
    -> (seq: Int64?, problem: String)?
  {
    var stored: Set<DerivedState.QuestionEntry> = []
    for row in try Row.fetchAll(db, sql: "SELECT question, seq FROM question_entries") {
      stored.insert(DerivedState.QuestionEntry(question: row["question"], seq: row["seq"]))
    }
    if let first = stored.symmetricDifference(expected.questionEntries).min() {
      return (
        first.seq,
        "derived table question_entries disagrees with the entries about question '\(first.question)' at entry \(first.seq)"
      )
    }
    if let mismatch = try catalogRowMismatch(expected: expected, in: db) { return mismatch }
    if let mismatch = try factsThroughMismatch(in: db) { return mismatch }
    var importedTags: [String: String] = [:]
    if let mismatch = try resolutionMismatch(tags: &importedTags, in: db) { return mismatch }
    return try tagMismatch(expected: expected, imported: importedTags, in: db)
  }

  /// The catalog's rows of `forecasts`: one for each forecast not withdrawn, with its item's
  /// values and its question's and speaker's.
  private static func catalogRowMismatch(expected: DerivedState, in db: Database) throws
    -> (seq: Int64?, problem: String)?
  {
    func text(_ day: Day?) -> String? { day?.description }
    var rows: [String: [String?]] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT forecast, question, speaker, speaker_name, question_title, claim, said_on, p,
          window_from, window_to, at, tags, kind, CAST(seq AS TEXT) FROM forecasts
        WHERE imported = 0
        """)
    {
      rows[row["forecast"]] = (0..<14).map { column in
        column == 7 ? NumberText.plain(row[column] as Double) : row[column] as String?
      }
    }
    for (key, item) in expected.items.sorted(by: { $0.key < $1.key })
    where key.kind == "forecast" && !item.withdrawn {
      guard
        case .forecast(let forecast) = try CatalogItemJSON.decode(
          try JSONParser.parse(item.json), kind: "forecast")
      else { continue }
      let (title, kind, tags, name) = try copiedColumns(of: forecast, in: db)
      let want: [String?] = [
        forecast.id, forecast.question, forecast.speaker, name, title, forecast.claim,
        forecast.saidOn.description, NumberText.plain(forecast.confidence.p),
        text(forecast.window?.from), text(forecast.window?.to), text(forecast.target?.at),
        tags.joined(separator: ";"), kind.rawValue, String(item.firstSeq),
      ]
      guard rows.removeValue(forKey: forecast.id) == want else {
        return (
          item.lastSeq,
          "derived table forecasts disagrees with the catalog about forecast '\(forecast.id)'"
        )
      }
    }
    if let extra = rows.keys.min() {
      return (
        nil, "derived table forecasts holds catalog forecast '\(extra)', which the catalog does not"
      )
    }
    return nil
  }

  /// `question_tags`: the tags of every catalog question and of every imported question
  /// (`imported`: each imported question's `;`-joined tags).
  private static func tagMismatch(
    expected: DerivedState, imported: [String: String], in db: Database
  ) throws -> (seq: Int64?, problem: String)? {
    var want: Set<[String]> = []
    for (key, item) in expected.items where key.kind == "question" {
      if case .question(let question) = try CatalogItemJSON.decode(
        try JSONParser.parse(item.json), kind: "question")
      {
        for tag in question.tags { want.insert([tag, question.id]) }
      }
    }
    for (question, tags) in imported {
      for tag in FlatRow.tags(joined: tags) { want.insert([tag, question]) }
    }
    var stored: Set<[String]> = []
    for row in try Row.fetchAll(db, sql: "SELECT tag, question FROM question_tags") {
      stored.insert([row["tag"], row["question"]])
    }
    if let first = stored.symmetricDifference(want).min(by: { $0.lexicographicallyPrecedes($1) }) {
      return (
        nil,
        "derived table question_tags disagrees with the questions about tag '\(first[0])' of question '\(first[1])'"
      )
    }
    return nil
  }

  /// `meta.facts_through` must be on or after every observation, or a cut would be answered
  /// from standing resolutions that do not hold at it.
  private static func factsThroughMismatch(in db: Database) throws
    -> (seq: Int64?, problem: String)?
  {
    let bound = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'facts_through'")
    var last = try String.fetchOne(
      db,
      sql: """
        SELECT max(day) FROM (
          SELECT max(resolved_on) AS day FROM forecasts WHERE imported = 1
          UNION ALL SELECT max(resolved_on) FROM import_resolutions)
        """)
    let voided = try voided(in: db)
    for row in try Row.fetchAll(
      db, sql: "SELECT seq, payload FROM entries WHERE kind IN ('evidence', 'verdict')")
    where !voided.contains(row["seq"]) {
      let day: Day? =
        switch try CanonicalEntry.payload(fromText: row["payload"]) {
        case .evidence(let evidence): evidence.observed
        case .verdict(let verdict): verdict.observed
        default: nil
        }
      if let day, day.description > last ?? "" { last = day.description }
    }
    if let last, (bound ?? "") < last {
      return (
        nil,
        "meta facts_through (\(bound ?? "absent")) is before the last observation the ledger records (\(last))"
      )
    }
    return nil
  }

  /// Every standing resolution, recomputed: an imported forecast about whose question no entry
  /// but imports speaks from its own row's outcome (or the one a later import recorded for it),
  /// every other forecast by the resolver over its question's slice.
  ///
  /// The imported rows are read in one pass, which also collects each imported question's
  /// tags into `tags`.
  private static func resolutionMismatch(tags: inout [String: String], in db: Database) throws
    -> (seq: Int64?, problem: String)?
  {
    let spoken = Set(try String.fetchAll(db, sql: questionsSpokenBeyondImports))
    let statement = try db.makeStatement(
      sql: """
        SELECT f.question, f.tags, \(importedOutcomeColumns), f.window_to, f.status, f.rule,
          f.settled_on, f.flags, f.forecast
        FROM forecasts f LEFT JOIN import_resolutions r ON r.forecast = f.forecast
        WHERE f.imported = 1 ORDER BY f.rowid
        """)
    var problem: String?
    let outcomes = RawValueTable<VerdictOutcome>()
    let statuses = RawValueTable<ForecastStatus>()
    let rules = RawValueTable<ResolutionRule>()
    try SQLiteColumn.forEachRow(of: statement, table: "forecasts") { handle in
      guard problem == nil else { return }
      let question = SQLiteColumn.text(handle, 0)
      if tags[question] == nil { tags[question] = SQLiteColumn.text(handle, 1) }
      guard !spoken.contains(question) else { return }
      func day(_ column: Int32) -> Day? { SQLiteColumn.day(handle, column) }
      let want = StandingResolution.imported(
        outcome: outcomes.value(handle, 2), resolvedOn: day(3), closesOn: day(4))
      let stored = StandingResolution(
        status: statuses.value(handle, 5) ?? .open, rule: rules.value(handle, 6) ?? .windowOpen,
        resolvedOn: day(7))
      if stored != want || SQLiteColumn.bytes(handle, 8).count != 0 {
        problem = standingProblem(
          forecast: SQLiteColumn.text(handle, 9), stored: stored, want: want)
      }
    }
    if let problem { return (nil, problem) }
    let context = try QuestionSlice.Context(knownBy: nil, in: db)
    for question in spoken.sorted() {
      guard let slice = try QuestionSlice.read(question, knownBy: nil, in: db, context: context)
      else { continue }
      for resolution in slice.standingResolutions() {
        guard
          let row = try Row.fetchOne(
            db.cachedStatement(
              sql:
                "SELECT forecast, status, rule, settled_on, flags FROM forecasts WHERE forecast = ?"
            ), arguments: [resolution.forecast])
        else {
          return (nil, "derived table forecasts lacks forecast '\(resolution.forecast)'")
        }
        if let problem = standingMismatch(StandingResolution(resolution), row: row) {
          return (nil, problem)
        }
      }
    }
    return nil
  }

  private static func standingMismatch(_ want: StandingResolution, row: Row) -> String? {
    let flags = want.flags.map(\.rawValue).joined(separator: ";")
    guard row["status"] == want.status.rawValue, row["rule"] == want.rule.rawValue,
      row["settled_on"] == want.resolvedOn?.description, row["flags"] == flags
    else {
      return standingProblem(
        forecast: row["forecast"],
        stored: StandingResolution(
          status: ForecastStatus(rawValue: row["status"]) ?? .open,
          rule: ResolutionRule(rawValue: row["rule"]) ?? .windowOpen), want: want)
    }
    return nil
  }

  private static func standingProblem(
    forecast: String, stored: StandingResolution, want: StandingResolution
  ) -> String {
    "derived table forecasts holds a resolution of forecast '\(forecast)' (\(stored.status.rawValue), \(stored.rule.rawValue)) that the resolver does not give (\(want.status.rawValue), \(want.rule.rawValue))"
  }
}
