import Foundation
import PropertyBased
import Testing

@testable import HindsightCore

/// The builder's lines are the scores of each speaker's forecasts computed directly
/// (`Scoring.scores`), however many it holds before tallying them, and a scorecard does not
/// depend on the order propositions are read in: the means over propositions are exact sums
/// (FICTIONAL speakers and forecasts).
@Suite struct ScorecardBuilderTests {
  static let forecast = zip(
    Gen.int(in: 0...5), Gen.int(in: 1...99), Gen.int(in: 0...4)
  )
  static let lists = forecast.array(of: 0...400)

  static func status(_ code: Int) -> ForecastStatus {
    [.true, .false, .open, .due, .annulled][code]
  }

  /// Each forecast its own proposition, said 2030-01-01 and resolved 100 days later.
  static func updates(_ list: [(Int, Int, Int)]) -> [ForecastUpdate] {
    list.enumerated().map { index, item in
      let (speaker, percent, code) = item
      return ForecastUpdate(
        speaker: "s\(speaker)", proposition: "q\(index)", thread: "s\(speaker)",
        saidOn: Day("2030-01-01")!, p: Double(percent) / 100, status: status(code),
        resolvedOn: code == 2 || code == 3 ? nil : Day("2030-04-11")!)
    }
  }

  @Test func linesAreTheDirectScores() async {
    await propertyCheck(input: Self.lists) { list in
      var scorer = PropositionScorer()
      for update in Self.updates(list) { scorer.add(update) }
      let card = scorer.scorecard(asOf: Day("2030-12-31")!, knownBy: .distantPast)
      for speaker in Set(list.map(\.0)) {
        let scored = list.filter { $0.0 == speaker && $0.2 <= 1 }.map {
          ScoredForecast(p: Double($0.1) / 100, outcome: $0.2 == 0)
        }
        let line = card.line(for: "s\(speaker)")
        var expected = Scoring.scores(scored)
        // One update each, no shared proposition, every one 100 days ahead (30 days to 1 year).
        let squared = scored.map { ($0.p - ($0.outcome ? 1 : 0)) * ($0.p - ($0.outcome ? 1 : 0)) }
        let timeAveraged = line?.scores.brierTimeAveraged
        #expect(
          scored.isEmpty
            ? timeAveraged == nil
            : abs((timeAveraged ?? .nan) - squared.reduce(0, +) / Double(squared.count)) < 1e-12)
        expected.brierTimeAveraged = timeAveraged
        expected.byHorizon = Horizon.allCases.map {
          HorizonScore(
            horizon: $0, n: $0 == .monthToYear ? scored.count : 0,
            brier: $0 == .monthToYear && !scored.isEmpty
              ? line?.scores.byHorizon[1].brier : nil)
        }
        #expect(line?.scores == expected)
        #expect(line?.tally.forecasts == list.filter { $0.0 == speaker }.count)
      }
    }
  }

  @Test func theOrderOfPropositionsChangesNothing() async {
    await propertyCheck(input: Self.lists, Gen.int(in: 0...1000)) { list, seed in
      var forward = PropositionScorer()
      var shuffled = PropositionScorer()
      let updates = Self.updates(list)
      var generator = SplitMix64(seed: UInt64(seed))
      for update in updates { forward.add(update) }
      for update in updates.shuffled(using: &generator) { shuffled.add(update) }
      let day = Day("2030-12-31")!
      #expect(
        forward.scorecard(asOf: day, knownBy: .distantPast)
          == shuffled.scorecard(asOf: day, knownBy: .distantPast))
    }
  }
}

/// Scoring several cuts at once gives, at each cut, the scorecard of scoring that cut by
/// itself: on random propositions shared by speakers, whose updates are said at different cuts
/// and resolve, change or are annulled from one cut to the next (FICTIONAL speakers and
/// forecasts).
@Suite struct MultiCutScoringTests {
  /// An update: speaker, proposition, percent, the first cut it is said by (3: none), and a
  /// state code at
  /// each of the three cuts: the status is code % 5 (0 true, 1 false, 2 open, 3 due,
  /// 4 annulled), resolved on 1 June 2030 plus code days.
  static let update = zip(
    Gen.int(in: 0...4), Gen.int(in: 0...6), Gen.int(in: 0...100), Gen.int(in: 0...3),
    Gen.int(in: 0...9).array(of: 3...3))
  static let cuts = ["2030-12-31", "2031-12-31", "2032-12-31"].map { Day($0)! }

  static func state(_ code: Int) -> PropositionScorer.State {
    let status: ForecastStatus = [.true, .false, .open, .due, .annulled][code % 5]
    return (status, status == .open || status == .due ? nil : Day("2030-06-01")!.adding(days: code))
  }

