import Foundation
import HindsightCore

/// The review of one year, built one forecast at a time, so that a ledger of any size is
/// reviewed in one pass: the caller resolves each forecast at every year end of `cuts` and
/// hands it over with `add`; `report` assembles the sections.
///
/// Forecasts must come in proposition order (`Proposition.ordered`, `ForecastRead.reviewing`),
/// as the scorer reads them. `ReviewBuilder.build` feeds it from a catalog held in memory;
/// `hindsight review` from the ledger's stream of forecasts
/// (`Ledger.forEachForecast(cuts:knownBy:query:read:_:)`).
public struct ReviewAccumulator {
  /// The year reviewed.
  public let year: Int
  /// Transaction time of the review.
  public let knownBy: Date
  /// The as-of days the forecasts must be resolved at, in order: 31 December of each year
  /// from the first forecast's year (or the year before the review, when later) to `year`.
  public let cuts: [Day]
  private let firstYear: Int?
  private var scorer: PropositionScorer
  /// Which forecasts the review lists.
  public let listing: ReviewListing
  private var labels: [String: String] = [:]
  private var summary = ReviewReport.Summary()
  private var resolved: [ResolvedForecast] = []
  private var toDo: [ToDoItem] = []
  private let sharedQuestions: Set<String>
  private var shared: [String: [SharedQuestion.Item]] = [:]

  /// Prepares the review of `year`; `firstYear` is the year the ledger's first forecast was
  /// made (nil when it has none), `sharedQuestions` the catalog questions two or more speakers
  /// forecast (`SharedQuestion.ids`), whose forecasts the review sets side by side.
  public init(year: Int, knownBy: Date, firstYear: Int?, sharedQuestions: Set<String> = []) {
    self.sharedQuestions = sharedQuestions
    self.year = year
    self.knownBy = knownBy
    self.firstYear = firstYear
    listing = ReviewListing(year: year)
    let from = min(firstYear ?? year, year - 1)
    let cuts = (from...year).map(Day.yearEnd)
    self.cuts = cuts
    // The scoreboard needs every figure at this year's end, and at the last every figure it
    // shows a change of (not the interval); the Brier series at the years before, only the
    // Brier score.
    // The year's own scorecard is also kept by tag, pooled.
    scorer = PropositionScorer(
      cuts: cuts,
      details: cuts.indices.map {
        $0 == cuts.count - 1 ? .full : $0 == cuts.count - 2 ? .summary : .brier
      }, byTag: .pooled)
  }

  /// One forecast reviewed.
  public struct Forecast {
    /// The forecast.
    public var forecast: HindsightCore.Forecast
    /// How the review names its speaker: `李开复 (Kai-Fu Lee)`; empty when the read left it
    /// out, for a forecast the review does not list (`name(_:)` then names the speaker).
    public var speaker: String
    /// Its status and resolved-on day at each of `cuts`.
    public var states: [(status: ForecastStatus, resolvedOn: Day?)]
    /// Its proposition, and its line of updates within it (`Proposition`).
    public var proposition: String
    public var thread: String
    /// Its question's tags.
    public var tags: [String]
    /// Its place in file order among its line's updates made the same day
    /// (`ForecastUpdate.position`; 0 when the forecasts come in file order).
    public var position: Int64

    /// Creates a reviewed forecast.
    public init(
      forecast: HindsightCore.Forecast, speaker: String,
      states: [(status: ForecastStatus, resolvedOn: Day?)], proposition: String, thread: String,
      tags: [String], position: Int64 = 0
    ) {
      self.position = position
      self.forecast = forecast
      self.speaker = speaker
      self.states = states
      self.proposition = proposition
      self.thread = thread
      self.tags = tags
    }
  }

