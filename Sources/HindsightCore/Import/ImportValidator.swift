/// Checks the rows of one import against each other and against the ids the ledger already
/// holds, and collects every problem as a `FILE:ROW: message` line (up to `cap` of them).
///
/// Forecast ids must be unique within the file; speaker and question ids may repeat, with the
/// same name (speakers) or the same title and tags (questions) on every row, and rows of one
/// question that make the same claim must agree on its outcome. No id may already be in the
/// catalog, and none may name another kind of thing in an earlier import: sources, speakers,
/// questions and forecasts share one namespace, so that an id always names one thing.
///
/// A speaker, question or forecast id of an earlier import names the same thing again (a
/// re-import of an updated export): what the rows say of it is compared with what the ledger
/// holds by the inserting side (`ImportSink`), which the validator tells what to look up
/// (`lookUps`).
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
    /// Catalog source ids.
    public var catalogSources: Set<String> = []

    /// Creates the set of existing ids.
    public init(
      catalogSpeakers: Set<String> = [], catalogQuestions: Set<String> = [],
      catalogForecasts: Set<String> = [], importedSpeakers: Set<String> = [],
      importedQuestions: Set<String> = []
    ) {
      self.catalogSpeakers = catalogSpeakers
      self.catalogQuestions = catalogQuestions
      self.catalogForecasts = catalogForecasts
      self.importedSpeakers = importedSpeakers
      self.importedQuestions = importedQuestions
    }

    /// Where `id` is already used, as a phrase ("a question of the catalog"), or nil.
    public func place(of id: String) -> String? {
      let places: [(Set<String>, String)] = [
        (catalogSources, "a source of the catalog"), (catalogSpeakers, "a speaker of the catalog"),
        (catalogQuestions, "a question of the catalog"),
        (catalogForecasts, "a forecast of the catalog"),
        (importedSpeakers, "a speaker of an earlier import"),
        (importedQuestions, "a question of an earlier import"),
      ]
      return places.first { $0.0.contains(id) }?.1
    }
  }

  private let file: String
  private let cap: Int
  private let existing: Existing
  private let catalogForecasts: ByteTable
  /// Every existing id that is not a forecast's, to find forecast ids used for another kind.
  private let otherKinds: ByteTable
  /// Questions and speakers by id, each with its first row (`FirstRow`).
  private var questions = ByteTable()
  private var speakers = ByteTable()
  /// The file's forecast ids so far, each with its row (a 4-byte record number), so that a
  /// question id that repeats an earlier row's forecast id is found.
  private var forecasts = ByteTable()
  /// The questions of the file that an earlier import holds.
  private var knownQuestions = ByteTable()
  /// The first outcome given for each question and claim (question, 0x1F, claim), with its
  /// record, the outcome and the resolved-on day.
  private var outcomes = ByteTable()
  private var key: [UInt8] = []
  /// The first `cap` problems by record (in the order found, for one record), with it.
  private var found: [(record: Int, message: String)] = []
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
  /// Distinct speakers of the accepted rows that no earlier import holds.
  public private(set) var newSpeakers = 0
  /// Distinct questions of the accepted rows that no earlier import holds.
  public var newQuestions: Int { questions.count - knownQuestions.count }
  /// What the inserting side must look up about the row `check` accepted last.
  public private(set) var lookUps: ImportLookUps = []

  /// Every tag of every question of the rows checked, as (tag, question) pairs sorted by tag
  /// and then question; tags are given once per question, every row of a question repeating
  /// them.
  public func questionTags() -> [(tag: String, question: String)] {
    var pairs: [(tag: String, question: String)] = []
    questions.forEachEntry { id, payload in
      let titleCount = Int(
        UnsafeRawPointer(payload.baseAddress! + 4).loadUnaligned(as: UInt32.self))
      let tags = UnsafeBufferPointer(rebasing: payload[(8 + titleCount)...])
      guard !tags.isEmpty else { return }
      let question = String(decoding: id, as: UTF8.self)
      let first = pairs.count
      for tag in tags.split(separator: UInt8(ascii: ";")) {
        let text = String(decoding: tag, as: UTF8.self)
        if !pairs[first...].contains(where: { $0.tag == text }) {
          pairs.append((text, question))
        }
      }
    }
    pairs.sort { $0.tag == $1.tag ? $0.question < $1.question : $0.tag < $1.tag }
    return pairs
  }

  /// Creates a validator for `file` (named in messages).
  public init(file: String, existing: Existing, cap: Int = 50) {
    self.file = file
    self.existing = existing
    self.cap = cap
    catalogForecasts = ImportValidator.table(existing.catalogForecasts)
    otherKinds = ImportValidator.table(
      existing.catalogSources.union(existing.catalogSpeakers).union(existing.catalogQuestions)
        .union(existing.importedSpeakers).union(existing.importedQuestions))
  }

  /// The first `cap` problems in file order, as `FILE:ROW: message` lines.
  public var problems: [String] {
    found.enumerated().sorted { ($0.element.record, $0.offset) < ($1.element.record, $1.offset) }
      .map { "\(file):\($0.element.record): \($0.element.message)" }
  }

  /// Records a problem of record `record` (the header is record 1). Problems may be reported
  /// out of order (repeated forecast ids are found as rows are inserted); the first `cap` by
  /// record are kept.
  public mutating func report(_ problem: ImportProblem, record: Int) {
    badRows += 1
    if found.count < cap {
      found.append((record, problem.message))
    } else if let last = found.indices.max(by: { found[$0].record < found[$1].record }),
      found[last].record > record
    {
      found[last] = (record, problem.message)
    }
  }

  /// Checks a parsed row; returns whether it is accepted (else its problem is reported).
  @discardableResult
  public mutating func check(_ row: some FlatRecord, record: Int) -> Bool {
    lookUps = []
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
    let kept = problems
    let more = badRows - kept.count
    return more > 0 ? kept + ["… and \(more) more bad rows (\(badRows) in all)."] : kept
  }

  private mutating func problem(_ row: some FlatRecord, record: Int) -> ImportProblem? {
    // A row read in canonical form is scanned whole, once; only a hit (or another form) is
    // scanned field by field, to name the column.
    let clean = row.canonicalText.map { ControlBytes.first($0) == nil } ?? false
    for field in [
      FlatTextField.speaker, .speakerName, .question, .questionTitle, .forecast, .claim, .tags,
    ] where !clean {
      if let code = row.withText(field, ControlBytes.first) {
        return ImportProblem(
          "\(FlatCSV.columns[field.rawValue]) holds the control character U+\(String(code, radix: 16, uppercase: true).leftPadded(4)); text is shown in terminals and must not hold one"
        )
      }
    }
    // One hash of the forecast id serves every table it is looked up in.
    let taken = row.withText(.forecast) { id in
      let hash = ByteTable.hash(id)
      return (
        catalog: catalogForecasts.find(id, hash: hash) != nil,
        other: otherKinds.find(id, hash: hash) != nil, question: questions.find(id, hash: hash),
        speaker: speakers.find(id, hash: hash) != nil, hash: hash,
        seen: forecasts.find(id, hash: hash)
      )
    }
    if taken.catalog {
      return ImportProblem(
        "forecast id '\(row.text(.forecast))' is already a forecast of the catalog")
    }
    if let entry = taken.seen {
      return ImportProblem(
        "forecast id '\(row.text(.forecast))' is already used on row \(forecasts.withPayload(entry, ImportValidator.record))"
      )
    }
    if taken.other, let place = existing.place(of: row.text(.forecast)) {
      return ImportProblem(
        "forecast id '\(row.text(.forecast))' is already \(place); ids must name one thing")
    }
    if let entry = taken.question {
      let first = questions.withPayload(entry) { FirstRow(payload: $0) }
      return ImportProblem(
        "forecast id '\(row.text(.forecast))' is the id of a question on row \(first.record); ids must name one thing"
      )
    }
    if taken.speaker {
      return ImportProblem(
        "forecast id '\(row.text(.forecast))' is the id of a speaker in this file; ids must name one thing"
      )
    }
    if let problem = checkQuestion(row, record: record) { return problem }
    if let problem = checkSpeaker(row, record: record) { return problem }
    if let problem = checkOutcome(row, record: record) { return problem }
    row.withText(.forecast) { id in
      withUnsafeBytes(of: UInt32(truncatingIfNeeded: record)) { bytes in
        _ = forecasts.insert(id, hash: taken.hash, payload: [bytes.bindMemory(to: UInt8.self)])
      }
    }
    return nil
  }

  /// Rows of one question that make the same claim are about one proposition: the first
  /// outcome given for it is the one every later row with an outcome must give.
  private mutating func checkOutcome(_ row: some FlatRecord, record: Int) -> ImportProblem? {
    guard let outcome = row.outcome, let resolvedOn = row.resolvedOn else { return nil }
    key.removeAll(keepingCapacity: true)
    row.withText(.question) { key.append(contentsOf: $0) }
    key.append(0x1F)
    row.withText(.claim) { key.append(contentsOf: $0) }
    let settled = FirstOutcome(record: record, outcome: outcome, on: resolvedOn)
    return key.withUnsafeBufferPointer { key in
      let hash = ByteTable.hash(key)
      guard let entry = outcomes.find(key, hash: hash) else {
        settled.withPayload { _ = outcomes.insert(key, hash: hash, payload: [$0]) }
        return nil
      }
      let first = outcomes.withPayload(entry, FirstOutcome.init(payload:))
      guard first.outcome != outcome || first.on != resolvedOn else { return nil }
      return ImportProblem(
        "question '\(row.text(.question))' is settled as \(first.outcome.rawValue) on \(first.on) by row \(first.record) (the same claim); this row gives \(outcome.rawValue) on \(resolvedOn)"
      )
    }
  }

  /// The record number a payload begins with (4 bytes).
  private static func record(_ payload: UnsafeBufferPointer<UInt8>) -> Int {
    Int(UnsafeRawPointer(payload.baseAddress!).loadUnaligned(as: UInt32.self))
  }

  private mutating func checkQuestion(_ row: some FlatRecord, record: Int) -> ImportProblem? {
    row.withText(.question) { id in
      row.withText(.questionTitle) { title in
        row.withText(.tags) { tags in
          if let entry = questions.find(id) {
            guard questions.withPayload(entry, { FirstRow.matches($0, title, tags) }) else {
              let first = questions.withPayload(entry) { FirstRow(payload: $0) }
              return ImportProblem(
                "question '\(row.text(.question))' has a different question_title or tags than on row \(first.record); every row of a question must repeat them"
              )
            }
            if row.outcome != nil, knownQuestions.find(id) != nil { lookUps.insert(.settled) }
            return nil
          }
          let text = String(decoding: id, as: UTF8.self)
          if existing.catalogQuestions.contains(text) {
            return ImportProblem("question id '\(text)' is already a question of the catalog")
          }
          let known = existing.importedQuestions.contains(text)
          if !known, let place = existing.place(of: text) {
            return ImportProblem(
              "question id '\(text)' is already \(place); ids must name one thing")
          }
          if speakers.find(id) != nil {
            return ImportProblem(
              "question id '\(text)' is the id of a speaker in this file; ids must name one thing")
          }
          if let entry = forecasts.find(id) {
            let first = forecasts.withPayload(entry) { bytes in
              bytes.withMemoryRebound(to: UInt8.self) { raw in
                raw.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * $1.offset) }
              }
            }
            return ImportProblem(
              "question id '\(text)' is the id of a forecast on row \(first); ids must name one thing"
            )
          }
          _ = FirstRow.withHeader(record: record, first: title) {
            questions.insert(id, payload: $0, title, tags)
          }
          if known {
            knownQuestions.insert(id)
            lookUps.insert(row.outcome != nil ? [.question, .settled] : .question)
          }
          return nil
        }
      }
    }
  }

  private mutating func checkSpeaker(_ row: some FlatRecord, record: Int) -> ImportProblem? {
    row.withText(.speaker) { id in
      row.withText(.speakerName) { name in
        if let entry = speakers.find(id) {
          guard speakers.withPayload(entry, { FirstRow.matches($0, name, FirstRow.none) }) else {
            let first = speakers.withPayload(entry) { FirstRow(payload: $0) }
            return ImportProblem(
              "speaker '\(row.text(.speaker))' has a different speaker_name than on row \(first.record)"
            )
          }
          return nil
        }
        let text = String(decoding: id, as: UTF8.self)
        if existing.catalogSpeakers.contains(text) {
          return ImportProblem("speaker id '\(text)' is already a speaker of the catalog")
        }
        let known = existing.importedSpeakers.contains(text)
        if !known, let place = existing.place(of: text) {
          return ImportProblem("speaker id '\(text)' is already \(place); ids must name one thing")
        }
        if questions.find(id) != nil {
          return ImportProblem(
            "speaker id '\(text)' is the id of a question in this file; ids must name one thing")
        }
        _ = FirstRow.withHeader(record: record, first: name) {
          speakers.insert(id, payload: $0, name)
        }
        if known { lookUps.insert(.speaker) } else { newSpeakers += 1 }
        return nil
      }
    }
  }

  private static func table(_ ids: Set<String>) -> ByteTable {
    var table = ByteTable()
    for var id in ids {
      id.withUTF8 { _ = table.insert($0) }
    }
    return table
  }
}
