import HindsightCore

/// The contents of the derived tables (`catalog_items`, `retracted`, `imported_forecasts`) as a pure fold of entries;
/// `verify` recomputes it from the entries and compares it with the tables.
struct DerivedState: Equatable {
  /// The catalog items, by kind and id.
  var items: [ItemKey: StoredItem] = [:]
  /// Retracted seq → the seq of the retraction entry.
  var retracted: [Int64: Int64] = [:]
  /// The bulk imports, by seq: `imported_forecasts` must hold exactly their rows.
  var imports: [Int64: BulkImport] = [:]

  /// Applies one entry's effect.
  mutating func apply(seq: Int64, payload: EntryPayload) {
    switch payload {
    case .catalogAdd(let item), .amendment(let item, _):
      let key = ItemKey(kind: item.kindName, id: item.id)
      let json = CatalogItemJSON.encode(item).canonicalText
      if var stored = items[key] {
        stored.json = json
        stored.lastSeq = seq
        stored.withdrawn = false
        items[key] = stored
      } else {
        items[key] = StoredItem(
          kind: key.kind, id: key.id, json: json, firstSeq: seq, lastSeq: seq, withdrawn: false)
      }
    case .withdrawal(let forecast):
      let key = ItemKey(kind: "forecast", id: forecast)
      items[key]?.withdrawn = true
      items[key]?.lastSeq = seq
    case .retraction(let retraction):
      retracted[retraction.seq] = seq
    case .bulkImport(let bulk):
      imports[seq] = bulk
    case .evidence, .verdict, .note, .void:
      break
    }
  }
}
