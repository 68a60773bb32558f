import Foundation
import HindsightCore
import HindsightReports
import HindsightStore

/// The catalog and the ledger a command works on, opened and synced.
///
/// Opening a workspace validates the catalog file (an invalid one stops the command before
/// anything is written), opens the ledger and records any change of the catalog in it.
struct Workspace {
  /// The catalog file as it is now.
  let catalog: Catalog
  /// The ledger.
  let ledger: Ledger
  /// Valid time of the command.
  let asOf: Day
  /// Transaction time of the command.
  let knownBy: Date
  /// The catalog entries written by this command's sync (empty when the file was unchanged).
  let synced: [LedgerEntry]

  /// Loads and validates the catalog (unless the caller already did), opens the ledger, syncs,
  /// and fixes the cut.
  ///
  /// Commands that write check their own input against `loadCatalog` first and pass the
  /// catalog in, so that bad input stops them before the sync writes anything.
  ///
  /// - Parameter check: runs on the opened ledger before the sync, to refuse input that the
  ///   ledger must judge (an id only an import holds, an entry that cannot be retracted)
  ///   before anything is written.
  static func open(
    _ global: GlobalOptions, catalog loaded: Catalog? = nil, author: String? = nil,
    now: Date = Date(), check: (Ledger) throws -> Void = { _ in }
  ) throws -> Workspace {
    let asOf = try global.asOfDay(now: now)
    let knownBy = try global.knownByDate(now: now)
    let catalog = try loaded ?? loadCatalog(path: global.catalogPath)
    let ledger = try global.openLedger()
    try check(ledger)
    let synced = try ledger.sync(catalog, author: author ?? Author.current, at: now)
    return Workspace(
      catalog: catalog, ledger: ledger, asOf: asOf, knownBy: knownBy, synced: synced)
  }

  /// Reads and validates a catalog file, or throws every problem at once.
  static func loadCatalog(path: String) throws -> Catalog {
    let result = CatalogLoader.load(path: path)
    guard let catalog = result.catalog, result.problems.isEmpty else {
      throw CLIError.invalidCatalog(path: path, problems: result.problems.map(\.description))
    }
    return catalog
  }

  /// The catalog folded from entries already read (imports left out), with the file's
  /// confidence scale.
  func ledgerCatalog(from entries: [LedgerEntry]) -> Catalog {
    CatalogSnapshot.fold(entries).catalog(
      version: catalog.version, confidenceScale: catalog.confidenceScale)
  }

  /// Everything a reading command needs at the cut (or at another one), read from the ledger
  /// once: the entries, the catalog they describe with the bulk imports added, and the
  /// resolver over both, imported outcomes counting as verdicts.
  func view(asOf day: Day? = nil, knownBy time: Date? = nil) throws -> CutView {
    let asOf = day ?? self.asOf
    let knownBy = time ?? self.knownBy
    let entries = try ledger.entries(knownBy: knownBy)
    let imported = try ImportedAtCut(ledger: ledger, knownBy: knownBy)
    let catalog = imported.adding(to: ledgerCatalog(from: entries))
    var facts = LedgerFacts(entries: entries, asOf: asOf, knownBy: knownBy)
    facts.addImported(imported.verdicts)
    return CutView(
      entries: entries, catalog: catalog, imported: imported.verdicts,
      resolver: Resolver(catalog: catalog, facts: facts, asOf: asOf))
  }
}

/// The ledger as one cut sees it: what reading commands show.
struct CutView {
  /// The entries recorded by the cut's known-by, in seq order.
  let entries: [LedgerEntry]
  /// The catalog at the cut, bulk imports included.
  let catalog: Catalog
  /// The outcomes of the bulk imports, as verdict facts.
  let imported: [Recorded<Verdict>]
  /// The resolver at the cut.
  let resolver: Resolver

  /// Every forecast's resolution, in catalog order.
  func resolutions() -> [Resolution] {
    resolver.resolveAll()
  }

  /// Each forecast's status, outcome and resolved-on date, by forecast id.
  func states() -> [String: ForecastState] {
    Dictionary(
      uniqueKeysWithValues: resolutions().map {
        (
          $0.forecast,
          ForecastState(status: $0.status, outcome: $0.outcome, resolvedOn: $0.resolvedOn)
        )
      })
  }
}

/// Who a write is recorded as.
enum Author {
  /// The login name, else "unknown".
  static var current: String {
    let env = ProcessInfo.processInfo.environment
    let name = env["USER"] ?? env["LOGNAME"] ?? NSUserName()
    return name.isEmpty ? "unknown" : name
  }
}
