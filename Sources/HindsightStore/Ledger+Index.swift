import Foundation
import GRDB
import HindsightCore

// MARK: - The forecast index

extension Ledger {
  /// The version of the derived index (`forecasts`' catalog rows and resolution columns,
  /// `question_tags`, `question_entries`) that this build writes; a ledger whose
  /// `meta.index_version` differs is re-indexed when opened.
  static let indexVersion = "1"

  /// Indexes one entry's effect, inside the caller's write transaction: the catalog rows of
  /// `forecasts`, `question_tags` and `question_entries`. The questions whose resolutions it
  /// may change are added to `touched`; `refreshResolutions` recomputes them once the batch of
  /// entries is in.
  static func index(
    seq: Int64, payload: EntryPayload, touched: inout Set<String>, in db: Database
  ) throws {
    func about(_ question: String) throws {
      try db.cachedStatement(
        sql: "INSERT OR IGNORE INTO question_entries (question, seq) VALUES (?, ?)"
      ).execute(arguments: [question, seq])
    }
    switch payload {
    case .catalogAdd(let item), .amendment(let item, _):
      switch item {
      case .forecast(let forecast):
        if let old = try String.fetchOne(
          db, sql: "SELECT question FROM forecasts WHERE forecast = ? AND imported = 0",
          arguments: [forecast.id]), old != forecast.question
        {
          try about(old)
          touched.insert(old)
        }
        try upsertCatalogRow(forecast, seq: seq, in: db)
        try about(forecast.question)
        touched.insert(forecast.question)
      case .question(let question):
        try db.execute(
          sql: """
            UPDATE forecasts SET question_title = ?, kind = ?, tags = ?
            WHERE question = ? AND imported = 0
            """,
          arguments: [
            question.title, question.kind.rawValue, question.tags.joined(separator: ";"),
            question.id,
          ])
        try db.execute(
          sql: "DELETE FROM question_tags WHERE question = ?", arguments: [question.id])
        for tag in Set(question.tags) {
          try db.execute(
            sql: "INSERT INTO question_tags (tag, question) VALUES (?, ?)",
            arguments: [tag, question.id])
        }
        try about(question.id)
        touched.insert(question.id)
      case .speaker(let speaker):
        try db.execute(
          sql: "UPDATE forecasts SET speaker_name = ? WHERE speaker = ? AND imported = 0",
          arguments: [speaker.nameEn, speaker.id])
      case .source:
        break
      }
    case .withdrawal(let forecast):
      if let question = try String.fetchOne(
        db, sql: "SELECT question FROM forecasts WHERE forecast = ? AND imported = 0",
        arguments: [forecast])
      {
        try db.execute(
          sql: "DELETE FROM forecasts WHERE forecast = ? AND imported = 0", arguments: [forecast])
        try about(question)
        touched.insert(question)
      }
    case .evidence(let evidence):
      try about(evidence.question)
      try raiseFactsThrough(evidence.observed.description, in: db)
      touched.insert(evidence.question)
    case .verdict(let verdict):
      try about(verdict.question)
      try raiseFactsThrough(verdict.observed.description, in: db)
      touched.insert(verdict.question)
    case .note(let note):
      try about(note.question)
    case .retraction(let retraction):
      for question in try String.fetchAll(
        db, sql: "SELECT question FROM question_entries WHERE seq = ?",
        arguments: [retraction.seq])
      {
        try about(question)
        touched.insert(question)
      }
    case .bulkImport:
      // Its rows, their tags and their standing resolutions were written by `ImportSink`; a
      // question the ledger already has entries about is resolved again with them.
      // One indexed look-up per question with entries (few), not a scan of the rows.
      touched.formUnion(
        try String.fetchAll(
          db,
          sql: """
            SELECT DISTINCT e.question FROM question_entries e
            WHERE EXISTS (
              SELECT 1 FROM forecasts f WHERE f.question = e.question AND f.seq = ?
                AND f.imported = 1)
            """, arguments: [seq]))
      try indexResolutions(ofImport: seq, touched: &touched, in: db)
    case .void:
      break
    }
  }

  /// Indexes the outcomes imports recorded for forecasts of earlier imports
  /// (`import_resolutions`) of the import `seq`, or of every import when nil: each makes its
  /// import an entry about its question (so the question is resolved from its slice), and its
  /// day an observation `meta.facts_through` must cover.
  static func indexResolutions(ofImport seq: Int64?, touched: inout Set<String>, in db: Database)
    throws
  {
    let filter = seq == nil ? "" : " WHERE seq = ?"
    let arguments: StatementArguments = seq.map { [$0] } ?? []
    for row in try Row.fetchAll(
      db, sql: "SELECT DISTINCT question, seq FROM import_resolutions" + filter,
      arguments: arguments)
    {
      let question: String = row["question"]
      try db.cachedStatement(
        sql: "INSERT OR IGNORE INTO question_entries (question, seq) VALUES (?, ?)"
      ).execute(arguments: [question, row["seq"] as Int64])
      touched.insert(question)
    }
    if let last = try String.fetchOne(
      db, sql: "SELECT max(resolved_on) FROM import_resolutions" + filter, arguments: arguments)
    {
      try raiseFactsThrough(last, in: db)
    }
  }

