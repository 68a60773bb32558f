/// What makes two forecasts forecasts of the same proposition, and one speaker's forecasts
/// updates of one line (docs/methodology.md, "Propositions and updates").
public enum Proposition {
  /// The proposition of a forecast: its question when binary; its question and window when an
  /// event question (forecasts of other windows claim other things); the forecast itself for
  /// a numeric question (each claims its own threshold).
  public static func key(
    question: String, kind: QuestionKind, window: (from: Day, to: Day)?, forecast: String
  ) -> String {
    switch kind {
    case .binary: return question
    case .event:
      guard let window else { return question + separator + forecast }
      return question + separator + window.from.description + separator + window.to.description
    case .numeric: return question + separator + forecast
    }
  }

  /// The proposition of a catalog forecast whose question is of `kind`.
  public static func key(of forecast: Forecast, kind: QuestionKind) -> String {
    key(
      question: forecast.question, kind: kind, window: forecast.window.map { ($0.from, $0.to) },
      forecast: forecast.id)
  }

  /// The proposition of each of a catalog's forecasts, its questions' kinds looked up once.
  public static func keys(in catalog: Catalog) -> @Sendable (Forecast) -> String {
    let kinds = Dictionary(
      catalog.questions.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
    return { key(of: $0, kind: kinds[$0.question] ?? .binary) }
  }

  /// The line of updates a catalog forecast is: its own.
  public static func thread(of forecast: Forecast) -> String {
    thread(imported: false, speaker: forecast.speaker, forecast: forecast.id)
  }

  /// The catalog's forecasts in proposition order: each proposition's together, where its
  /// first forecast was, the catalog's order kept within it.
  public static func ordered(_ forecasts: [Forecast], in catalog: Catalog) -> [Forecast] {
    ordered(forecasts, by: keys(in: catalog))
  }

  /// Items in proposition order: each proposition's together, where its first item was, the
  /// given order kept within it.
  public static func ordered<Item>(_ items: [Item], by proposition: (Item) -> String) -> [Item] {
    let keys = items.map(proposition)
    var first: [String: Int] = [:]
    for (index, key) in keys.enumerated() where first[key] == nil { first[key] = index }
    return items.indices.sorted { (first[keys[$0]]!, $0) < (first[keys[$1]]!, $1) }
      .map { items[$0] }
  }

  /// The line of updates a forecast belongs to within its proposition: an imported forecast
  /// is an update of its speaker's line on the question (every row of one speaker and question
  /// is an update); a catalog forecast is a line of its own.
  public static func thread(imported: Bool, speaker: String, forecast: String) -> String {
    imported ? speaker : separator + forecast
  }

  /// Joins the parts of a key; ids never hold control characters.
  private static let separator = "\u{1F}"
}
