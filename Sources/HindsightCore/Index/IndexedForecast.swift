/// One forecast as the ledger's index holds it, catalog or imported alike, with its state at
/// a cut.
public struct IndexedForecast: Hashable, Sendable {
  /// The forecast as a flat row; `outcome` and `resolvedOn` are its state at the cut.
  public var row: FlatRow
  /// Its question's kind.
  public var kind: QuestionKind
  /// The day a numeric forecast is judged at.
  public var at: Day?
  /// Whether a bulk import wrote it (else the catalog did).
  public var imported: Bool
  /// The entry that added it: its catalog entry, or its import.
  public var seq: Int64
  /// Its status at the cut.
  public var status: ForecastStatus

  /// The day the forecast closes: the window's end or the numeric date.
  public var closesOn: Day?
  /// Its place in file order (the index's rowid) when a scoring read asked for it, else 0.
  public var position: Int64 = 0

  /// Creates an indexed forecast; `closesOn` defaults to the window's end or the numeric date.
  public init(
    row: FlatRow, kind: QuestionKind, at: Day?, imported: Bool, seq: Int64,
    status: ForecastStatus, closesOn: Day?? = nil
  ) {
    self.row = row
    self.kind = kind
    self.at = at
    self.imported = imported
    self.seq = seq
    self.status = status
    self.closesOn = closesOn ?? (row.windowTo ?? at)
  }
}
