import Foundation
import HindsightCore
import HindsightStore
import HindsightWorkspace

extension Workspace {
  /// The workspace the global options describe: the catalog file read, the ledger opened and
  /// the catalog synced (`Workspace.open(catalogFile:…)`: not parsed when the ledger last
  /// synced these bytes), the cut taken from --as-of and --known-by.
  static func open(_ global: GlobalOptions, author: String? = nil, now: Date = Date()) throws
    -> Workspace
  {
    let asOf = try global.asOfDay(now: now)
    let knownBy = try global.knownByDate(now: now)
    return try open(
      catalogFile: try catalogFile(path: global.catalogPath), ledgerPath: global.ledgerPath,
      ledger: global.openLedger, asOf: asOf, knownBy: knownBy, author: author, now: now)
  }

  /// The workspace of a command that checked its input against `catalog`, parsed from
  /// `file`: the ledger opened, `check` run on it, the catalog synced.
  static func open(
    _ global: GlobalOptions, file: CatalogFile, catalog: Catalog, author: String? = nil,
    now: Date = Date(), check: (Ledger) throws -> Void = { _ in }
  ) throws -> Workspace {
    let asOf = try global.asOfDay(now: now)
    let knownBy = try global.knownByDate(now: now)
    return try open(
      catalog: catalog, fileSHA256: file.sha256, ledger: global.openLedger, asOf: asOf,
      knownBy: knownBy, author: author, now: now, check: check)
  }

  /// The catalog file of the global options, read and parsed, for a command that checks its
  /// input against it before the ledger is opened.
  static func parsedCatalog(_ global: GlobalOptions) throws -> (file: CatalogFile, catalog: Catalog)
  {
    let file = try catalogFile(path: global.catalogPath)
    return (file, try load(file))
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
