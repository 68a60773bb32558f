import Foundation

/// Scores a stream of updates one proposition at a time: the updates of each proposition
/// must come together (any order within it), as `Ledger.forEachForecast` gives them in
/// proposition order. Each proposition's lines (``Scoring/propositionForecasts(_:)``) go to
/// the scorecard's builder and, when scoring by tag, to the builder of each of their tags.
///
/// It scores one cut, or several at once (a history, a review's year ends): each update then
/// comes with its state at every cut, and a proposition's lines are worked out once for each
/// run of cuts at which its updates stand the same, not once per cut (`ScorecardBuilder`).
public struct PropositionScorer: Sendable {
  /// An update's status and resolved-on day at one cut.
  public typealias State = (status: ForecastStatus, resolvedOn: Day?)

  private var builder: ScorecardBuilder
  private var tagged: [String: ScorecardBuilder]?
  private let only: Set<String>?
  private let details: [ScorecardBuilder.Detail]
  /// The cuts' as-of days (nil for a scorer of one cut, given its day when it is finished).
  private let days: [Day]?
  private let tagDetail: ScorecardBuilder.Detail
  private var current: String?
  /// Each speaker id's number, from 0 in the order first scored, for the builders
  /// (`ScorecardBuilder.add(_:speaker:from:to:)`).
  private var numbers: [String: Int] = [:]
  private var pending: [ForecastUpdate] = []
  /// The pending updates' states, `details.count` an update; nil at a cut before it was said.
  private var states: [State?] = []

  /// Creates a scorer of one cut; `only`, when given, is the set of speaker ids to score (the
  /// others' forecasts still count as peers), and `byTag`, when given, keeps a scorecard per
  /// tag too, with that detail (`.pooled` when only the pooled figures of each tag are shown).
  public init(
    only: Set<String>? = nil, detail: ScorecardBuilder.Detail = .full,
    byTag: ScorecardBuilder.Detail? = nil
  ) {
    self.init(days: nil, details: [detail], only: only, byTag: byTag)
  }

  /// Creates a scorer of several cuts, as of `days` (ascending), each scored with the detail
  /// given for it (the tags' scorecards are of the last cut).
  public init(
    cuts days: [Day], details: [ScorecardBuilder.Detail], only: Set<String>? = nil,
    byTag: ScorecardBuilder.Detail? = nil
  ) {
    precondition(days.count == details.count, "one detail a cut")
    self.init(days: days, details: details, only: only, byTag: byTag)
  }

  private init(
    days: [Day]?, details: [ScorecardBuilder.Detail], only: Set<String>?,
    byTag: ScorecardBuilder.Detail?
  ) {
    builder = ScorecardBuilder(
      cuts: details.count, only: only,
      pooled: details.allSatisfy { $0 == .pooled })
    tagged = byTag == nil ? nil : [:]
    self.only = only
    self.details = details
    self.days = days
    tagDetail = byTag ?? .full
  }

  /// The ids of the speakers of every update added, once every update is added: the
  /// proposition being read is scored first.
  public mutating func speakers() -> Set<String> {
    flush()
    return Set(numbers.keys)
  }

  /// Adds one update of a scorer of one cut, with its status there.
  public mutating func add(_ update: ForecastUpdate) {
    precondition(days == nil, "a scorer of several cuts needs each update's states")
    begin(update.proposition)
    pending.append(update)
    states.append((update.status, update.resolvedOn))
  }

  /// Adds one update of a scorer of several cuts, with its state at each (its own status and
  /// resolved-on day are not read); it counts from the first cut on or after the day it was
  /// said. When it begins another proposition, the previous one is scored.
  public mutating func add(_ update: ForecastUpdate, at states: [State]) {
    guard let days else { preconditionFailure("a scorer of one cut takes updates alone") }
    precondition(states.count == days.count, "one state a cut")
    begin(update.proposition)
    pending.append(update)
    for (day, state) in zip(days, states) { self.states.append(update.saidOn <= day ? state : nil) }
  }

