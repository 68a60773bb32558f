/// Checks the rows of one import against each other and against the ids the ledger already
/// holds, and collects every problem as a `FILE:ROW: message` line (up to `cap` of them).
///
/// Forecast ids must be unique within the file and new to the ledger (the ledger's unique index
/// finds repeats: see `reportDuplicate`); speaker and question ids may repeat, with the
/// same name (speakers) or the same title and tags (questions) on every row. No id may already
/// be in the catalog or in an earlier import.
public struct ImportValidator {
  /// The ids the ledger holds before the import.
  public struct Existing: Sendable {
    /// Catalog ids by kind.
    public var catalogSpeakers: Set<String>
    /// Catalog question ids.
    public var catalogQuestions: Set<String>
    /// Catalog forecast ids (withdrawn ones included).
    public var catalogForecasts: Set<String>
    /// Speaker ids of earlier imports.
    public var importedSpeakers: Set<String>
    /// Question ids of earlier imports.
    public var importedQuestions: Set<String>
    /// Forecast ids of earlier imports.
    public var importedForecasts: Set<String>

    /// Creates the set of existing ids.
    public init(
      catalogSpeakers: Set<String> = [], catalogQuestions: Set<String> = [],
      catalogForecasts: Set<String> = [], importedSpeakers: Set<String> = [],
      importedQuestions: Set<String> = [], importedForecasts: Set<String> = []
    ) {
      self.catalogSpeakers = catalogSpeakers
      self.catalogQuestions = catalogQuestions
      self.catalogForecasts = catalogForecasts
      self.importedSpeakers = importedSpeakers
      self.importedQuestions = importedQuestions
      self.importedForecasts = importedForecasts
    }
  }

  private struct Seen {
    var name: String
    var tags: [String]
    var record: Int
  }

  private let file: String
  private let cap: Int
  private var existing: Existing
  private var questions: [String: Seen] = [:]
  private var speakers: [String: Seen] = [:]
  /// The first `cap` problems, as `FILE:ROW: message` lines.
  public private(set) var problems: [String] = []
  /// How many rows had a problem.
  public private(set) var badRows = 0
  /// Rows accepted so far.
  public private(set) var rows = 0
  /// Rows with an outcome (each becomes a verdict).
  public private(set) var verdicts = 0

  /// Distinct speakers of the accepted rows.
  public var speakerCount: Int { speakers.count }
  /// Distinct questions of the accepted rows.
  public var questionCount: Int { questions.count }

  /// Creates a validator for `file` (named in messages).
  public init(file: String, existing: Existing, cap: Int = 50) {
    self.file = file
    self.existing = existing
    self.cap = cap
  }

  /// Records a problem of record `record` (the header is record 1).
  public mutating func report(_ problem: ImportProblem, record: Int) {
    badRows += 1
    if problems.count < cap { problems.append("\(file):\(record): \(problem.message)") }
  }

  /// Reports that the forecast id of an accepted row was already used: on record `first` of
  /// this file, or (when nil) by an earlier import. (Forecast ids are checked against each
  /// other by the ledger's unique index as rows are inserted.)
  public mutating func reportDuplicate(_ row: FlatRow, record: Int, first: Int?) {
    rows -= 1
    if row.outcome != nil { verdicts -= 1 }
    let problem =
      first.map { "forecast id '\(row.forecast)' is already used on row \($0)" }
      ?? "forecast id '\(row.forecast)' was already imported by an earlier import"
    report(ImportProblem(problem), record: record)
  }

  /// Checks a parsed row; returns whether it is accepted (else its problem is reported).
  @discardableResult
  public mutating func check(_ row: FlatRow, record: Int) -> Bool {
    if let problem = problem(row, record: record) {
      report(problem, record: record)
      return false
    }
    rows += 1
    if row.outcome != nil { verdicts += 1 }
    return true
  }

  /// The lines to print when there were problems: the first `cap`, then how many more.
  public var report: [String] {
    let more = badRows - problems.count
    return more > 0 ? problems + ["… and \(more) more bad rows (\(badRows) in all)."] : problems
  }

  private mutating func problem(_ row: FlatRow, record: Int) -> ImportProblem? {
    if !existing.catalogForecasts.isEmpty, existing.catalogForecasts.contains(row.forecast) {
      return ImportProblem("forecast id '\(row.forecast)' is already a forecast of the catalog")
    }
    if !existing.importedForecasts.isEmpty, existing.importedForecasts.contains(row.forecast) {
      return ImportProblem(
        "forecast id '\(row.forecast)' was already imported by an earlier import")
    }
    if let problem = checkQuestion(row, record: record) { return problem }
    if let problem = checkSpeaker(row, record: record) { return problem }
    return nil
  }

  private mutating func checkQuestion(_ row: FlatRow, record: Int) -> ImportProblem? {
    if let seen = questions[row.question] {
      guard seen.name == row.questionTitle, seen.tags == row.tags else {
        return ImportProblem(
          "question '\(row.question)' has a different question_title or tags than on row \(seen.record); every row of a question must repeat them"
        )
      }
      return nil
    }
    if !existing.catalogQuestions.isEmpty, existing.catalogQuestions.contains(row.question) {
      return ImportProblem("question id '\(row.question)' is already a question of the catalog")
    }
    if !existing.importedQuestions.isEmpty, existing.importedQuestions.contains(row.question) {
      return ImportProblem(
        "question id '\(row.question)' was already imported by an earlier import")
    }
    questions[row.question] = Seen(name: row.questionTitle, tags: row.tags, record: record)
    return nil
  }

  private mutating func checkSpeaker(_ row: FlatRow, record: Int) -> ImportProblem? {
    if let seen = speakers[row.speaker] {
      guard seen.name == row.speakerName else {
        return ImportProblem(
          "speaker '\(row.speaker)' has a different speaker_name than on row \(seen.record)")
      }
      return nil
    }
    if !existing.catalogSpeakers.isEmpty, existing.catalogSpeakers.contains(row.speaker) {
      return ImportProblem("speaker id '\(row.speaker)' is already a speaker of the catalog")
    }
    if !existing.importedSpeakers.isEmpty, existing.importedSpeakers.contains(row.speaker) {
      return ImportProblem("speaker id '\(row.speaker)' was already imported by an earlier import")
    }
    speakers[row.speaker] = Seen(name: row.speakerName, tags: [], record: record)
    return nil
  }
}