  @Test func severalCutsAtOnceAreEachCutAlone() async {
    await propertyCheck(input: Self.update.array(of: 0...60), Gen.int(in: 0...2)) {
      list, detailCode in
      let details: [ScorecardBuilder.Detail] = [
        .brier, .summary, [.full, .summary, .pooled][detailCode],
      ]
      // Proposition order, as the ledger gives it.
      let updates = list.enumerated().sorted {
        ($0.element.1, $0.offset) < ($1.element.1, $1.offset)
      }
      var together = PropositionScorer(cuts: Self.cuts, details: details, byTag: .pooled)
      var alone = details.map { PropositionScorer(detail: $0, byTag: .pooled) }
      for (index, (speaker, proposition, percent, first, codes)) in updates {
        let states = codes.map(Self.state)
        // Said within the year before its first cut (or after the last).
        let saidOn = (first == 0 ? Day("2030-01-01")! : Self.cuts[first - 1].adding(days: 1))
          .adding(days: index % 300)
        let update = ForecastUpdate(
          speaker: "s\(speaker)", proposition: "q\(proposition)", thread: "s\(speaker)",
          saidOn: saidOn, p: Double(percent) / 100, status: .open, resolvedOn: nil,
          tags: ["t\(proposition % 2)"])
        together.add(update, at: states)
        for (cut, state) in states.enumerated() where cut >= first {
          var atCut = update
          atCut.status = state.status
          atCut.resolvedOn = state.resolvedOn
          alone[cut].add(atCut)
        }
      }
      let cards = together.scorecards(knownBy: .distantPast)
      for cut in 0..<3 {
        #expect(cards[cut] == alone[cut].scorecard(asOf: Self.cuts[cut], knownBy: .distantPast))
      }
      #expect(
        together.scorecardsByTag(asOf: Self.cuts[2], knownBy: .distantPast)
          == alone[2].scorecardsByTag(asOf: Self.cuts[2], knownBy: .distantPast))
    }
  }
}

/// The pooled line of a builder that keeps speakers' lines (the sum of theirs) is the pooled
/// line of one that counts only it, at every cut, on random multi-cut propositions shared by
/// speakers (FICTIONAL speakers and forecasts).
@Suite struct PooledLineTests {
  @Test func thePooledLineIsTheSumOfTheSpeakers() async {
    await propertyCheck(input: MultiCutScoringTests.update.array(of: 0...60)) { list in
      let cuts = MultiCutScoringTests.cuts
      var kept = PropositionScorer(cuts: cuts, details: [.full, .summary, .full])
      var pooled = PropositionScorer(cuts: cuts, details: [.pooled, .pooled, .pooled])
      let updates = list.enumerated().sorted {
        ($0.element.1, $0.offset) < ($1.element.1, $1.offset)
      }
      for (index, (speaker, proposition, percent, first, codes)) in updates {
        let saidOn = (first == 0 ? Day("2030-01-01")! : cuts[first - 1].adding(days: 1))
          .adding(days: index % 300)
        let update = ForecastUpdate(
          speaker: "s\(speaker)", proposition: "q\(proposition)", thread: "s\(speaker)",
          saidOn: saidOn, p: Double(percent) / 100, status: .open, resolvedOn: nil)
        let states = codes.map(MultiCutScoringTests.state)
        kept.add(update, at: states)
        pooled.add(update, at: states)
      }
      let withSpeakers = kept.scorecards(knownBy: .distantPast)
      let alone = pooled.scorecards(knownBy: .distantPast)
      for cut in cuts.indices {
        #expect(withSpeakers[cut].overall.tally == alone[cut].overall.tally)
        // The pooled line is scored in full however the speakers' lines are.
        #expect(withSpeakers[cut].overall.scores == alone[cut].overall.scores)
      }
    }
  }
}

/// Each tag's scorecard scored `.pooled` (what `scorecard --by tag` shows as a table) has the
/// pooled line and the speaker count of the same tag scored in full, on random propositions
/// shared by speakers, with two tags a proposition (FICTIONAL speakers and forecasts).
@Suite struct PooledTagTests {
  @Test func aPooledTagIsTheFullTagsPooledLine() async {
    await propertyCheck(input: MultiCutScoringTests.update.array(of: 0...60)) { list in
      var full = PropositionScorer(byTag: .full)
      var pooled = PropositionScorer(detail: .pooled, byTag: .pooled)
      let updates = list.enumerated().sorted {
        ($0.element.1, $0.offset) < ($1.element.1, $1.offset)
      }
      for (index, (speaker, proposition, percent, _, codes)) in updates {
        let state = MultiCutScoringTests.state(codes[0])
        let update = ForecastUpdate(
          speaker: "s\(speaker)", proposition: "q\(proposition)", thread: "s\(speaker)",
          saidOn: Day("2030-01-01")!.adding(days: index % 300), p: Double(percent) / 100,
          status: state.status, resolvedOn: state.resolvedOn,
          tags: ["t\(proposition % 2)", "u\(proposition % 3)"])
        full.add(update)
        pooled.add(update)
      }
      let day = Day("2030-12-31")!
      let fullTags = full.scorecardsByTag(asOf: day, knownBy: .distantPast)
      let pooledTags = pooled.scorecardsByTag(asOf: day, knownBy: .distantPast)
      #expect(fullTags.map(\.tag) == pooledTags.map(\.tag))
      for (whole, alone) in zip(fullTags, pooledTags) {
        #expect(alone.card.speakers.isEmpty)
        #expect(alone.card.overall == whole.card.overall)
        #expect(alone.speakerCount == whole.card.speakers.count)
      }
    }
  }
}

/// The bootstrap's percentiles by selection equal those of the sorted values (numpy's linear
/// method, `Scoring.percentile(sorted:_:)`), on random values with ties (FICTIONAL numbers).
@Suite struct PercentileSelectionTests {
  @Test func selectionEqualsSorting() async {
    await propertyCheck(input: Gen.int(in: 0...20).array(of: 1...300), Gen.int(in: 0...1000)) {
      codes, q in
      let values = codes.map { Double($0) / 7 }
      for quantile in [0.025, 0.975, Double(q) / 1000] {
        var copy = values
        #expect(
          Scoring.percentile(&copy, quantile)
            == Scoring.percentile(sorted: values.sorted(), quantile))
      }
    }
  }
}
