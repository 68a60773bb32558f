import HindsightCore

/// What a bulk import added: its entry, or nil when the file held nothing new, and how many of
/// its rows were new forecasts, outcomes for forecasts of earlier imports, or already held.
public struct ImportResult: Sendable {
  /// The import entry; nil when nothing was new and nothing was written.
  public var entry: LedgerEntry?
  /// New forecasts (the entry's rows).
  public var forecasts: Int
  /// Outcomes recorded for forecasts earlier imports brought without one.
  public var resolutions: Int
  /// Rows the ledger already held, outcome and all.
  public var held: Int
}
