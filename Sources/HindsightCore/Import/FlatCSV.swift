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
    if let text = row.canonicalText {
      line.append(contentsOf: text)
      line.append(10)
    } else {
      appendLine(row, outcome: row.outcome, resolvedOn: row.resolvedOn, to: &line)
    }
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
    guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
    var valid = true
    func digit(_ i: Int) -> Int {
      let value = Int(b[i]) &- Int(UInt8(ascii: "0"))
      if value < 0 || value > 9 { valid = false }
      return value
    }
    let year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
    let month = digit(5) * 10 + digit(6)
    let date = digit(8) * 10 + digit(9)
    return valid ? Day(year: year, month: month, day: date) : nil
  }

  /// Parses a probability written `0`, `1` or `0.` and up to 15 digits without allocating,
  /// and says whether the text is already canonical (`number(p)`); nil for any other form,
  /// which `NumberText.decimal(_:)` then reads.
  ///
  /// The value is exact: a whole number below 10^15 divided by a power of ten up to 10^15, both
  /// exact doubles, gives the correctly rounded quotient. Decimals of at most 15 significant
  /// digits read back to distinct doubles, so such a text without trailing zeros is the shortest
  /// one for its value, and `description` writes it unchanged from 10^-4 on.
  public static func probability(_ b: UnsafeBufferPointer<UInt8>) -> (p: Double, canonical: Bool)? {
    if b.count == 1, b[0] == UInt8(ascii: "0") || b[0] == UInt8(ascii: "1") {
      return (b[0] == UInt8(ascii: "0") ? 0 : 1, true)
    }
    guard b.count >= 3, b.count <= 17, b[0] == UInt8(ascii: "0"), b[1] == UInt8(ascii: ".")
    else { return nil }
    var whole: Int64 = 0
    var leadingZeros = 0
    for i in 2..<b.count {
      let digit = Int64(b[i]) - Int64(UInt8(ascii: "0"))
      guard digit >= 0, digit <= 9 else { return nil }
      if whole == 0, digit == 0 { leadingZeros += 1 }
      whole = whole * 10 + digit
    }
    let p = Double(whole) / powersOfTen[b.count - 2]
    let canonical = whole != 0 && b[b.count - 1] != UInt8(ascii: "0") && leadingZeros <= 3
    return (p, canonical)
  }

  private static let powersOfTen: [Double] = (0...15).map {
    (0..<$0).reduce(1.0) { p, _ in p * 10 }
  }
}
