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
