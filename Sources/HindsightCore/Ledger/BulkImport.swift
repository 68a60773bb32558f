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
/// `forecasts`, written in the same transaction; `rowsSHA256` is the SHA-256 of their
/// canonical flat CSV text, so `verify` can recompute it from that table. Outcomes it adds to
/// forecasts of earlier imports live in `import_resolutions`, hashed the same way.
public struct BulkImport: Hashable, Sendable, Codable {
  /// The imported file's name (its last path component).
  public var file: String
  /// The file's format.
  public var format: ImportFormat
  /// How many forecasts the import created (rows of its canonical flat CSV).
  public var rows: Int
  /// SHA-256 of the canonical flat CSV text of the imported forecasts, lowercase hex.
  public var rowsSHA256: String
  /// How many outcomes the import recorded for forecasts that earlier imports brought without
  /// one (`ImportedResolution`); 0 for a first import.
  public var resolutions: Int
  /// SHA-256 of the resolutions' canonical text, lowercase hex; nil when there are none.
  public var resolutionsSHA256: String?

  /// Creates a bulk-import record.
  public init(
    file: String, format: ImportFormat, rows: Int, rowsSHA256: String, resolutions: Int = 0,
    resolutionsSHA256: String? = nil
  ) {
    self.file = file
    self.format = format
    self.rows = rows
    self.rowsSHA256 = rowsSHA256
    self.resolutions = resolutions
    self.resolutionsSHA256 = resolutionsSHA256
  }
}
