import Foundation

/// Builds the `Scorecard`s of one or more cuts one speaker's line of updates at a time
/// (``Scoring/propositionForecasts(_:)``, or ``PropositionScorer``, which feeds it), so a
/// ledger of any size is scored without holding every forecast in memory: each speaker, and
/// the pooled line, holds a tally, a few running sums and its forecasts tallied by distinct
/// (p, p_low, p_high), bounded by the probabilities used rather than by the forecasts.
///
/// A line stands the same at a run of consecutive cuts (said by the first, resolved alike at
/// each), so it is added once for that run (`add(_:from:to:)`), not once per cut: each cut's
/// figures are differences, counted in at the run's first cut and taken back after its last,
/// and summed cut by cut when the scorecards are made. The counts are integers and the sums
/// `FixedSum`s, so taking back is exact, and no figure depends on the order of the lines.
public struct ScorecardBuilder: Sendable {
  private let only: Set<String>?
  private let cuts: Int
  /// Each speaker's place in `ids` and `figures`, in the order first added, by the speaker's
  /// number in the caller's numbering (`add(_:speaker:from:to:)`); −1 for none yet.
  private var places: [Int] = []
  private var ids: [String] = []
  /// Each speaker's figures at each cut, at `place · cuts + cut` (none when `.pooled`): at
  /// first the change from the cut before, after `total` what the cut holds.
  private var figures: [Figures] = []
  /// Each speaker's scored forecasts as they were counted (none when `.pooled`), one
  /// `SpeakerCount` word each, tallied by key only when the scorecards are made. Lines come
  /// proposition by proposition, so one speaker's next line is rarely near their last: a table
  /// for each speaker, kept up to date, cost a cache miss for each step of its search
  /// (docs/performance.md), where appending a word costs none.
  private var speakerCounts: [UInt64] = []
  /// The pooled line's figures at each cut, as `figures` holds a speaker's; counted only when
  /// `.pooled`: otherwise they are the sum of the speakers' (`scorecards`).
  private var overallFigures: [Figures]
  private var overallTable: ForecastGroupTable

  /// A line's figures at one cut besides its tallies by key.
  private struct Figures: Sendable {
    var tally = ForecastTally()
    var sums = ComparativeSums()
    /// The scored forecasts' squared errors and count (all the Brier score alone needs).
    var squaredErrors = FixedSum()
    var scored = 0

    /// Counts a line `times` times (−1 takes it back); the forecast it scores, if any.
    mutating func add(_ forecast: PropositionForecast, times: Int) -> ScoredForecast? {
      tally.count(
        forecast.status, updates: forecast.updates, alreadyTrue: forecast.alreadyTrue,
        times: times)
      guard let scored = forecast.scored, Scoring.isValid(scored) else { return nil }
      let o = scored.outcome ? 1.0 : 0.0
      squaredErrors.add(Double(times) * (scored.p - o) * (scored.p - o))
      self.scored += times
      sums.add(forecast, times: times)
      return scored
    }

    /// Adds the figures of the cut before, or a speaker's to the pooled line's.
    mutating func add(_ before: Figures) {
      tally.add(before.tally)
      sums.add(before.sums)
      squaredErrors.add(before.squaredErrors)
      scored += before.scored
    }
  }

  /// Counts a line in `figures` and `table` at `cut`, `times` times; the number of its key in
  /// `table` and its outcome, when it is scored.
  @discardableResult
  private static func add(
    _ forecast: PropositionForecast, to figures: inout Figures, _ table: inout ForecastGroupTable,
    cut: Int, times: Int
  ) -> (number: Int, outcome: Bool)? {
    guard let scored = figures.add(forecast, times: times) else { return nil }
    let number = table.add(
      ForecastGroup.Key(p: scored.p, pLow: scored.pLow, pHigh: scored.pHigh),
      outcome: scored.outcome, cut: cut, times: times)
    return (number, scored.outcome)
  }

  /// A speaker's scored line counted at a cut, as one word: the speaker's place (bits 40–63),
  /// the number of its key in the pooled table (bits 14–39), the cut (bits 2–13), the outcome
  /// (bit 1) and whether it is taken back (bit 0). Sorted, one speaker's words are together.
  /// A scorecard of more than 2²⁴ speakers, 2²⁶ distinct (p, p_low, p_high) or 2¹² cuts stops
  /// at the precondition.
  private enum SpeakerCount {
    /// Where the key's number lies in a word.
    static let numberField: UInt64 = 0x3FF_FFFF << 14