  /// Adds one forecast. `explain` gives its full resolution at the year's end, `evidence` its
  /// timeline and `evidenceCount` how much of its evidence counts then; they are asked only
  /// for the forecasts the review lists.
  public mutating func add(
    _ reviewed: Forecast, explain: () -> Resolution, evidence: () -> [TimelineItem],
    evidenceCount: () -> Int
  ) {
    let forecast = reviewed.forecast
    if !reviewed.speaker.isEmpty { labels[forecast.speaker] = reviewed.speaker }
    let latest = reviewed.states[reviewed.states.count - 1]
    var update = ForecastUpdate(
      forecast, proposition: reviewed.proposition, thread: reviewed.thread,
      status: latest.status, resolvedOn: latest.resolvedOn, tags: reviewed.tags)
    update.position = reviewed.position
    scorer.add(update, at: reviewed.states)
    let yearEnd = Day.yearEnd(year)
    guard forecast.saidOn <= yearEnd, let state = reviewed.states.last else { return }
    if sharedQuestions.contains(forecast.question) {
      shared[forecast.question, default: []].append(
        SharedQuestion.Item(
          id: forecast.id, speaker: reviewed.speaker, claim: forecast.claim,
          window: forecast.window.map { "\($0.from)–\($0.to)" }
            ?? forecast.target.map { "\($0.at)" } ?? "",
          p: forecast.confidence.p, status: state.status))
    }
    summary.inCatalog += 1
    if forecast.saidOn.year == year { summary.made += 1 }
    if state.status.isResolved, state.resolvedOn?.year == year { summary.resolved += 1 }
    if listing.isResolution(status: state.status, resolvedOn: state.resolvedOn),
      let resolvedOn = state.resolvedOn
    {
      let resolution = explain()
      resolved.append(
        ResolvedForecast(
          id: forecast.id, speaker: reviewed.speaker, quote: forecast.quote,
          quoteEn: forecast.quoteEn, claim: forecast.claim, confidence: forecast.confidence,
          outcome: state.status, resolvedOn: resolvedOn, rule: resolution.rule,
          rationale: resolution.rationale, flags: resolution.flags, evidence: evidence(),
          alreadyTrueWhenSaid: forecast.alreadyTrueWhenSaid))
    }
    guard listing.isToDo(status: state.status, closesOn: forecast.closesOn) else { return }
    let overdueBefore = yearEnd.adding(days: -ReviewReport.overdueDays)
    toDo.append(
      ToDoItem(
        id: forecast.id, speaker: reviewed.speaker, claim: forecast.claim,
        closesOn: forecast.closesOn, status: state.status,
        overdue: state.status == .due && (forecast.closesOn.map { $0 < overdueBefore } ?? false),
        evidenceCount: evidenceCount(), needs: explain().needs,
        notes: evidence().filter { $0.type == "note" && $0.retractedBy == nil }))
  }

  /// The speakers whose forecasts all came without a name (imported ones the review does not
  /// list), once every forecast is added.
  public mutating func unnamedSpeakers() -> Set<String> {
    scorer.speakers().filter { labels[$0] == nil }
  }

  /// Names speakers (`unnamedSpeakers`), by id.
  public mutating func name(_ names: [String: String]) {
    labels.merge(names) { given, _ in given }
  }

  /// The review, with the ledger's head and the year's amendments (`catalog` is the catalog
  /// they are about).
  public mutating func report(
    head: ReviewReport.LedgerHead, entries: [LedgerEntry], catalog: Catalog
  ) -> ReviewReport {
    let cards = scorer.scorecards(knownBy: knownBy)
    let byTag = scorer.scorecardsByTag(asOf: cuts[cuts.count - 1], knownBy: knownBy)
    let now = cards[cards.count - 1]
    let before = cards[cards.count - 2]
    // Sorted where it is, not copied: a large ledger's year resolves a great many.
    resolved.sort { ($0.resolvedOn, $0.id) < ($1.resolvedOn, $1.id) }
    var summary = self.summary
    let tally = now.overall.tally
    summary.open = tally.open
    summary.due = tally.due
    summary.annulled = tally.annulled
    let due = toDo.sorted {
      ($0.closesOn ?? .yearEnd(year), $0.id) < ($1.closesOn ?? .yearEnd(year), $1.id)
    }
    summary.overdue = due.filter { $0.status == .due && $0.overdue }.count
    return ReviewReport(
      year: year, asOf: .yearEnd(year), knownBy: knownBy, head: head, summary: summary,
      resolved: resolved,
      scoreboard: scoreboard(now: now, before: before),
      brierHistory: brierHistory(cards, speakers: now.speakers.compactMap(\.speaker)),
      due: due.filter { $0.status == .due }, dueNextYear: due.filter { $0.status == .open },
      amendments: ReviewAccumulator.amendments(entries, catalog: catalog, year: year),
      tags: byTag.map(TagScoreRow.init),
      shared: sharedQuestions(catalog))
  }

