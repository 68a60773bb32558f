import Foundation
import GRDB
import HindsightCore

// MARK: - Catalog items without the fold

extension Ledger {
  /// The catalog's speakers as the ledger knew them at `knownBy` (now when nil), in the order
  /// they first entered the ledger: `catalog(knownBy:)`'s, without folding every catalog
  /// entry when the ledger knows every entry by then (`currentItems`).
  public func catalogSpeakers(knownBy: Date?) throws -> [Speaker] {
    try currentItems(kind: "speaker", of: nil, knownBy: knownBy) {
      guard case .speaker(let speaker) = $0 else { return nil }
      return speaker
    } ?? catalog(knownBy: knownBy).speakers
  }

  /// The catalog's forecasts (withdrawn ones left out) as the ledger knew them at `knownBy`
  /// (now when nil), only those of `speakers` when given, in the order they first entered the
  /// ledger: `catalog(knownBy:)`'s, without folding every catalog entry when the ledger knows
  /// every entry by then (`currentItems`). A listing by speaker on a large catalog then reads
  /// only that speaker's forecasts, through the speaker index.
  public func catalogForecasts(knownBy: Date?, of speakers: Set<String>? = nil) throws
    -> [Forecast]
  {
    try currentItems(kind: "forecast", of: speakers, knownBy: knownBy) {
      guard case .forecast(let forecast) = $0 else { return nil }
      return forecast
    }
      ?? catalog(knownBy: knownBy).forecasts.filter { speakers?.contains($0.speaker) ?? true }
  }

  /// The catalog's question with this id as the ledger holds it now (`catalog_items`), if any.
  public func catalogQuestion(_ id: String) throws -> Question? {
    try writer.read { db in
      guard case .question(let question)? = try Ledger.storedItem(kind: "question", id: id, in: db)
      else { return nil }
      return question
    }
  }

  /// The catalog's forecast with this id as the ledger holds it now, unless it is withdrawn.
  public func catalogForecast(_ id: String) throws -> Forecast? {
    try writer.read { db in
      guard
        case .forecast(let forecast)? = try Ledger.storedItem(
          kind: "forecast", id: id, withdrawn: false, in: db)
      else { return nil }
      return forecast
    }
  }

  /// The ids of the catalog's questions, then of its forecasts not withdrawn, each in the order
  /// they first entered the ledger (what a look-up that fails suggests from).
  public func catalogIDs() throws -> (questions: [String], forecasts: [String]) {
    try writer.read { db in
      (
        try String.fetchAll(
          db, sql: "SELECT id FROM catalog_items WHERE kind = 'question' ORDER BY first_seq"),
        try String.fetchAll(
          db,
          sql:
            "SELECT id FROM catalog_items WHERE kind = 'forecast' AND withdrawn = 0 ORDER BY first_seq"
        )
      )
    }
  }

  /// The current items of one kind (`catalog_items`, withdrawn forecasts left out), those of
  /// `speakers` when given (forecasts), in the order they first entered the ledger; or nil
  /// when an entry was recorded after `knownBy`, so that the current items may not be the
  /// ones known then and the caller folds the entries instead. `verify` holds the table to
  /// what the entries fold to.
  private func currentItems<Item>(
    kind: String, of speakers: Set<String>?, knownBy: Date?,
    _ item: (CatalogItem) -> Item?
  ) throws -> [Item]? {
    try writer.read { db in
      if let knownBy, !(try Ledger.knowsEveryEntry(knownBy, in: db)) { return nil }
      var sql = "SELECT item FROM catalog_items WHERE kind = ? AND withdrawn = 0"
      var arguments: StatementArguments = [kind]
      if let speakers {
        sql += """
           AND id IN (SELECT forecast FROM forecasts
            WHERE imported = 0 AND speaker IN (SELECT value FROM json_each(?)))
          """
        arguments += [JSONValue.array(speakers.sorted().map(JSONValue.string)).canonicalText]
      }
      return try String.fetchAll(db, sql: sql + " ORDER BY first_seq", arguments: arguments)
        .compactMap { item(try CatalogItemJSON.decode(try JSONParser.parse($0), kind: kind)) }
    }
  }
}
