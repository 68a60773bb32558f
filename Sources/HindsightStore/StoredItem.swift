/// A catalog item as the ledger currently holds it (a row of the derived `catalog_items` table).
public struct StoredItem: Hashable, Sendable {
  /// `source`, `speaker`, `question` or `forecast`.
  public var kind: String
  /// The item's id.
  public var id: String
  /// The item's canonical JSON text, as last added or amended.
  public var json: String
  /// The seq of the entry that first added it.
  public var firstSeq: Int64
  /// The seq of the last entry that added, amended or withdrew it.
  public var lastSeq: Int64
  /// Whether a withdrawal entry removed it (forecasts only) and no later add restored it.
  public var withdrawn: Bool

  /// Creates a stored item.
  public init(
    kind: String, id: String, json: String, firstSeq: Int64, lastSeq: Int64, withdrawn: Bool
  ) {
    self.kind = kind
    self.id = id
    self.json = json
    self.firstSeq = firstSeq
    self.lastSeq = lastSeq
    self.withdrawn = withdrawn
  }

  /// The key that identifies the item: kind and id.
  public var key: ItemKey { ItemKey(kind: kind, id: id) }
}

/// A catalog item's identity: its kind and its id.
public struct ItemKey: Hashable, Sendable, Comparable {
  /// `source`, `speaker`, `question` or `forecast`.
  public var kind: String
  /// The item's id.
  public var id: String

  /// Creates a key.
  public init(kind: String, id: String) {
    self.kind = kind
    self.id = id
  }

  public static func < (lhs: ItemKey, rhs: ItemKey) -> Bool {
    (lhs.kind, lhs.id) < (rhs.kind, rhs.id)
  }
}
