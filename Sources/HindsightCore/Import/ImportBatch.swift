/// Accepted rows of an import on their way into the ledger, packed: each row's text and date
/// columns one after another as bytes, with its probability, outcome and record number.
///
/// One thread reads, checks and hashes rows into batches while another inserts them.
public struct ImportBatch: Sendable {
  /// The columns kept as bytes, in order; an absent date is empty.
  public static let columns: [FlatTextField] = [
    .speaker, .speakerName, .question, .questionTitle, .forecast, .claim, .saidOn, .windowFrom,
    .windowTo, .resolvedOn, .tags,
  ]

  /// What a row has besides its bytes.
  public struct Row: Sendable {
    /// The record it was read from.
    public var record: Int
    /// The probability.
    public var p: Double
    /// The outcome.
    public var outcome: VerdictOutcome?
    /// What the inserting side checks against the ledger.
    public var lookUps: ImportLookUps = []
  }

  /// The bytes of every row's columns.
  public private(set) var bytes: [UInt8] = []
  /// Where each column of each row ends in `bytes` (`columns.count` a row).
  private var ends: [Int] = []
  /// The rows.
  public private(set) var rows: [Row] = []

  /// Creates an empty batch with room for `capacity` bytes of columns.
  public init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// How many rows.
  public var count: Int { rows.count }

  /// Adds a row read from record `record`, with what the inserting side checks about it.
  public mutating func append(_ row: some FlatRecord, record: Int, lookUps: ImportLookUps = []) {
    for column in ImportBatch.columns {
      row.withText(column) { bytes.append(contentsOf: $0) }
      ends.append(bytes.count)
    }
    rows.append(Row(record: record, p: row.p, outcome: row.outcome, lookUps: lookUps))
  }

  /// Where column `column` (an index into `columns`) of row `row` is in `bytes`.
  public func range(ofRow row: Int, column: Int) -> Range<Int> {
    let index = row * ImportBatch.columns.count + column
    return (index == 0 ? 0 : ends[index - 1])..<ends[index]
  }

  /// Row `row` as strings (for the few rows the inserting side compares with the ledger).
  public func row(at row: Int) -> FlatRow {
    func text(_ field: FlatTextField) -> String {
      self.text(ofRow: row, column: ImportBatch.columns.firstIndex(of: field)!)
    }
    return FlatRow(
      speaker: text(.speaker), speakerName: text(.speakerName), question: text(.question),
      questionTitle: text(.questionTitle), forecast: text(.forecast), claim: text(.claim),
      saidOn: Day(text(.saidOn)) ?? Day(daysSinceEpoch: 0), p: rows[row].p,
      windowFrom: Day(text(.windowFrom)), windowTo: Day(text(.windowTo)),
      outcome: rows[row].outcome, resolvedOn: Day(text(.resolvedOn)),
      tags: FlatRow.tags(joined: text(.tags)))
  }

  /// The text of column `column` of row `row`.
  public func text(ofRow row: Int, column: Int) -> String {
    String(decoding: bytes[range(ofRow: row, column: column)], as: UTF8.self)
  }
}
