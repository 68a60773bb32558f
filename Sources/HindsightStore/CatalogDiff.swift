import Foundation
import HindsightCore

/// The pure difference between a catalog file and the catalog items the ledger holds, as the
/// payloads a sync appends.
public enum CatalogDiff {
  /// The payloads that bring the ledger's catalog items in line with `catalog`:
  ///
  /// 1. for sources, then speakers, then questions, then forecasts, each in file order: a
  ///    `.catalogAdd` for an item the ledger lacks (or a forecast it holds as withdrawn), an
  ///    `.amendment` with field-level changes for an item whose canonical JSON differs;
  /// 2. then a `.withdrawal` for every forecast the ledger holds (not withdrawn) that the file
  ///    no longer has, in the order the ledger first added them.
  ///
  /// Sources, speakers and questions removed from the file stay in the ledger unchanged.
  /// An unchanged catalog gives no payloads.
  public static func payloads(for catalog: Catalog, current: [StoredItem]) -> [EntryPayload] {
    var stored: [ItemKey: StoredItem] = [:]
    for item in current { stored[item.key] = item }
    var payloads: [EntryPayload] = []
    let fileItems = items(of: catalog)
    for item in fileItems {
      let json = CatalogItemJSON.encode(item)
      guard let old = stored[ItemKey(kind: item.kindName, id: item.id)], !old.withdrawn else {
        payloads.append(.catalogAdd(item))
        continue
      }
      let text = json.canonicalText
      if text != old.json {
        let oldJSON = (try? JSONValue.parse(old.json)) ?? .object([:])
        payloads.append(.amendment(item, changes: changes(from: oldJSON, to: json)))
      }
    }
    let fileForecasts = Set(catalog.forecasts.map(\.id))
    for item in current.sorted(by: { $0.firstSeq < $1.firstSeq })
    where item.kind == "forecast" && !item.withdrawn && !fileForecasts.contains(item.id) {
      payloads.append(.withdrawal(forecast: item.id))
    }
    return payloads
  }

  /// Every item of the catalog: sources, speakers, questions, forecasts, each in file order.
  public static func items(of catalog: Catalog) -> [CatalogItem] {
    catalog.sources.map(CatalogItem.source) + catalog.speakers.map(CatalogItem.speaker)
      + catalog.questions.map(CatalogItem.question) + catalog.forecasts.map(CatalogItem.forecast)
  }

  /// SHA-256 (lowercase hex) over the catalog's items: for each item of `items(of:)`, the line
  /// `kind TAB id TAB canonical-json LF`. Equal fingerprints mean a sync has nothing to do.
  public static func fingerprint(of catalog: Catalog) -> String {
    var text = ""
    for item in items(of: catalog) {
      text += "\(item.kindName)\t\(item.id)\t"
      CatalogItemJSON.encode(item).write(to: &text)
      text += "\n"
    }
    return HexDigest.sha256(text)
  }

  /// The field-level changes between two item JSON objects, sorted by field path.
  ///
  /// Nested objects give dotted paths (`window.to`, `confidence.p`); a string is rendered as
  /// itself, any other value (number, list) as its canonical JSON text; a missing field is nil.
  public static func changes(from old: JSONValue, to new: JSONValue) -> [FieldChange] {
    let before = flatten(old, prefix: "")
    let after = flatten(new, prefix: "")
    let paths = Set(before.keys).union(after.keys).sorted {
      Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8))
    }
    return paths.compactMap { path in
      before[path] == after[path]
        ? nil : FieldChange(field: path, old: before[path], new: after[path])
    }
  }

  private static func flatten(_ value: JSONValue, prefix: String) -> [String: String] {
    switch value {
    case .object(let members):
      var result: [String: String] = [:]
      for (key, member) in members {
        let path = prefix.isEmpty ? key : "\(prefix).\(key)"
        result.merge(flatten(member, prefix: path)) { first, _ in first }
      }
      return result
    case .string(let text): return [prefix: text]
    default: return [prefix: value.canonicalText]
    }
  }
}
