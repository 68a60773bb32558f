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

extension TargetID {
  /// Refuses an id that names nothing before any file is touched: when the ledger file does
  /// not exist yet, no import can hold the id, so only the catalog is asked (and a ledger is
  /// not rebuilt from its journal just to say so).
  static func refuseUnknown(_ id: String, in catalog: Catalog, global: GlobalOptions) throws {
    guard !FileManager.default.fileExists(atPath: global.ledgerPath) else { return }
    _ = try resolve(id, in: catalog)
  }
}
