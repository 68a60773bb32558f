/// The file format a bulk import was read from.
public enum ImportFormat: String, Hashable, Sendable, Codable, CaseIterable {
  /// The flat CSV of SPEC §9, one forecast a row.
  case csv
  /// Fatebook's CSV export.
  case fatebook
}

/// A whole file of forecasts recorded as one ledger entry (docs/ledger.md, "Bulk imports").
///
/// The imported speakers, binary questions, forecasts and outcomes live in the derived table
/// `imported_forecasts`, written in the same transaction; `rowsSHA256` is the SHA-256 of their
/// canonical flat CSV text, so `verify` can recompute it from that table.
public struct BulkImport: Hashable, Sendable, Codable {
  /// The imported file's name (its last path component).
  public var file: String
  /// The file's format.
  public var format: ImportFormat
  /// How many forecasts the import created (rows of its canonical flat CSV).
  public var rows: Int
  /// SHA-256 of the canonical flat CSV text of the imported forecasts, lowercase hex.
  public var rowsSHA256: String

  /// Creates a bulk-import record.
  public init(file: String, format: ImportFormat, rows: Int, rowsSHA256: String) {
    self.file = file
    self.format = format
    self.rows = rows
    self.rowsSHA256 = rowsSHA256
  }
}
