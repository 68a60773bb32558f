/// The flat CSV of SPEC §9 and its canonical text (docs/import.md).
///
/// The canonical text of a set of rows is the header line and one line per row, each ended by
/// LF; a field is written in double quotes (inner quotes doubled) exactly when it contains a
/// comma, a double quote, CR or LF; dates are `YYYY-MM-DD`; `p` is the shortest decimal that
/// reads back as the same double (`0.7`, `1e-05`), `0` and `1` without a decimal point; `tags`
/// are joined by `;`; empty optional fields are empty.
public enum FlatCSV {
  /// The column names, in order.
  public static let columns = [
    "speaker", "speaker_name", "question", "question_title", "forecast", "claim", "said_on", "p",
    "window_from", "window_to", "outcome", "resolved_on", "tags",
  ]

  /// The header line of the canonical text, with its LF.
  public static let headerLine = columns.joined(separator: ",") + "\n"

  /// The canonical text of `p`.
  public static func number(_ p: Double) -> String {
    if p == p.rounded(), abs(p) < 1e15 { return String(Int64(p)) }
    return p.description
  }

  /// Appends one field, quoted when it must be.
  public static func appendField(_ text: String, to line: inout [UInt8]) {
    var text = text
    text.withUTF8 { appendField($0, to: &line) }
  }

  /// Appends one field from its UTF-8 bytes, quoted when it must be.
  public static func appendField(_ bytes: UnsafeBufferPointer<UInt8>, to line: inout [UInt8]) {
    let needsQuotes = bytes.contains {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13
    }
    guard needsQuotes else {
      line.append(contentsOf: bytes)
      return
    }
    line.append(UInt8(ascii: "\""))
    for byte in bytes {
      if byte == UInt8(ascii: "\"") { line.append(byte) }
      line.append(byte)
    }
    line.append(UInt8(ascii: "\""))
  }

  /// The canonical line of one row (with its LF), given the outcome columns to write.
  public static func appendLine(
    _ row: some FlatRecord, outcome: VerdictOutcome?, resolvedOn: Day?, to line: inout [UInt8]
  ) {
    let comma = UInt8(ascii: ",")
    for field in [FlatTextField.speaker, .speakerName, .question, .questionTitle, .forecast] {
      row.withText(field) { appendField($0, to: &line) }
      line.append(comma)
    }
    row.withText(.claim) { appendField($0, to: &line) }
    line.append(comma)
    appendDay(row.saidOn, to: &line)
    line.append(comma)
    appendNumber(row.p, to: &line)
    for day in [row.windowFrom, row.windowTo] {
      line.append(comma)
      if let day { appendDay(day, to: &line) }
    }
    line.append(comma)
    if let outcome { line.append(contentsOf: outcome.rawValue.utf8) }
    line.append(comma)
    if let resolvedOn { appendDay(resolvedOn, to: &line) }
    line.append(comma)
    row.withText(.tags) { appendField($0, to: &line) }
    line.append(10)
  }

  /// The canonical line of a row with its own outcome.
  public static func appendLine(_ row: some FlatRecord, to line: inout [UInt8]) {
    appendLine(row, outcome: row.outcome, resolvedOn: row.resolvedOn, to: &line)
  }

  /// Appends the canonical text of `p`.
  static func appendNumber(_ p: Double, to line: inout [UInt8]) {
    var text = number(p)
    text.withUTF8 { line.append(contentsOf: $0) }
  }

  /// Appends `YYYY-MM-DD` (years 1–9999).
  public static func appendDay(_ day: Day, to line: inout [UInt8]) {
    let (year, month, date) = day.components
    let zero = UInt8(ascii: "0")
    let dash = UInt8(ascii: "-")
    let bytes: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
      zero + UInt8(year / 1000 % 10), zero + UInt8(year / 100 % 10), zero + UInt8(year / 10 % 10),
      zero + UInt8(year % 10), dash, zero + UInt8(month / 10), zero + UInt8(month % 10), dash,
      zero + UInt8(date / 10), zero + UInt8(date % 10)
    )
    withUnsafeBytes(of: bytes) { line.append(contentsOf: $0) }
  }

  /// Parses a strict `YYYY-MM-DD` date without allocating.
  public static func day(_ text: String) -> Day? {
    let utf8 = text.utf8
    guard utf8.count == 10 else { return nil }
    return utf8.withContiguousStorageIfAvailable { bytes in day(bytes) } ?? Day(text)
  }

  /// Parses a strict `YYYY-MM-DD` date from its UTF-8 bytes.
  public static func day(_ b: UnsafeBufferPointer<UInt8>) -> Day? {
    guard b.count == 10 else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for i in range {
        guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(b[i] - UInt8(ascii: "0"))
      }
      return value
    }
    guard b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), let y = number(0..<4),
      let m = number(5..<7), let d = number(8..<10)
    else { return nil }
    return Day(year: y, month: m, day: d)
  }
}