    static func word(place: Int, number: Int, cut: Int, outcome: Bool, times: Int) -> UInt64 {
      precondition(place < 1 << 24 && number < 1 << 26 && cut < 1 << 12, "too many to score")
      return UInt64(place) << 40 | UInt64(number) << 14 | UInt64(cut) << 2
        | (outcome ? 2 : 0) | (times < 0 ? 1 : 0)
    }

    static func place(_ word: UInt64) -> Int { Int(word >> 40) }
    static func number(_ word: UInt64) -> Int { Int((word & numberField) >> 14) }
    static func cut(_ word: UInt64) -> Int { Int(word >> 2 & 0xFFF) }
    static func outcome(_ word: UInt64) -> Bool { word & 2 != 0 }
    static func times(_ word: UInt64) -> Int { word & 1 != 0 ? -1 : 1 }
  }

  /// Turns one line's changes from cut to cut into what each cut holds.
  private static func total(_ figures: inout ArraySlice<Figures>, _ table: inout ForecastGroupTable)
  {
    for cut in figures.indices.dropFirst() { figures[cut].add(figures[cut - 1]) }
    table.total()
  }

  /// How much of each line a scorecard computes.
  public enum Detail: Sendable {
    /// Every figure of `Scores`.
    case full
    /// Every figure but the Brier interval (a previous year's figures, shown as changes).
    case summary
    /// The count and the Brier score only (a series over time shows nothing else).
    case brier
    /// Every figure of the pooled line and how many speakers (`speakerCount`), and no
    /// speaker's line (a table by tag shows nothing more); a builder made `.pooled` keeps
    /// nothing else of its speakers.
    case pooled
  }

  /// Whether speakers' lines are kept (not `.pooled`).
  private let keepsSpeakers: Bool

  /// Creates an empty builder of `cuts` cuts; `only`, when given, is the set of speaker ids to
  /// include, and `pooled` keeps no speaker's line.
  public init(cuts: Int = 1, only: Set<String>? = nil, pooled: Bool = false) {
    precondition(cuts >= 1, "a scorecard needs a cut")
    self.only = only
    self.cuts = cuts
    keepsSpeakers = !pooled
    overallFigures = Array(repeating: Figures(), count: cuts)
    overallTable = ForecastGroupTable(cuts: cuts)
  }

  /// Counts one speaker's line on a proposition with its status at cuts `from` up to (not
  /// including) `to`, and scores it there when it has a scored update.
  ///
  /// - Parameter speaker: the speaker's number, from 0, in a numbering of the caller's that
  ///   gives each speaker id one number (`PropositionScorer` numbers them once for all its
  ///   builders, so that a line finds its speaker's place by index, not by hashing the id).
  public mutating func add(
    _ forecast: PropositionForecast, speaker number: Int, from: Int = 0, to: Int? = nil
  ) {
    if let only, !only.contains(forecast.speaker) { return }
    let to = to ?? cuts
    guard from < to else { return }
    if number >= places.count {
      places += repeatElement(-1, count: Swift.max(number + 1, 2 * places.count) - places.count)
    }
    var place = places[number]
    if place < 0 {
      place = ids.count
      places[number] = place
      ids.append(forecast.speaker)
      if keepsSpeakers { figures += repeatElement(Figures(), count: cuts) }
    }
    assert(ids[place] == forecast.speaker, "one number a speaker")
    guard keepsSpeakers else {
      Self.add(forecast, to: &overallFigures[from], &overallTable, cut: from, times: 1)
      if to < cuts {
        Self.add(forecast, to: &overallFigures[to], &overallTable, cut: to, times: -1)
      }
      return
    }
    // The speaker's figures count the line, and the pooled figures are their sums
    // (`scorecards`); the pooled table numbers its key.
    let first = place * cuts
    let counted = Self.add(
      forecast, to: &figures[first + from], &overallTable, cut: from, times: 1)
    if to < cuts {
      Self.add(forecast, to: &figures[first + to], &overallTable, cut: to, times: -1)
    }
    guard let counted else { return }
    speakerCounts.append(
      SpeakerCount.word(
        place: place, number: counted.number, cut: from, outcome: counted.outcome, times: 1))
    if to < cuts {
      speakerCounts.append(
        SpeakerCount.word(
          place: place, number: counted.number, cut: to, outcome: counted.outcome, times: -1))
    }
  }

