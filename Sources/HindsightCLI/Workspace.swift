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
  static func open(
    _ global: GlobalOptions, catalog loaded: Catalog? = nil, author: String? = nil,
    now: Date = Date()
  ) throws -> Workspace {
    let asOf = try global.asOfDay(now: now)
    let knownBy = try global.knownByDate(now: now)
    let catalog = try loaded ?? loadCatalog(path: global.catalogPath)
    let ledger = try Ledger(path: global.ledgerPath)
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

  /// The catalog as the ledger knew it at the cut, with the file's confidence scale, and the
  /// speakers, questions and forecasts of the bulk imports known at the cut.
  func catalogAtCut() throws -> Catalog {
    try ImportedAtCut(ledger: ledger, knownBy: knownBy).adding(to: ledgerCatalogAtCut())
  }

  /// The catalog items of the ledger's catalog entries at the cut (imports left out).
  func ledgerCatalogAtCut() throws -> Catalog {
    try ledger.catalog(knownBy: knownBy).catalog(
      version: catalog.version, confidenceScale: catalog.confidenceScale)
  }

  /// Every forecast's resolution at the cut.
  func resolutions() throws -> [Resolution] {
    try resolutions(entries: ledger.entries(knownBy: knownBy))
  }

  /// Every forecast's resolution at the cut, given the entries already read; imported
  /// forecasts resolve like the others, their imported outcomes counting as verdicts.
  func resolutions(entries: [LedgerEntry]) throws -> [Resolution] {
    try resolver(entries: entries).resolveAll()
  }

  /// The resolver at the cut, over the catalog and the imports.
  func resolver(entries: [LedgerEntry]) throws -> Resolver {
    let imported = try ImportedAtCut(ledger: ledger, knownBy: knownBy)
    var facts = LedgerFacts(entries: entries, asOf: asOf, knownBy: knownBy)
    facts.addImported(imported.verdicts)
    return Resolver(
      catalog: imported.adding(to: try ledgerCatalogAtCut()), facts: facts, asOf: asOf)
  }
}

extension Workspace {
  /// Each forecast's status, outcome and resolved-on date at the cut, by forecast id.
  func states() throws -> [String: ForecastState] {
    Dictionary(
      uniqueKeysWithValues: try resolutions().map {
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
