/// One row of the flat CSV as an import reads, checks, hashes and stores it: its text fields as
/// UTF-8 bytes, its dates, probability and outcome as values.
///
/// `FlatRow` (strings) and `FlatRowView` (bytes of the record just read, no strings made) are
/// both flat records, so one validator and one sink serve the flat CSV and Fatebook alike.
public protocol FlatRecord {
  /// Calls `body` with the UTF-8 bytes of a field; `tags` come `;`-joined, dates as
  /// `YYYY-MM-DD` (empty when absent).
  func withText<Result>(
    _ field: FlatTextField, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result
  /// The day the forecast was made.
  var saidOn: Day { get }
  /// The probability that the claim is true, in [0, 1].
  var p: Double { get }
  /// The first day of the window, when it has one.
  var windowFrom: Day? { get }
  /// The last day of the window, when it has one.
  var windowTo: Day? { get }
  /// The outcome, when settled.
  var outcome: VerdictOutcome? { get }
  /// The day the outcome was settled.
  var resolvedOn: Day? { get }
  /// The row's canonical line without its LF, when the row already holds it as it is (a row
  /// read in canonical form); nil otherwise.
  var canonicalText: UnsafeBufferPointer<UInt8>? { get }
}

/// The columns of the flat CSV that a flat record gives as text, by their position.
public enum FlatTextField: Int, CaseIterable, Sendable {
  case speaker = 0
  case speakerName = 1
  case question = 2
  case questionTitle = 3
  case forecast = 4
  case claim = 5
  case saidOn = 6
  case windowFrom = 8
  case windowTo = 9
  case resolvedOn = 11
  /// The tags, `;`-joined without empty ones.
  case tags = 12

  /// Whether the column is a date (empty when absent).
  public var isDate: Bool {
    switch self {
    case .saidOn, .windowFrom, .windowTo, .resolvedOn: true
    default: false
    }
  }
}

extension FlatRecord {
  /// The text of a field.
  public func text(_ field: FlatTextField) -> String {
    withText(field) { String(decoding: $0, as: UTF8.self) }
  }
}

extension FlatRow: FlatRecord {
  /// Nil: a row of strings is written out field by field.
  public var canonicalText: UnsafeBufferPointer<UInt8>? { nil }

  /// Calls `body` with the UTF-8 bytes of a field; `tags` come `;`-joined, dates as
  /// `YYYY-MM-DD` (empty when absent).
  public func withText<Result>(
    _ field: FlatTextField, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    var text: String
    switch field {
    case .speaker: text = speaker
    case .speakerName: text = speakerName
    case .question: text = question
    case .questionTitle: text = questionTitle
    case .forecast: text = forecast
    case .claim: text = claim
    case .saidOn: text = saidOn.description
    case .windowFrom: text = windowFrom?.description ?? ""
    case .windowTo: text = windowTo?.description ?? ""
    case .resolvedOn: text = resolvedOn?.description ?? ""
    case .tags: text = tags.count == 1 ? tags[0] : tags.joined(separator: ";")
    }
    return try text.withUTF8 { try body($0) }
  }

  /// The row a flat record holds, as strings.
  public init(_ record: some FlatRecord) {
    let tags = record.text(.tags)
    self.init(
      speaker: record.text(.speaker), speakerName: record.text(.speakerName),
      question: record.text(.question), questionTitle: record.text(.questionTitle),
      forecast: record.text(.forecast), claim: record.text(.claim), saidOn: record.saidOn,
      p: record.p, windowFrom: record.windowFrom, windowTo: record.windowTo,
      outcome: record.outcome, resolvedOn: record.resolvedOn,
      tags: FlatRow.tags(joined: tags))
  }
}
