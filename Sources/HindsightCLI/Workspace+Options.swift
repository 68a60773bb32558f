import Foundation
import HindsightCore
import HindsightStore
import HindsightWorkspace

extension Workspace {
  /// The workspace the global options describe: the catalog loaded and validated (unless
  /// the caller already did), the ledger opened, `check` run on it, the catalog synced, the
  /// cut taken from --as-of and --known-by.
  static func open(
    _ global: GlobalOptions, catalog loaded: Catalog? = nil, author: String? = nil,
    now: Date = Date(), check: (Ledger) throws -> Void = { _ in }
  ) throws -> Workspace {
    let asOf = try global.asOfDay(now: now)
    let knownBy = try global.knownByDate(now: now)
    return try open(
      catalog: try loaded ?? loadCatalog(path: global.catalogPath), ledger: global.openLedger,
      asOf: asOf, knownBy: knownBy, author: author, now: now, check: check)
  }
}
