import Foundation
import GRDB
import HindsightCore

/// What earlier imports hold about the ids a later import names again, read by indexed
/// look-ups inside the import's write transaction (docs/import.md, "Importing an updated
/// export"): a speaker's name, a question's title and tags, a forecast's values and outcome,
/// and the outcome of a question's forecasts that make one claim.
struct EarlierImports {
  let db: Database

  /// What a row whose forecast id an earlier import holds brings.
  enum Finding {
    /// Nothing new: the ledger holds the row, and its outcome if it has one.
    case held
    /// An outcome for a forecast an earlier import brought without one.
    case resolution(ImportedResolution)
    /// Something the ledger says otherwise.
    case problem(ImportProblem)
  }

  /// Why the row's speaker, which an earlier import holds, is not the same speaker.
  func speakerProblem(_ row: FlatRow) throws -> ImportProblem? {
    guard
      let earlier = try fetchOne(
        "SELECT speaker_name, seq FROM forecasts WHERE speaker = ? AND imported = 1 LIMIT 1",
        [row.speaker])
    else { return nil }
    let name: String = earlier[0]
    guard name != row.speakerName else { return nil }
    return ImportProblem(
      "speaker '\(row.speaker)' is named '\(name)' by entry \(earlier[1] as Int64); this row names it '\(row.speakerName)'"
    )
  }

  /// Why the row's question, which an earlier import holds, is not the same question.
  func questionProblem(_ row: FlatRow) throws -> ImportProblem? {
    guard
      let earlier = try fetchOne(
        "SELECT question_title, tags, seq FROM forecasts WHERE question = ? AND imported = 1 LIMIT 1",
        [row.question])
    else { return nil }
    let title: String = earlier[0]
    let tags: String = earlier[1]
    let seq: Int64 = earlier[2]
    let rowTags = row.tags.joined(separator: ";")
    if title != row.questionTitle {
      return ImportProblem(
        "question '\(row.question)' has the question_title '\(title)' in entry \(seq); this row gives '\(row.questionTitle)'"
      )
    }
    guard tags != rowTags else { return nil }
    return ImportProblem(
      "question '\(row.question)' has the tags '\(tags)' in entry \(seq); this row gives '\(rowTags)'"
    )
  }

  /// Why the row's outcome contradicts a forecast of its question that makes the same claim
  /// and is settled otherwise (`forecast` itself left out).
  func settledProblem(_ row: FlatRow) throws -> ImportProblem? {
    guard let outcome = row.outcome, let resolvedOn = row.resolvedOn,
      let settled = try fetchOne(
        """
        SELECT forecast, status, settled_on FROM forecasts
        WHERE question = ? AND claim = ? AND forecast <> ?
          AND status IN ('true', 'false', 'annulled')
          AND (status <> ? OR settled_on IS NOT ?)
        LIMIT 1
        """,
        [
          row.question, row.claim, row.forecast, ForecastStatus(outcome).rawValue,
          resolvedOn.description,
        ])
    else { return nil }
    let forecast: String = settled[0]
    return ImportProblem(
      "question '\(row.question)' is settled as \(settled[1] as String) on \(settled[2] as String? ?? "-") by entry \(try settlingEntry(of: forecast, question: row.question)) (forecast '\(forecast)', the same claim); this row gives \(outcome.rawValue) on \(resolvedOn)"
    )
  }

  /// What a row whose forecast id the ledger holds brings: nothing, when its values and
  /// outcome are the ledger's; an outcome, when the ledger has none for it and the question's
  /// forecasts of the same claim agree; else the first field that differs, or the outcome the
  /// ledger holds instead. Nil when the ledger does not hold the id.
  func compare(_ row: FlatRow) throws -> Finding? {
    guard
      let earlier = try fetchOne(
        """
        SELECT seq, question, speaker, claim, said_on, p, window_from, window_to, outcome,
          resolved_on, status, settled_on
        FROM forecasts WHERE forecast = ?
        """, [row.forecast])
    else { return nil }
    let seq: Int64 = earlier[0]
    func window(_ from: String?, _ to: String?) -> String {
      guard let from, let to else { return "none" }
      return "\(from)..\(to)"
    }
    let fields: [(String, String, String)] = [
      ("question", earlier[1], row.question),
      ("speaker", earlier[2], row.speaker),
      ("claim", earlier[3], row.claim),
      ("said_on", earlier[4], row.saidOn.description),
      ("p", FlatCSV.number(earlier[5]), FlatCSV.number(row.p)),
      (
        "window", window(earlier[6], earlier[7]),
        window(row.windowFrom?.description, row.windowTo?.description)
      ),
    ]
    if let (field, was, now) = fields.first(where: { $0.1 != $0.2 }) {
      return .problem(
        ImportProblem(
          "forecast '\(row.forecast)' was imported by entry \(seq) with \(field) '\(was)'; this row gives '\(now)'"
        ))
    }
    guard let outcome = row.outcome, let resolvedOn = row.resolvedOn else { return .held }
    let recorded: (outcome: String, day: String, seq: Int64)?
    if let imported = earlier[8] as String? {
      recorded = (imported, earlier[9], seq)
    } else if let resolution = try fetchOne(
      "SELECT outcome, resolved_on, seq FROM import_resolutions WHERE forecast = ?",
      [row.forecast])
    {
      recorded = (resolution[0], resolution[1], resolution[2])
    } else {
      recorded = nil
    }
    let status: String = earlier[10]
    let settledOn: String? = earlier[11]
    let same = { (was: String, day: String?) in
      was == outcome.rawValue && day == resolvedOn.description
    }
    if let recorded {
      // What an import recorded stands, even when a later verdict overrules it.
      if same(recorded.outcome, recorded.day) { return .held }
      return .problem(
        contradiction(row, outcome: recorded.outcome, day: recorded.day, seq: recorded.seq))
    }
    if VerdictOutcome(rawValue: status) != nil {
      if same(status, settledOn) { return .held }
      return .problem(
        contradiction(
          row, outcome: status, day: settledOn ?? "-",
          seq: try settlingEntry(of: row.forecast, question: row.question)))
    }
    if let problem = try settledProblem(row) { return .problem(problem) }
    return .resolution(
      ImportedResolution(
        forecast: row.forecast, question: row.question, outcome: outcome, resolvedOn: resolvedOn))
  }

  /// Why a row whose forecast id the ledger refused to take again is refused, when no forecast
  /// holds the id.
  static func idInUse(_ forecast: String) -> ImportProblem {
    ImportProblem("forecast id '\(forecast)' is already in use")
  }

  /// The first row of a look-up, through a statement prepared once an import: every row an
  /// earlier import holds runs one or more of these.
  private func fetchOne(_ sql: String, _ arguments: StatementArguments) throws -> Row? {
    try Row.fetchOne(db.cachedStatement(sql: sql), arguments: arguments)
  }

  private func contradiction(_ row: FlatRow, outcome: String, day: String, seq: Int64)
    -> ImportProblem
  {
    ImportProblem(
      "forecast '\(row.forecast)' is settled as \(outcome) on \(day) by entry \(seq); this row gives \(row.outcome?.rawValue ?? "") on \(row.resolvedOn?.description ?? "")"
    )
  }

  /// The entry that settled a forecast (the last its resolution used), from the resolver over
  /// its question: found only when an import is refused for contradicting it.
  private func settlingEntry(of forecast: String, question: String) throws -> Int64 {
    let slice = try QuestionSlice.read(question, knownBy: nil, in: db)
    return slice?.standingResolutions().first { $0.forecast == forecast }?.entries.last ?? 0
  }
}
