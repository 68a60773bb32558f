import Foundation
import HindsightCore
import HindsightStore
import HindsightWorkspace

extension Workspace {
  /// The workspace the global options describe: the catalog file read, the ledger opened and
  /// the catalog synced (`Workspace.open(catalogFile:…)`: not parsed when the ledger last
  /// synced these bytes), the cut taken from --as-of and --known-by. A command that writes
  /// passes `check`, which looks its input up before anything is written.
  static func open(
    _ global: GlobalOptions, author: String? = nil, now: Date = Date(),
    check: ((Ledger, CatalogLookup) throws -> Void)? = nil
  ) throws -> Workspace {
    let asOf = try global.asOfDay(now: now)
    let knownBy = try global.knownByDate(now: now)
    return try open(
      catalogFile: try catalogFile(path: global.catalogPath), ledgerPath: global.ledgerPath,
      ledger: global.openLedger, asOf: asOf, knownBy: knownBy, author: author, now: now,
      check: check)
  }
}

extension TargetID {
  /// Refuses an id that names nothing before any file is touched: when the ledger file does
  /// not exist yet, no import can hold the id, so only the catalog file is asked (and a ledger
  /// is not rebuilt from its journal just to say so).
  static func refuseUnknown(_ id: String, global: GlobalOptions) throws {
    guard !FileManager.default.fileExists(atPath: global.ledgerPath) else { return }
    let catalog = try Workspace.load(try Workspace.catalogFile(path: global.catalogPath))
    _ = try resolve(id, in: .catalog(catalog))
  }
}
