import Foundation
import HindsightCore

/// Why the catalog could not be read.
enum CatalogAccessError: LocalizedError {
  /// The catalog loader is not part of this build yet.
  case loaderNotAvailable(path: String)

  var errorDescription: String? {
    switch self {
    case .loaderNotAvailable(let path):
      "Cannot read the catalog '\(path)': this build of hindsight has no catalog loader yet."
    }
  }
}

/// Loads the catalog the global options point at.
func loadCatalog(_ global: GlobalOptions) throws -> Catalog {
  // wiring point: replace this body with `CatalogLoader.load(path: global.catalogPath)`,
  // throwing its problems when `catalog` is nil. This is the only placeholder.
  throw CatalogAccessError.loaderNotAvailable(path: global.catalogPath)
}
