/// A flat CSV row parsed where it was read: the text fields are the bytes of its `CSVRecord`,
/// so checking, hashing and storing a row makes no `String`. Valid only while its record is.
public struct FlatRowView: FlatRecord {
  let record: CSVRecord
  /// The day the forecast was made.
  public let saidOn: Day
  /// The probability that the claim is true, in [0, 1].
  public let p: Double
  /// The first day of the window, when it has one.
  public let windowFrom: Day?
  /// The last day of the window, when it has one.
  public let windowTo: Day?
  /// The outcome, when settled.
  public let outcome: VerdictOutcome?
  /// The day the outcome was settled.
  public let resolvedOn: Day?
  /// The record's bytes, when they are the row's canonical line.
  public let canonicalText: UnsafeBufferPointer<UInt8>?

  /// Calls `body` with the UTF-8 bytes of a text field; `tags` come `;`-joined (the parser has
  /// rewritten them so in place).
  public func withText<Result>(
    _ field: FlatTextField, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    try body(UnsafeBufferPointer(record[field.rawValue]))
  }
}
