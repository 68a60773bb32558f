import HindsightCore

/// A catalog amendment recorded during the reviewed year.
public struct AmendmentItem: Hashable, Sendable {
  /// The entry's seq.
  public var seq: Int64
  /// The day it was recorded (UTC).
  public var recordedOn: Day
  /// `question`, `forecast`, `speaker` or `source`.
  public var kind: String
  /// The amended item's id.
  public var item: String
  /// The fields it changed.
  public var changes: [FieldChange]
  /// The forecasts that had already closed when it changed their criteria, window, target or
  /// confidence (the resolver's `amended-after-close` rule); empty when none.
  public var afterCloseFor: [String]

  /// Creates an item.
  public init(
    seq: Int64, recordedOn: Day, kind: String, item: String, changes: [FieldChange],
    afterCloseFor: [String]
  ) {
    self.seq = seq
    self.recordedOn = recordedOn
    self.kind = kind
    self.item = item
    self.changes = changes
    self.afterCloseFor = afterCloseFor
  }
}
