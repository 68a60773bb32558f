import Foundation
import GRDB
import HindsightCore

/// Everything the ledger holds about one question at a cut, read through the index rather
/// than by reading the whole ledger: the entries about it (`question_entries`), the catalog
/// they fold to, its imported forecasts and their outcomes, and the speakers and sources its
/// forecasts cite.
///
/// The resolver over a slice is exact at any cut: a forecast's resolution depends only on its
/// question's entries.
public struct QuestionSlice: Sendable {
  /// The question's id.
  public let id: String
  /// The entries about the question, its forecasts or their evidence, recorded by the cut's
  /// known-by, in seq order (voided entries left out).
  public let entries: [LedgerEntry]
  /// The question (nil when no entry known at the cut adds it).
  public let question: Question?
  /// Its forecasts at the cut: the catalog's first (in the order they entered the ledger),
  /// then the imported ones (import and file order).
  public let forecasts: [Forecast]
  /// The speakers of the forecasts.
  public let speakers: [Speaker]
  /// The sources the forecasts cite.
  public let sources: [Source]
  /// The outcomes the imports recorded (their rows' and `import_resolutions`), as verdict facts
  /// of their entries.
  public let imported: [Recorded<Verdict>]

  /// The slice as a catalog, with the given format version and confidence scale.
  public func catalog(
    version: Int = 1, confidenceScale: ConfidenceScale = ConfidenceScale(levels: [])
  )
    -> Catalog
  {
    Catalog(
      version: version, confidenceScale: confidenceScale, sources: sources, speakers: speakers,
      questions: question.map { [$0] } ?? [], forecasts: forecasts)
  }

  /// The resolver over the slice at a cut.
  public func resolver(asOf: Day, knownBy: Date) -> Resolver {
    var facts = LedgerFacts(entries: entries, asOf: asOf, knownBy: knownBy)
    facts.addImported(imported)
    return Resolver(catalog: catalog(), facts: facts, asOf: asOf)
  }

  /// Every forecast's resolution at the ledger's head (`Resolver.standingAsOf`, everything
  /// known).
  public func standingResolutions() -> [Resolution] {
    resolver(asOf: Resolver.standingAsOf, knownBy: .distantFuture).resolveAll()
  }

  /// What every slice read at one known-by shares: the entries voided and the imports known.
  struct Context {
    let voided: Set<Int64>
    let imports: [ImportRecord]
    let bySeq: [Int64: ImportRecord]

    /// The context of slices read at `knownBy` (everything when nil).
    init(knownBy: Date?, in db: Database) throws {
      voided = try Ledger.voided(in: db)
      imports = try Ledger.imports(knownBy: knownBy, in: db)
      bySeq = Dictionary(uniqueKeysWithValues: imports.map { ($0.seq, $0) })
    }
  }

  /// Reads the slice of `question` at `knownBy` (everything when nil), or nil when the ledger
  /// knows no such question then; `context`, when given, is that of `knownBy`, read once for
  /// many slices.
  static func read(
    _ question: String, knownBy: Date?, in db: Database, context: Context? = nil
  ) throws -> QuestionSlice? {
    let context = try context ?? Context(knownBy: knownBy, in: db)
    let voided = context.voided
    var sql = """
      SELECT e.* FROM question_entries q JOIN entries e ON e.seq = q.seq
      WHERE q.question = ?
      """
    var arguments: StatementArguments = [question]
    if let knownBy {
      sql += " AND e.recorded_at <= ?"
      arguments += [Timestamp.format(knownBy)]
    }
    let rows = try Row.fetchAll(
      db.cachedStatement(sql: sql + " ORDER BY e.seq"), arguments: arguments)
    let entries = try rows.filter { !voided.contains($0["seq"]) }.map(Ledger.entry(from:))
    let snapshot = CatalogSnapshot.fold(entries)
    var forecasts = snapshot.forecasts.filter { $0.question == question }
    var speakers: [Speaker] = []
    var sources: [Source] = []
    var seen: Set<String> = []
    for forecast in forecasts {
      if seen.insert("speaker " + forecast.speaker).inserted,
        case .speaker(let speaker)? = try Ledger.storedItem(
          kind: "speaker", id: forecast.speaker, in: db)
      {
        speakers.append(speaker)
      }
      if seen.insert("source " + forecast.source).inserted,
        case .source(let source)? = try Ledger.storedItem(
          kind: "source", id: forecast.source, in: db)
      {
        sources.append(source)
      }
    }
    var found = snapshot.questions.first { $0.id == question }
    var imported: [Recorded<Verdict>] = []
    if let last = context.imports.last {
      let bySeq = context.bySeq
      try Ledger.forEachImportedRow(upTo: last.seq, questions: [question], in: db) { seq, row in
        if found == nil { found = row.questionItem(importSeq: seq) }
        forecasts.append(row.forecastItem(importSeq: seq))
        if seen.insert("speaker " + row.speaker).inserted { speakers.append(row.speakerItem) }
        if let record = bySeq[seq] {
          if seen.insert("source import \(seq)").inserted {
            sources.append(
              FlatRow.source(
                importSeq: seq, file: record.bulk.file,
                recordedOn: Day(containing: record.recordedAt)))
          }
          if let verdict = row.verdict(
            importSeq: seq, recordedAt: record.recordedAt, file: record.bulk.file)
          {
            imported.append(verdict)
          }
        }
      }
      for (seq, resolution) in try Ledger.importResolutions(
        upTo: last.seq, question: question, in: db)
      {
        if let record = bySeq[seq] {
          imported.append(
            resolution.verdict(
              importSeq: seq, recordedAt: record.recordedAt, file: record.bulk.file))
        }
      }
    }
    guard let found else { return nil }
    return QuestionSlice(
      id: question, entries: entries, question: found, forecasts: forecasts, speakers: speakers,
      sources: sources, imported: imported)
  }
}

extension Ledger {
  /// The slice of the ledger about `question` at `knownBy` (everything when nil); nil when
  /// the ledger knows no such question then.
  public func slice(question: String, knownBy: Date? = nil) throws -> QuestionSlice? {
    try writer.read { db in try QuestionSlice.read(question, knownBy: knownBy, in: db) }
  }

  /// The question a forecast id belongs to (catalog or imported), when the ledger holds it.
  public func question(ofForecast id: String) throws -> String? {
    try writer.read { db in
      try String.fetchOne(
        db, sql: "SELECT question FROM forecasts WHERE forecast = ?", arguments: [id])
    }
  }

  /// The questions an entry is about (`question_entries`), in id order.
  public func questions(aboutEntry seq: Int64) throws -> [String] {
    try writer.read { db in
      try String.fetchAll(
        db, sql: "SELECT question FROM question_entries WHERE seq = ? ORDER BY question",
        arguments: [seq])
    }
  }

  /// Whether the ledger holds a question with this id (in the catalog or imported).
  public func hasQuestion(_ id: String) throws -> Bool {
    try writer.read { db in
      try Bool.fetchOne(
        db,
        sql: """
          SELECT EXISTS (SELECT 1 FROM catalog_items WHERE kind = 'question' AND id = ?)
            OR EXISTS (SELECT 1 FROM forecasts WHERE question = ?)
          """, arguments: [id, id]) ?? false
    }
  }
}
