/// Turns the records of Fatebook's CSV export into flat rows (docs/import.md, "Fatebook").
///
/// Each question (and each option of a multiple-choice question) becomes a binary question;
/// each forecast becomes a forecast of its creator, an update of the ones before it, and
/// carries the question's resolution (YES → true, NO → false, AMBIGUOUS → annulled): scoring
/// counts each speaker's latest update before the resolution. Each forecast's window runs from
/// the day it was made to "Question resolve by", whether the question is resolved or not, so
/// an export made after the resolution gives the same rows as one made before, with outcomes.
public enum FatebookRows {
  /// The columns the import reads; the export has more, which are ignored.
  public static let required = [
    "Question title", "Forecast created by", "Forecast (scale = 0-1)", "Forecast created at",
    "Question created at", "Question resolve by", "Resolution", "Resolved at",
  ]

  /// One forecast of the export, with the record it came from.
  public struct Record: Sendable {
    var record: Int
    var title: String
    var option: String
    var creator: String
    var p: Double
    var createdAt: String
    var saidOn: Day
    var questionCreatedAt: String
    var resolveBy: Day?
    var resolution: String
    var resolvedAt: Day?
    var tags: [String]
  }

  /// Parses one record, given the header's column positions.
  public static func parse(_ fields: [String], columns: [String: Int], record: Int)
    -> Result<Record, ImportProblem>
  {
    func field(_ name: String) -> String {
      columns[name].flatMap { $0 < fields.count ? fields[$0] : nil } ?? ""
    }
    guard fields.count == columns.count else {
      return .failure(ImportProblem("expected \(columns.count) fields, found \(fields.count)"))
    }
    let creator = field("Forecast created by")
    guard !creator.isEmpty else { return .failure(ImportProblem("Forecast created by is empty")) }
    guard !field("Question title").isEmpty else {
      return .failure(ImportProblem("Question title is empty"))
    }
    guard let p = NumberText.decimal(field("Forecast (scale = 0-1)")), p >= 0, p <= 1 else {
      return .failure(
        ImportProblem(
          "Forecast (scale = 0-1) '\(field("Forecast (scale = 0-1)"))' is not a number from 0 to 1")
      )
    }
    guard let saidOn = day(field("Forecast created at")) else {
      return .failure(timeProblem("Forecast created at", field("Forecast created at")))
    }
    let resolveByText = field("Question resolve by")
    let resolveBy = day(resolveByText)
    if !resolveByText.isEmpty, resolveBy == nil {
      return .failure(timeProblem("Question resolve by", resolveByText))
    }
    let resolution = field("Resolution")
    guard ["", "YES", "NO", "AMBIGUOUS"].contains(resolution) else {
      return .failure(
        ImportProblem("Resolution '\(resolution)' is not YES, NO, AMBIGUOUS or empty"))
    }
    let resolvedText = field("Resolved at")
    let resolvedAt = day(resolvedText)
    if !resolvedText.isEmpty, resolvedAt == nil {
      return .failure(timeProblem("Resolved at", resolvedText))
    }
    if !resolution.isEmpty, resolvedAt == nil {
      return .failure(ImportProblem("Resolution \(resolution) needs a Resolved at time"))
    }
    let tags = field("Question tags").split { $0 == ";" || $0 == "," }
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    return .success(
      Record(
        record: record, title: field("Question title"), option: field("Multiple choice option"),
        creator: creator, p: p, createdAt: field("Forecast created at"), saidOn: saidOn,
        questionCreatedAt: field("Question created at"), resolveBy: resolveBy,
        resolution: resolution, resolvedAt: resolvedAt, tags: tags))
  }

  /// The flat rows of all records, with the record each came from, in the order questions
  /// and creators first appear and each creator's forecasts by creation time.
  public static func rows(_ records: [Record]) -> [(record: Int, row: FlatRow)] {
    var order: [String] = []
    var groups: [String: [Record]] = [:]
    for record in records {
      let key = questionID(record) + "\u{1F}" + speakerID(record.creator)
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(record)
    }
    var result: [(record: Int, row: FlatRow)] = []
    for key in order {
      let forecasts = groups[key]!.sorted { ($0.createdAt, $0.record) < ($1.createdAt, $1.record) }
      for (index, record) in forecasts.enumerated() {
        let question = questionID(record)
        let speaker = speakerID(record.creator)
        let title = record.option.isEmpty ? record.title : "\(record.title) — \(record.option)"
        var row = FlatRow(
          speaker: speaker, speakerName: record.creator, question: question,
          questionTitle: title, forecast: "\(question)-\(speaker)-\(index + 1)",
          claim: title, saidOn: record.saidOn, p: record.p, tags: record.tags)
        if let resolveBy = record.resolveBy, record.saidOn <= resolveBy {
          row.windowFrom = record.saidOn
          row.windowTo = resolveBy
        }
        if let resolvedAt = record.resolvedAt {
          row.outcome = ["YES": .true, "NO": .false, "AMBIGUOUS": .annulled][record.resolution]
          row.resolvedOn = row.outcome == nil ? nil : resolvedAt
        }
        result.append((record.record, row))
      }
    }
    return result
  }

  /// `fb-` and a slug of the creator's name (lowercase letters and digits, runs of anything
  /// else as one `-`).
  public static func speakerID(_ name: String) -> String {
    "fb-" + slug(name)
  }

  /// `fb-` and 16 hex digits of FNV-1a over the title, option and creation time: the export
  /// has no question ids, and titles repeat.
  public static func questionID(_ record: Record) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in (record.title + "\u{1F}" + record.option + "\u{1F}" + record.questionCreatedAt).utf8
    {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return "fb-" + String(repeating: "0", count: 16 - hex.count) + hex
  }

  static func slug(_ text: String) -> String {
    var result = ""
    var dash = false
    for scalar in text.lowercased().unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if dash, !result.isEmpty { result.append("-") }
        result.unicodeScalars.append(scalar)
        dash = false
      } else {
        dash = true
      }
    }
    return result.isEmpty ? "anonymous" : result
  }

  /// The day of a Fatebook time: `YYYY-MM-DD HH:MM:SS`, `YYYY-MM-DD` or ISO 8601 with `T`.
  static func day(_ text: String) -> Day? {
    guard text.utf8.count >= 10 else { return nil }
    let rest = text.dropFirst(10)
    guard rest.isEmpty || rest.first == " " || rest.first == "T" else { return nil }
    return FlatCSV.day(String(text.prefix(10)))
  }

  private static func timeProblem(_ column: String, _ text: String) -> ImportProblem {
    ImportProblem("\(column) '\(text)' is not a time; Fatebook writes YYYY-MM-DD HH:MM:SS")
  }
}
