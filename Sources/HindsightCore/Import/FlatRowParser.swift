/// Turns the fields of one flat CSV record into a `FlatRow`, or says what is wrong with it.
public enum FlatRowParser {
  /// The longest id accepted, in UTF-8 bytes.
  public static let maximumIDLength = 200

  /// Parses one record's fields (already split by the CSV reader).
  ///
  /// - Returns: the row, or the first problem as one sentence for a `FILE:ROW:` message.
  public static func parse(_ fields: [String]) -> Result<FlatRow, ImportProblem> {
    var tags: [String: [String]] = [:]
    return parse(fields, tags: &tags)
  }

  /// Parses one record's fields, reusing the split `tags` of earlier rows kept in `cache` (rows
  /// of one question repeat them; the cache is emptied when it holds 10 000 texts).
  public static func parse(_ fields: [String], tags cache: inout [String: [String]])
    -> Result<FlatRow, ImportProblem>
  {
    guard fields.count == FlatCSV.columns.count else {
      return .failure(
        ImportProblem(
          "expected \(FlatCSV.columns.count) fields (\(FlatCSV.columns.joined(separator: ","))), found \(fields.count)"
        ))
    }
    for (index, name) in ["speaker", "question", "forecast"].enumerated() {
      if let problem = idProblem(fields[[0, 2, 4][index]], column: name) {
        return .failure(problem)
      }
    }
    for (index, name) in [(1, "speaker_name"), (3, "question_title"), (5, "claim")]
    where fields[index].isEmpty {
      return .failure(ImportProblem("\(name) is empty; every row needs one"))
    }
    guard let saidOn = FlatCSV.day(fields[6]) else {
      return .failure(dateProblem("said_on", fields[6]))
    }
    guard let p = Double(fields[7]), p >= 0, p <= 1 else {
      return .failure(
        ImportProblem("p '\(fields[7])' is not a probability; write a number from 0 to 1, e.g. 0.7")
      )
    }
    var window: (Day, Day)?
    switch (fields[8].isEmpty, fields[9].isEmpty) {
    case (true, true): window = nil
    case (false, true), (true, false):
      let given = fields[8].isEmpty ? "window_to" : "window_from"
      return .failure(
        ImportProblem("\(given) is given but the other end is empty; give both or neither"))
    case (false, false):
      guard let from = FlatCSV.day(fields[8]) else {
        return .failure(dateProblem("window_from", fields[8]))
      }
      guard let to = FlatCSV.day(fields[9]) else {
        return .failure(dateProblem("window_to", fields[9]))
      }
      guard from <= to else {
        return .failure(ImportProblem("window_from \(fields[8]) is after window_to \(fields[9])"))
      }
      window = (from, to)
    }
    var outcome: VerdictOutcome?
    var resolvedOn: Day?
    if !fields[10].isEmpty {
      guard let value = VerdictOutcome(rawValue: fields[10]) else {
        return .failure(
          ImportProblem("outcome '\(fields[10])' is not true, false, annulled or empty"))
      }
      guard !fields[11].isEmpty else {
        return .failure(ImportProblem("outcome \(fields[10]) needs a resolved_on date"))
      }
      guard let day = FlatCSV.day(fields[11]) else {
        return .failure(dateProblem("resolved_on", fields[11]))
      }
      outcome = value
      resolvedOn = day
    } else if !fields[11].isEmpty {
      return .failure(
        ImportProblem(
          "resolved_on \(fields[11]) is given but outcome is empty; give both or neither"))
    }
    let tags: [String]
    if fields[12].isEmpty {
      tags = []
    } else if let known = cache[fields[12]] {
      tags = known
    } else {
      tags = fields[12].split(separator: ";").map(String.init)
      if cache.count >= 10_000 { cache.removeAll(keepingCapacity: true) }
      cache[fields[12]] = tags
    }
    return .success(
      FlatRow(
        speaker: fields[0], speakerName: fields[1], question: fields[2], questionTitle: fields[3],
        forecast: fields[4], claim: fields[5], saidOn: saidOn, p: p, windowFrom: window?.0,
        windowTo: window?.1, outcome: outcome, resolvedOn: resolvedOn, tags: tags))
  }

  /// Why `id` cannot be an id, if it cannot: empty, too long, or holding spaces or control characters.
  static func idProblem(_ id: String, column: String) -> ImportProblem? {
    if id.isEmpty { return ImportProblem("\(column) is empty; every row needs one") }
    if id.utf8.count > maximumIDLength {
      return ImportProblem("\(column) '\(id.prefix(40))…' is longer than \(maximumIDLength) bytes")
    }
    let bad = id.utf8.contains { $0 <= 32 || $0 == 127 }
    if bad {
      return ImportProblem(
        "\(column) '\(id)' contains a space or control character; ids are slugs, e.g. ada-2025")
    }
    return nil
  }

  private static func dateProblem(_ column: String, _ text: String) -> ImportProblem {
    ImportProblem("\(column) '\(text)' is not a date; write YYYY-MM-DD, e.g. 2025-12-31")
  }
}

/// What is wrong with one imported row: one sentence, without the `FILE:ROW:` prefix.
public struct ImportProblem: Error, Hashable, Sendable {
  /// The sentence.
  public var message: String

  /// Creates a problem.
  public init(_ message: String) {
    self.message = message
  }
}