  /// The shared questions in catalog order, each one's forecasts in catalog order.
  private func sharedQuestions(_ catalog: Catalog) -> [SharedQuestion] {
    let order = Dictionary(
      catalog.forecasts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    return catalog.questions.compactMap { question in
      shared[question.id].map {
        SharedQuestion(
          id: question.id, title: question.title,
          items: $0.sorted { (order[$0.id] ?? .max) < (order[$1.id] ?? .max) })
      }
    }
  }

  private func label(_ id: String?) -> String { id.flatMap { labels[$0] } ?? id ?? "" }

  /// Each speaker's place among a card's lines, by id (a card of ten thousand speakers is
  /// looked up ten thousand times; the places, not copies of the lines).
  private static func places(_ card: Scorecard) -> [String: Int] {
    Dictionary(
      card.speakers.indices.compactMap { index in card.speakers[index].speaker.map { ($0, index) }
      },
      uniquingKeysWith: { first, _ in first })
  }

  private func scoreboard(now: Scorecard, before: Scorecard) -> [ScoreRow] {
    let previous = Self.places(before)
    return now.speakers.map { line in
      ScoreRow(
        speaker: line.speaker, label: label(line.speaker), tally: line.tally,
        scores: line.scores,
        previous: line.speaker.flatMap { previous[$0] }.map { before.speakers[$0].scores }
          ?? .empty)
    }
      + [
        ScoreRow(
          speaker: nil, label: SpeakerNames.pooled, tally: now.overall.tally,
          scores: now.overall.scores, previous: before.overall.scores)
      ]
  }

  private func brierHistory(_ cards: [Scorecard], speakers: [String]) -> [BrierSeries] {
    guard let firstYear, firstYear <= year else { return [] }
    let shown = Array(zip(cuts.map(\.year), cards).filter { $0.0 >= firstYear })
    let places = shown.map { Self.places($0.1) }
    func point(_ year: Int, _ line: ScorecardLine?) -> BrierSeries.Point {
      BrierSeries.Point(year: year, brier: line?.scores.brier, n: line?.scores.n ?? 0)
    }
    return speakers.map { id in
      BrierSeries(
        speaker: id, label: label(id),
        points: zip(shown, places).map { shown, places in
          point(shown.0, places[id].map { shown.1.speakers[$0] })
        })
    } + [
      BrierSeries(
        speaker: nil, label: SpeakerNames.pooled, points: shown.map { point($0.0, $0.1.overall) })
    ]
  }

  private static func amendments(_ entries: [LedgerEntry], catalog: Catalog, year: Int)
    -> [AmendmentItem]
  {
    entries.compactMap { entry in
      guard case .amendment(let item, let changes) = entry.payload,
        Day(containing: entry.recordedAt).year == year
      else { return nil }
      let affected: [HindsightCore.Forecast] =
        switch item {
        case .forecast(let forecast): [catalog.forecast(forecast.id) ?? forecast]
        case .question(let question): catalog.forecasts(about: question.id)
        default: []
        }
      let late = affected.filter {
        Resolver.isAmendedAfterClose(
          changes: changes, recordedAt: entry.recordedAt, closesOn: $0.closesOn)
      }
      return AmendmentItem(
        seq: entry.seq, recordedOn: Day(containing: entry.recordedAt), kind: item.kindName,
        item: item.id, changes: changes, afterCloseFor: late.map(\.id))
    }
  }
}
