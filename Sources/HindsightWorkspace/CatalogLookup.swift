import HindsightCore
import HindsightStore

/// Where a command looks up the catalog ids it is given: a catalog in memory (the file as
/// parsed, or the ledger's at a cut), or, when the ledger last synced the catalog file's very
/// bytes, the ledger's items (`catalog_items`) less the questions the file dropped. For a write
/// either way finds an id exactly when the file holds it.
public enum CatalogLookup: Sendable {
  /// A catalog in memory.
  case catalog(Catalog)
  /// The ledger's current items, without the questions the file lacks
  /// (`SyncedCatalogFile.droppedQuestions`).
  case ledger(Ledger, dropped: Set<String>)

  /// The question with this id.
  public func question(_ id: String) throws -> Question? {
    switch self {
    case .catalog(let catalog): catalog.question(id)
    case .ledger(let ledger, let dropped):
      dropped.contains(id) ? nil : try ledger.catalogQuestion(id)
    }
  }

  /// The forecast with this id (a withdrawn one is not in the file).
  public func forecast(_ id: String) throws -> Forecast? {
    switch self {
    case .catalog(let catalog): catalog.forecast(id)
    case .ledger(let ledger, _): try ledger.catalogForecast(id)
    }
  }

  /// The ids of the questions, then of the forecasts, that an unknown id is compared with.
  public func ids() throws -> [String] {
    switch self {
    case .catalog(let catalog): return catalog.questions.map(\.id) + catalog.forecasts.map(\.id)
    case .ledger(let ledger, let dropped):
      let ids = try ledger.catalogIDs()
      return ids.questions.filter { !dropped.contains($0) } + ids.forecasts
    }
  }
}
