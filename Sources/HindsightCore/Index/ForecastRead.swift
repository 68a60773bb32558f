/// What a read of the forecast index is for, which decides the columns it reads and the order
/// forecasts come in.
public struct ForecastRead: Hashable, Sendable {
  /// Whether the read carries the texts (names, titles, claims, tags).
  public var texts: Bool
  /// Whether the read carries the tags (always with the texts).
  public var tags: Bool
  /// Whether forecasts come in proposition order: every update of one proposition together
  /// (the catalog's propositions first, in the order their first forecast entered the
  /// ledger), each speaker's updates on an imported question by said-on day, then file order.
  /// Otherwise the catalog's forecasts come in the order they entered the ledger, then the
  /// imported ones in import and file order.
  public var byProposition: Bool
  /// When given, the texts are read only for the forecasts this review lists, by their state
  /// at the last cut (the others carry what scoring reads, their tags included).
  public var reviewListing: ReviewListing? = nil

  /// Every column, in entry order (what listings read).
  public static let listing = ForecastRead(texts: true, tags: true, byProposition: false)

  /// What the review reads, in proposition order: every forecast as scoring reads it, with the
  /// texts of those it lists.
  public static func reviewing(_ listing: ReviewListing) -> ForecastRead {
    ForecastRead(texts: true, tags: true, byProposition: true, reviewListing: listing)
  }

  /// The same read, carrying the tags too.
  public var withTags: ForecastRead {
    var read = self
    read.tags = true
    return read
  }

  /// What scoring reads, no texts (tags only when asked for), in proposition order.
  public static func scoring(tags: Bool) -> ForecastRead {
    ForecastRead(texts: false, tags: tags, byProposition: true)
  }
}

extension IndexedForecast {
  /// Its proposition (``Proposition/key(question:kind:window:forecast:)``).
  public var proposition: String {
    Proposition.key(
      question: row.question, kind: kind,
      window: row.windowFrom.flatMap { from in row.windowTo.map { (from, $0) } },
      forecast: row.forecast)
  }

  /// The forecast as an update for the scorer at its cut, with its confidence (`nil`: its
  /// stated p) and whether the catalog flags it as already true when made.
  public func update(confidence: Confidence?, alreadyTrue: Bool = false) -> ForecastUpdate {
    ForecastUpdate(
      speaker: row.speaker, proposition: proposition,
      thread: Proposition.thread(imported: imported, speaker: row.speaker, forecast: row.forecast),
      saidOn: row.saidOn,
      confidence: confidence
        ?? Confidence(phrase: nil, p: row.p, interval: row.p...row.p, basis: .stated),
      status: status, resolvedOn: row.resolvedOn, tags: row.tags, alreadyTrue: alreadyTrue,
      position: position)
  }
}