  /// What each speaker's table of scored forecasts by key is built from (`table(place:)`):
  /// `speakerCounts` with each key number replaced by the key's row in the pooled table (so a
  /// table is built in key order, by appending rows), sorted, so that one speaker's words are
  /// together; where each speaker's begin; and the pooled table's keys by row. The words are
  /// sorted by speaker first, counted into place, then each speaker's few words among
  /// themselves: the same order as sorting them all, in linear time (docs/performance.md).
  private func speakerTables() -> SpeakerTables {
    let rows = overallTable.rowsByNumber()
    var starts = [Int](repeating: 0, count: ids.count + 1)
    for word in speakerCounts { starts[SpeakerCount.place(word) + 1] += 1 }
    for place in ids.indices { starts[place + 1] += starts[place] }
    var counts = [UInt64](repeating: 0, count: speakerCounts.count)
    var next = starts
    for word in speakerCounts {
      let place = SpeakerCount.place(word)
      counts[next[place]] =
        word & ~SpeakerCount.numberField | UInt64(rows[SpeakerCount.number(word)]) << 14
      next[place] += 1
    }
    for place in ids.indices { counts[starts[place]..<starts[place + 1]].sort() }
    return SpeakerTables(
      counts: counts, starts: starts, keys: rows.indices.map(overallTable.key(at:)))
  }

  /// `speakerTables()`: every speaker's counts, sorted, where each speaker's begin (one more
  /// than the speakers, the last the end), and the keys by row of the pooled table.
  private struct SpeakerTables: Sendable {
    var counts: [UInt64] = []
    var starts: [Int] = []
    var keys: [ForecastGroup.Key] = []

    /// The table of the speaker at `place`.
    func table(place: Int, cuts: Int) -> ForecastGroupTable {
      var table = ForecastGroupTable(cuts: cuts)
      for word in counts[starts[place]..<starts[place + 1]] {
        table.add(
          keys[SpeakerCount.number(word)], outcome: SpeakerCount.outcome(word),
          cut: SpeakerCount.cut(word), times: SpeakerCount.times(word))
      }
      return table
    }
  }

  /// How many speakers' lines were added (at any cut: a speaker counted at one cut is counted
  /// at every later one).
  public var speakerCount: Int { ids.count }

  /// The scorecard of each cut, of everything added, as of `days` (one a cut) with `details`
  /// (one a cut); without speaker lines when `.pooled`. The speakers' lines are scored on
  /// every processor: each is independent of the others.
  public func scorecards(asOf days: [Day], knownBy: Date, details: [Detail]) -> [Scorecard] {
    precondition(days.count == cuts && details.count == cuts, "one day and detail a cut")
    // With speakers' lines, the pooled line's figures are the sum of theirs: every figure is
    // an integer or a `FixedSum`, so the sum is exact, and each line is counted once, not
    // twice (docs/performance.md).
    var pooledFigures = overallFigures[...]
    if keepsSpeakers {
      for (index, speaker) in figures.enumerated() { pooledFigures[index % cuts].add(speaker) }
    }
    var pooledTable = overallTable
    Self.total(&pooledFigures, &pooledTable)
    let ids = self.ids
    let order = ids.indices.sorted { ids[$0] < ids[$1] }
    let (figures, cuts) = (self.figures, self.cuts)
    let tables = keepsSpeakers ? speakerTables() : SpeakerTables()
    let lines: [[ScorecardLine]] = Concurrent.map(keepsSpeakers ? order : []) { place in
      var line = figures[(place * cuts)..<((place + 1) * cuts)]
      var table = tables.table(place: place, cuts: cuts)
      Self.total(&line, &table)
      return details.indices.map { cut in
        ScorecardLine(
          speaker: ids[place], tally: line[place * cuts + cut].tally,
          scores: Self.scores(line[place * cuts + cut], table, cut: cut, detail: details[cut]))
      }
    }
    return days.indices.map { cut in
      Scorecard(
        asOf: days[cut], knownBy: knownBy,
        // A speaker is listed from the first cut that counts a line of theirs.
        speakers: details[cut] == .pooled
          ? [] : lines.map { $0[cut] }.filter { $0.tally.forecasts > 0 },
        overall: ScorecardLine(
          speaker: nil, tally: pooledFigures[cut].tally,
          scores: Self.scores(
            pooledFigures[cut], pooledTable, cut: cut,
            detail: details[cut] == .brier ? .brier : .full)))
    }
  }

  /// The scores of a line's figures and table (totalled) at `cut`.
  private static func scores(
    _ figures: Figures, _ table: ForecastGroupTable, cut: Int, detail: Detail
  ) -> Scores {
    guard detail != .brier else {
      return Scoring.brierOnly(squaredErrors: figures.squaredErrors.value, n: figures.scored)
    }
    var scores = Scoring.scores(groups: table.groups(at: cut), interval: detail != .summary)
    figures.sums.apply(to: &scores)
    return scores
  }
}