  /// Scores the proposition being read when `proposition` is another.
  private mutating func begin(_ proposition: String) {
    guard proposition != current else { return }
    flush()
    current = proposition
  }

  /// Scores the proposition being read: once for each run of cuts at which every update
  /// stands the same.
  private mutating func flush() {
    guard !pending.isEmpty else { return }
    let cuts = details.count
    var start = 0
    for cut in 1...cuts where cut == cuts || !standsTheSame(cut - 1, cut) {
      score(from: start, to: cut)
      start = cut
    }
    pending.removeAll(keepingCapacity: true)
    states.removeAll(keepingCapacity: true)
  }

  /// Whether every pending update has the same state at cuts `a` and `b`.
  private func standsTheSame(_ a: Int, _ b: Int) -> Bool {
    let cuts = details.count
    return pending.indices.allSatisfy { index in
      let (first, second) = (states[index * cuts + a], states[index * cuts + b])
      return first?.status == second?.status && first?.resolvedOn == second?.resolvedOn
    }
  }

  /// Scores the pending updates as they stand at cut `from`, for cuts `from` up to `to`.
  private mutating func score(from: Int, to: Int) {
    let cuts = details.count
    let asGiven = pending.indices.allSatisfy { index in
      states[index * cuts + from].map {
        $0.status == pending[index].status && $0.resolvedOn == pending[index].resolvedOn
      } ?? false
    }
    let updates: [ForecastUpdate] =
      asGiven
      ? pending
      : pending.indices.compactMap { index in
        guard let state = states[index * cuts + from] else { return nil }
        var update = pending[index]
        update.status = state.status
        update.resolvedOn = state.resolvedOn
        return update
      }
    guard !updates.isEmpty else { return }
    // The tags' scorecards are of the last cut alone: only the run that reaches it counts there.
    let tagging = tagged != nil && to == cuts
    for forecast in Scoring.propositionForecasts(updates) {
      let count = numbers.count
      let number = numbers[forecast.speaker, default: count]
      if number == count { numbers[forecast.speaker] = number }
      builder.add(forecast, speaker: number, from: from, to: to)
      guard tagging else { continue }
      // Each tag once (a forecast's tags are few: a scan, not a set, finds a repeat).
      for (index, tag) in forecast.tags.enumerated() where !forecast.tags[..<index].contains(tag) {
        tagged![tag, default: ScorecardBuilder(only: only, pooled: tagDetail == .pooled)].add(
          forecast, speaker: number)
      }
    }
  }

  /// The scorecard of every update added, at the given cut (of a scorer of one cut).
  public mutating func scorecard(asOf: Day, knownBy: Date) -> Scorecard {
    scorecards(asOf: [asOf], knownBy: knownBy)[0]
  }

  /// The scorecards of every update added, one a cut (of a scorer of several cuts).
  public mutating func scorecards(knownBy: Date) -> [Scorecard] {
    guard let days else { preconditionFailure("a scorer of one cut is given its day") }
    return scorecards(asOf: days, knownBy: knownBy)
  }

  private mutating func scorecards(asOf days: [Day], knownBy: Date) -> [Scorecard] {
    flush()
    return builder.scorecards(asOf: days, knownBy: knownBy, details: details)
  }

  /// One scorecard per tag (sorted by tag) of the updates added, at the last cut, as of `asOf`;
  /// empty unless the scorer was made `byTag`. Each tag's builder is let go once its scorecard
  /// is made (a ledger's tags together hold many speakers' tallies), so the scorer scores no
  /// tag after this.
  public mutating func scorecardsByTag(asOf: Day, knownBy: Date) -> [TaggedScorecard] {
    flush()
    var builders = tagged ?? [:]
    tagged = nil
    return builders.keys.sorted().map { tag in
      let builder = builders.removeValue(forKey: tag)!
      return TaggedScorecard(
        tag: tag,
        card: builder.scorecards(asOf: [asOf], knownBy: knownBy, details: [tagDetail])[0],
        speakerCount: builder.speakerCount)
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