  /// Sets `meta`'s `key` to `value`, inserting the row or replacing its value.
  static func setMeta(_ key: String, to value: String, in db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO meta (key, value) VALUES (?, ?)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value
        """, arguments: [key, value])
  }

  /// Raises `meta.facts_through`, the last day any evidence, verdict or imported outcome was
  /// observed, to `day` (`YYYY-MM-DD`) when it is later. Retractions leave it: it bounds the
  /// days observations fall on, so a cut on or after it is answered by the standing
  /// resolutions.
  static func raiseFactsThrough(_ day: String, in db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO meta (key, value) VALUES ('facts_through', ?)
        ON CONFLICT (key) DO UPDATE SET value = max(value, excluded.value)
        """, arguments: [day])
  }

  /// Writes (or rewrites) a catalog forecast's row, its question's title, kind and tags and its
  /// speaker's name taken from `catalog_items`; the resolution columns are left for
  /// `refreshResolutions`.
  private static func upsertCatalogRow(_ forecast: Forecast, seq: Int64, in db: Database) throws {
    let (title, kind, tags, name) = try copiedColumns(of: forecast, in: db)
    let first =
      try Int64.fetchOne(
        db, sql: "SELECT first_seq FROM catalog_items WHERE kind = 'forecast' AND id = ?",
        arguments: [forecast.id]) ?? seq
    try db.execute(
      sql: "DELETE FROM forecasts WHERE forecast = ? AND imported = 0", arguments: [forecast.id])
    try db.execute(
      sql: """
        INSERT INTO forecasts (seq, speaker, speaker_name, question, question_title, forecast,
          claim, said_on, p, window_from, window_to, at, tags, imported, kind)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
        """,
      arguments: [
        first, forecast.speaker, name, forecast.question, title, forecast.id, forecast.claim,
        forecast.saidOn.description, forecast.confidence.p, forecast.window?.from.description,
        forecast.window?.to.description, forecast.target?.at.description,
        tags.joined(separator: ";"), kind.rawValue,
      ])
  }

  /// What a catalog forecast's row copies from its question and speaker as `catalog_items`
  /// holds them now: the question's title, kind and tags, the speaker's English name (a
  /// missing question or speaker leaves an empty title, `binary`, no tags and the speaker id).
  static func copiedColumns(of forecast: Forecast, in db: Database) throws -> (
    title: String, kind: QuestionKind, tags: [String], speakerName: String
  ) {
    var copied = ("", QuestionKind.binary, [String](), forecast.speaker)
    if case .question(let item)? = try storedItem(kind: "question", id: forecast.question, in: db) {
      (copied.0, copied.1, copied.2) = (item.title, item.kind, item.tags)
    }
    if case .speaker(let item)? = try storedItem(kind: "speaker", id: forecast.speaker, in: db) {
      copied.3 = item.nameEn
    }
    return copied
  }

  /// The current item of `catalog_items` with this kind and id; a withdrawn forecast only when
  /// `withdrawn` (a look-up of what the catalog holds now passes false).
  static func storedItem(
    kind: String, id: String, withdrawn: Bool = true, in db: Database
  ) throws -> CatalogItem? {
    let current = withdrawn ? "" : " AND withdrawn = 0"
    guard
      let text = try String.fetchOne(
        db.cachedStatement(
          sql: "SELECT item FROM catalog_items WHERE kind = ? AND id = ?" + current),
        arguments: [kind, id])
    else { return nil }
    return try CatalogItemJSON.decode(try JSONParser.parse(text), kind: kind)
  }

  /// Recomputes the standing resolution of every forecast of `questions` and writes it into
  /// `forecasts`: with the resolver, from each question's slice of the ledger
  /// (`QuestionSlice`), or, for an imported question no entry but imports speaks about, from
  /// each row's outcome or the one a later import recorded for it
  /// (`StandingResolution.imported`, the resolver's rules on those values, as reads resolve
  /// such rows).
  static func refreshResolutions(_ questions: Set<String>, in db: Database) throws {
    let context = try QuestionSlice.Context(knownBy: nil, in: db)
    for question in questions.sorted() {
      if try !isSpokenBeyondImports(question, in: db) {
        try refreshImported(question, in: db)
        continue
      }
      guard let slice = try QuestionSlice.read(question, knownBy: nil, in: db, context: context)
      else { continue }
      for resolution in slice.standingResolutions() {
        // Prepared once for every question (an import's new outcomes touch a great many).
        try db.cachedStatement(
          sql: """
            UPDATE forecasts SET status = ?, rule = ?, settled_on = ?, flags = ?
            WHERE forecast = ?
            """
        ).execute(
          arguments: [
            resolution.status.rawValue, resolution.rule.rawValue,
            resolution.resolvedOn?.description,
            resolution.flags.map(\.rawValue).joined(separator: ";"), resolution.forecast,
          ])
      }
    }
  }

  /// The questions entries other than imports speak about (`question_entries`): the catalog's
  /// and the imported ones with evidence, verdicts or notes. The others' imported rows are
  /// resolved by their outcomes alone.
  static let questionsSpokenBeyondImports = """
    SELECT DISTINCT q.question FROM question_entries q JOIN entries e ON e.seq = q.seq
    WHERE e.kind <> 'bulk_import'
    """

  /// Whether an entry other than an import speaks about `question`.
  private static func isSpokenBeyondImports(_ question: String, in db: Database) throws -> Bool {
    try String.fetchOne(
      db.cachedStatement(sql: questionsSpokenBeyondImports + " AND q.question = ?"),
      arguments: [question]) != nil
  }

  /// An imported row's outcome and its day, in a statement over `forecasts f LEFT JOIN
  /// import_resolutions r ON r.forecast = f.forecast`: its own, else the one a later import
  /// recorded for it.
  static let importedOutcomeColumns = """
    coalesce(f.outcome, r.outcome), CASE WHEN f.outcome IS NULL THEN r.resolved_on
      ELSE f.resolved_on END
    """

  /// Writes the standing resolution of each imported row of `question` from its outcome.
  private static func refreshImported(_ question: String, in db: Database) throws {
    let rows = try Row.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT f.rowid, \(importedOutcomeColumns), f.window_to
          FROM forecasts f LEFT JOIN import_resolutions r ON r.forecast = f.forecast
          WHERE f.question = ? AND f.imported = 1
          """), arguments: [question])
    for row in rows {
      let standing = StandingResolution.imported(
        outcome: (row[1] as String?).flatMap(VerdictOutcome.init(rawValue:)),
        resolvedOn: (row[2] as String?).flatMap(Day.init),
        closesOn: (row[3] as String?).flatMap(Day.init))
      try writeStanding(standing, rowid: row[0], in: db)
    }
  }

  /// Writes an imported row's standing resolution from its own values (no flags).
  private static func writeStanding(_ standing: StandingResolution, rowid: Int64, in db: Database)
    throws
  {
    try db.cachedStatement(
      sql: "UPDATE forecasts SET status = ?, rule = ?, settled_on = ?, flags = '' WHERE rowid = ?"
    ).execute(
      arguments: [
        standing.status.rawValue, standing.rule.rawValue, standing.resolvedOn?.description, rowid,
      ])
  }

  /// Rebuilds the whole derived index from the entries and the imported rows, inside the
  /// caller's write transaction: after migration `v6-forecast-index`, and after a repair.
  static func rebuildIndex(skipping voided: Set<Int64>, in db: Database) throws {
    try db.execute(
      sql: """
        DELETE FROM forecasts WHERE imported = 0;
        DELETE FROM question_tags;
        DELETE FROM question_entries;
        """)
    // Imported rows: their tags and standing resolutions, from their own columns.
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT rowid, question, tags, outcome, resolved_on, window_to FROM forecasts
        WHERE imported = 1 ORDER BY rowid
        """)
    var tagged: Set<String> = []
    while let row = try rows.next() {
      let question: String = row["question"]
      let tags: String = row["tags"]
      if !tags.isEmpty, tagged.insert(question).inserted {
        for tag in Set(FlatRow.tags(joined: tags)) {
          try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO question_tags (tag, question) VALUES (?, ?)"
          ).execute(arguments: [tag, question])
        }
      }
      let standing = StandingResolution.imported(
        outcome: (row["outcome"] as String?).flatMap(VerdictOutcome.init(rawValue:)),
        resolvedOn: (row["resolved_on"] as String?).flatMap(Day.init),
        closesOn: (row["window_to"] as String?).flatMap(Day.init))
      try writeStanding(standing, rowid: row["rowid"], in: db)
    }
    try db.execute(sql: "DELETE FROM meta WHERE key = 'facts_through'")
    if let last = try String.fetchOne(
      db, sql: "SELECT max(resolved_on) FROM forecasts WHERE imported = 1")
    {
      try raiseFactsThrough(last, in: db)
    }
    var touched: Set<String> = []
    try indexResolutions(ofImport: nil, touched: &touched, in: db)
    let entries = try Row.fetchCursor(
      db, sql: "SELECT seq, payload FROM entries WHERE kind <> 'bulk_import' ORDER BY seq")
    while let row = try entries.next() {
      let seq: Int64 = row["seq"]
      guard !voided.contains(seq) else { continue }
      let payload = try CanonicalEntry.payload(fromText: row["payload"])
      try index(seq: seq, payload: payload, touched: &touched, in: db)
    }
    try refreshResolutions(touched, in: db)
    try setMeta("index_version", to: indexVersion, in: db)
  }

  /// Whether the ledger's derived index is missing or was written by another version of it.
  static func indexIsStale(in db: Database) throws -> Bool {
    try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'index_version'")
      != indexVersion
  }
}
