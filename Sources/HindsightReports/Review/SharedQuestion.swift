import HindsightCore

/// A catalog question that two or more speakers forecast, with its forecasts side by side at
/// the year end: the same binary question, or the same window of an event question, is one
/// proposition and compared by the peer score; other windows claim other things and are not.
public struct SharedQuestion: Hashable, Sendable {
  /// One forecast of the question.
  public struct Item: Hashable, Sendable {
    /// The forecast's id.
    public var id: String
    /// The speaker's name as the review shows it.
    public var speaker: String
    /// The claim.
    public var claim: String
    /// The window, `FROM–TO`, or the numeric target's date (empty when neither).
    public var window: String
    /// Its probability.
    public var p: Double
    /// Its status at the year end.
    public var status: ForecastStatus

    /// Creates an item.
    public init(
      id: String, speaker: String, claim: String, window: String, p: Double,
      status: ForecastStatus
    ) {
      self.id = id
      self.speaker = speaker
      self.claim = claim
      self.window = window
      self.p = p
      self.status = status
    }
  }

  /// The question's id.
  public var id: String
  /// Its title.
  public var title: String
  /// Its forecasts said by the year end, in catalog order.
  public var items: [Item]

  /// Creates a shared question.
  public init(id: String, title: String, items: [Item]) {
    self.id = id
    self.title = title
    self.items = items
  }

  /// The catalog questions forecast by two or more speakers.
  public static func ids(in catalog: Catalog) -> Set<String> {
    var speakers: [String: Set<String>] = [:]
    for forecast in catalog.forecasts {
      speakers[forecast.question, default: []].insert(forecast.speaker)
    }
    return Set(speakers.filter { $0.value.count >= 2 }.keys)
  }
}
