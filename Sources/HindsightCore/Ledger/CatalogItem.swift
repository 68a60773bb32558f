/// One item of the catalog as it entered or changed in the ledger.
public enum CatalogItem: Hashable, Sendable, Codable {
  case source(Source)
  case speaker(Speaker)
  case question(Question)
  case forecast(Forecast)

  /// The item's id (unique within its kind).
  public var id: String {
    switch self {
    case .source(let s): s.id
    case .speaker(let s): s.id
    case .question(let q): q.id
    case .forecast(let f): f.id
    }
  }

  /// `source`, `speaker`, `question` or `forecast`.
  public var kindName: String {
    switch self {
    case .source: "source"
    case .speaker: "speaker"
    case .question: "question"
    case .forecast: "forecast"
    }
  }
}

/// One field that an amendment changed, with its old and new value rendered as text.
public struct FieldChange: Hashable, Sendable, Codable {
  /// The field's path, e.g. `window.to` or `confidence.p`.
  public var field: String
  /// The value before the change (nil when the field was absent).
  public var old: String?
  /// The value after the change (nil when the field was removed).
  public var new: String?

  /// Creates a field change.
  public init(field: String, old: String?, new: String?) {
    self.field = field
    self.old = old
    self.new = new
  }
}
