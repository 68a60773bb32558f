/// Turns the fields of one flat CSV record into a `FlatRow`, or says what is wrong with it.
public enum FlatRowParser {
  /// The longest id accepted, in UTF-8 bytes.
  public static let maximumIDLength = 200

  /// Parses one record's fields given as strings.
  ///
  /// - Returns: the row, or the first problem as one sentence for a `FILE:ROW:` message.
  public static func parse(_ fields: [String]) -> Result<FlatRow, ImportProblem> {
    CSVRecord.withFields(fields) { parse($0).map(FlatRow.init) }
  }

  /// Parses one record where it was read, without making a `String` of a good row; rewrites
  /// its `tags` field in place to the `;`-joined tags without empty ones.
  ///
  /// - Returns: the row (valid while `record` is), or the first problem as one sentence for a
  ///   `FILE:ROW:` message.
  public static func parse(_ record: CSVRecord) -> Result<FlatRowView, ImportProblem> {
    guard record.count == FlatCSV.columns.count else {
      return .failure(
        ImportProblem(
          "expected \(FlatCSV.columns.count) fields (\(FlatCSV.columns.joined(separator: ","))), found \(record.count)"
        ))
    }
    for (index, name) in idColumns {
      if let problem = idProblem(UnsafeBufferPointer(record[index]), column: name) {
        return .failure(problem)
      }
    }
    for (index, name) in textColumns where record[index].isEmpty {
      return .failure(ImportProblem("\(name) is empty; every row needs one"))
    }
    func day(_ index: Int) -> Day? {
      FlatCSV.day(UnsafeBufferPointer(record[index])).flatMap { $0.isPlausible ? $0 : nil }
    }
    guard let saidOn = day(6) else { return .failure(dateProblem("said_on", record.text(6))) }
    let number = FlatCSV.probability(UnsafeBufferPointer(record[7]))
    guard let p = number?.p ?? NumberText.decimal(record.text(7)), p >= 0, p <= 1 else {
      return .failure(
        ImportProblem(
          "p '\(record.text(7))' is not a probability; write a number from 0 to 1, e.g. 0.7"))
    }
    var window: (Day, Day)?
    switch (record[8].isEmpty, record[9].isEmpty) {
    case (true, true): window = nil
    case (false, true), (true, false):
      let given = record[8].isEmpty ? "window_to" : "window_from"
      return .failure(
        ImportProblem("\(given) is given but the other end is empty; give both or neither"))
    case (false, false):
      guard let from = day(8) else { return .failure(dateProblem("window_from", record.text(8))) }
      guard let to = day(9) else { return .failure(dateProblem("window_to", record.text(9))) }
      guard from <= to else {
        return .failure(
          ImportProblem("window_from \(record.text(8)) is after window_to \(record.text(9))"))
      }
      window = (from, to)
    }
    var outcome: VerdictOutcome?
    var resolvedOn: Day?
    if !record[10].isEmpty {
      guard let value = self.outcome(UnsafeBufferPointer(record[10])) else {
        return .failure(
          ImportProblem("outcome '\(record.text(10))' is not true, false, annulled or empty"))
      }
      guard !record[11].isEmpty else {
        return .failure(ImportProblem("outcome \(record.text(10)) needs a resolved_on date"))
      }
      guard let settled = day(11) else {
        return .failure(dateProblem("resolved_on", record.text(11)))
      }
      outcome = value
      resolvedOn = settled
    } else if !record[11].isEmpty {
      return .failure(
        ImportProblem(
          "resolved_on \(record.text(11)) is given but outcome is empty; give both or neither"))
    }
    let tagsLength = record[12].count
    record.shorten(12, to: joinTags(record[12]))
    // A record with no quote, its tags already joined and p in its shortest form is its own
    // canonical line (dates and outcomes are only accepted in canonical form).
    var canonical: UnsafeBufferPointer<UInt8>?
    if let raw = record.raw, record[12].count == tagsLength, !raw.contains(UInt8(ascii: "\"")) {
      var text = FlatCSV.number(p)
      if number?.canonical ?? text.withUTF8({ $0.elementsEqual(record[7]) }) { canonical = raw }
    }
    return .success(
      FlatRowView(
        record: record, saidOn: saidOn, p: p, windowFrom: window?.0, windowTo: window?.1,
        outcome: outcome, resolvedOn: resolvedOn, canonicalText: canonical))
  }

  /// The outcome its bytes name, if any.
  private static func outcome(_ bytes: UnsafeBufferPointer<UInt8>) -> VerdictOutcome? {
    let candidate: VerdictOutcome
    switch bytes.count {
    case 4: candidate = .true
    case 5: candidate = .false
    case 8: candidate = .annulled
    default: return nil
    }
    return bytes.elementsEqual(candidate.rawValue.utf8) ? candidate : nil
  }

  private static let idColumns = [(0, "speaker"), (2, "question"), (4, "forecast")]
  private static let textColumns = [(1, "speaker_name"), (3, "question_title"), (5, "claim")]

  /// Rewrites `;`-separated tags in place without empty ones (`;a;;b;` → `a;b`); returns the
  /// new length.
  private static func joinTags(_ bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
    let semicolon = UInt8(ascii: ";")
    var write = 0
    var previous = semicolon
    for read in bytes.indices {
      let byte = bytes[read]
      if byte == semicolon, previous == semicolon { continue }
      bytes[write] = byte
      write += 1
      previous = byte
    }
    if write > 0, bytes[write - 1] == semicolon { write -= 1 }
    return write
  }

  /// Why `id` cannot be an id, if it cannot: empty, too long, or holding spaces or control characters.
  static func idProblem(_ id: UnsafeBufferPointer<UInt8>, column: String) -> ImportProblem? {
    if id.isEmpty { return ImportProblem("\(column) is empty; every row needs one") }
    if id.count > maximumIDLength {
      let text = String(decoding: id, as: UTF8.self)
      return ImportProblem(
        "\(column) '\(text.prefix(40))…' is longer than \(maximumIDLength) bytes")
    }
    if id.contains(where: { $0 <= 32 || $0 == 127 }) {
      return ImportProblem(
        "\(column) '\(String(decoding: id, as: UTF8.self))' contains a space or control character; ids are slugs, e.g. ada-2025"
      )
    }
    return nil
  }

  private static func dateProblem(_ column: String, _ text: String) -> ImportProblem {
    if let day = Day(text), !day.isPlausible {
      return ImportProblem(
        "\(column) '\(text)' is outside the years \(Day.plausibleYears.lowerBound)–\(Day.plausibleYears.upperBound); check the date"
      )
    }
    return ImportProblem("\(column) '\(text)' is not a date; write YYYY-MM-DD, e.g. 2025-12-31")
  }
}

/// What is wrong with one imported row: one sentence, without the `FILE:ROW:` prefix.
public struct ImportProblem: Error, Hashable, Sendable {
  /// The sentence.
  public var message: String

  /// Creates a problem; control characters in the values it quotes are escaped
  /// (`ProblemText.visible`), so that it prints as one `FILE:ROW:` line.
  public init(_ message: String) {
    self.message = ProblemText.visible(message)
  }
}
