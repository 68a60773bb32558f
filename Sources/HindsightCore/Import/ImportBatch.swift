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

  /// Adds a row read from record `record`.
  public mutating func append(_ row: some FlatRecord, record: Int) {
    for column in ImportBatch.columns {
      row.withText(column) { bytes.append(contentsOf: $0) }
      ends.append(bytes.count)
    }
    rows.append(Row(record: record, p: row.p, outcome: row.outcome))
  }

  /// Where column `column` (an index into `columns`) of row `row` is in `bytes`.
  public func range(ofRow row: Int, column: Int) -> Range<Int> {
    let index = row * ImportBatch.columns.count + column
    return (index == 0 ? 0 : ends[index - 1])..<ends[index]
  }

  /// The text of column `column` of row `row`.
  public func text(ofRow row: Int, column: Int) -> String {
    String(decoding: bytes[range(ofRow: row, column: column)], as: UTF8.self)
  }
}
