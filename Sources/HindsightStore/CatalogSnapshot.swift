import Foundation
import HindsightCore

/// The catalog as the ledger knew it at some moment: a fold of its catalog entries.
public struct CatalogSnapshot: Hashable, Sendable {
  /// Sources, in the order they first entered the ledger.
  public var sources: [Source] = []
  /// Speakers, in the order they first entered the ledger.
  public var speakers: [Speaker] = []
  /// Questions, in the order they first entered the ledger.
  public var questions: [Question] = []
  /// Forecasts not withdrawn, in the order they first entered the ledger.
  public var forecasts: [Forecast] = []
  /// Ids of withdrawn forecasts, in the order they first entered the ledger.
  public var withdrawn: [String] = []

  /// Creates an empty snapshot.
  public init() {}

  /// Folds the catalog entries (`catalogAdd`, `amendment`, `withdrawal`) recorded at or before
  /// `knownBy` (all when nil), in seq order; other entries are ignored. An add or amendment sets
  /// an item to its new state (and restores a withdrawn forecast); a withdrawal removes a
  /// forecast.
  public static func fold(_ entries: [LedgerEntry], knownBy: Date? = nil) -> CatalogSnapshot {
    var order: [ItemKey] = []
    var items: [ItemKey: CatalogItem] = [:]
    var withdrawn: Set<String> = []
    let cutoff = knownBy.map(Timestamp.format)
    for entry in entries.sorted(by: { $0.seq < $1.seq }) {
      if let cutoff, Timestamp.format(entry.recordedAt) > cutoff { continue }
      switch entry.payload {
      case .catalogAdd(let item), .amendment(let item, _):
        let key = ItemKey(kind: item.kindName, id: item.id)
        if items[key] == nil { order.append(key) }
        items[key] = item
        if item.kindName == "forecast" { withdrawn.remove(item.id) }
      case .withdrawal(let forecast):
        if items[ItemKey(kind: "forecast", id: forecast)] != nil { withdrawn.insert(forecast) }
      default:
        continue
      }
    }
    var snapshot = CatalogSnapshot()
    for key in order {
      switch items[key]! {
      case .source(let source): snapshot.sources.append(source)
      case .speaker(let speaker): snapshot.speakers.append(speaker)
      case .question(let question): snapshot.questions.append(question)
      case .forecast(let forecast):
        if withdrawn.contains(forecast.id) {
          snapshot.withdrawn.append(forecast.id)
        } else {
          snapshot.forecasts.append(forecast)
        }
      }
    }
    return snapshot
  }

  /// A `Catalog` of this snapshot's items (withdrawn forecasts left out); the ledger does not
  /// store the format version or the confidence scale, so the caller passes the current file's.
  public func catalog(version: Int, confidenceScale: ConfidenceScale) -> Catalog {
    Catalog(
      version: version, confidenceScale: confidenceScale, sources: sources, speakers: speakers,
      questions: questions, forecasts: forecasts)
  }

  /// A `Catalog` of this snapshot's items with the file's `header`.
  public func catalog(_ header: CatalogHeader) -> Catalog {
    catalog(version: header.version, confidenceScale: header.confidenceScale)
  }
}
