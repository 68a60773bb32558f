import HindsightCore

/// The two parts of a catalog file that the ledger's entries do not hold: its format version
/// and its confidence scale. With the ledger's catalog entries they make the file's catalog
/// (`CatalogSnapshot.catalog(version:confidenceScale:)`).
public struct CatalogHeader: Hashable, Sendable, Codable {
  /// The file's `version`.
  public var version: Int
  /// The file's confidence scale.
  public var confidenceScale: ConfidenceScale

  /// The header of `catalog`.
  public init(of catalog: Catalog) {
    version = catalog.version
    confidenceScale = catalog.confidenceScale
  }
}
