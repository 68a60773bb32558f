import Foundation

/// Scores a stream of updates one proposition at a time: the updates of each proposition
/// must come together (any order within it), as `Ledger.forEachForecast` gives them in
/// proposition order. Each proposition's lines (``Scoring/propositionForecasts(_:)``) go to
/// the scorecard's builder and, when scoring by tag, to the builder of each of their tags.
public struct PropositionScorer: Sendable {
  private var builder: ScorecardBuilder
  private var tagged: [String: ScorecardBuilder]?
  private let only: Set<String>?
  private let tagDetail: ScorecardBuilder.Detail
  private var current: String?
  private var pending: [ForecastUpdate] = []

  /// Creates a scorer; `only`, when given, is the set of speaker ids to score (the others'
  /// forecasts still count as peers), and `byTag`, when given, keeps a scorecard per tag too,
  /// with that detail (`.pooled` when only the pooled figures of each tag are shown).
  public init(
    only: Set<String>? = nil, detail: ScorecardBuilder.Detail = .full,
    byTag: ScorecardBuilder.Detail? = nil
  ) {
    builder = ScorecardBuilder(only: only, detail: detail)
    tagged = byTag == nil ? nil : [:]
    self.only = only
    tagDetail = byTag ?? .full
  }

  /// Adds one update; when it begins another proposition, the previous one is scored.
  public mutating func add(_ update: ForecastUpdate) {
    if update.proposition != current {
      flush()
      current = update.proposition
    }
    pending.append(update)
  }

  /// Scores the proposition being read.
  private mutating func flush() {
    guard !pending.isEmpty else { return }
    // A series of Brier scores alone needs no comparison with the other speakers.
    let comparing = builder.detail != .brier || tagged != nil
    for forecast in Scoring.propositionForecasts(pending, comparing: comparing) {
      builder.add(forecast)
      guard tagged != nil else { continue }
      for tag in Set(forecast.tags) {
        tagged![tag, default: ScorecardBuilder(only: only, detail: tagDetail)].add(forecast)
      }
    }
    pending.removeAll(keepingCapacity: true)
  }

  /// The scorecard of every update added, at the given cut.
  public mutating func scorecard(asOf: Day, knownBy: Date) -> Scorecard {
    flush()
    return builder.scorecard(asOf: asOf, knownBy: knownBy)
  }

  /// One scorecard per tag (sorted by tag) of the updates added; empty unless the scorer was
  /// made `byTag`.
  public mutating func scorecardsByTag(asOf: Day, knownBy: Date) -> [TaggedScorecard] {
    flush()
    return (tagged ?? [:]).sorted { $0.key < $1.key }.map {
      TaggedScorecard(
        tag: $0.key, card: $0.value.scorecard(asOf: asOf, knownBy: knownBy),
        speakerCount: $0.value.speakerCount)
    }
  }
}

/// The scorecard of the forecasts about questions of one tag.
public struct TaggedScorecard: Hashable, Sendable {
  /// The tag.
  public var tag: String
  /// Its forecasts' scorecard (without speaker lines when scored `.pooled`).
  public var card: Scorecard
  /// How many speakers forecast about its questions.
  public var speakerCount: Int

  /// Creates a tag's scorecard.
  public init(tag: String, card: Scorecard, speakerCount: Int? = nil) {
    self.tag = tag
    self.card = card
    self.speakerCount = speakerCount ?? card.speakers.count
  }
}
