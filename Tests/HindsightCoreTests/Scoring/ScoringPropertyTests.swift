import HindsightCore
import PropertyBased
import Testing

/// Identities that must hold for any input (forecasts with p in [0.01, 0.99], as validated
/// catalogs allow, some with scale intervals around p).
@Suite("Scoring properties")
struct ScoringPropertyTests {
  static let forecast = zip(
    Gen.double(in: 0.01...0.99), Gen.bool, Gen.double(in: 0...0.2), Gen.double(in: 0...0.2),
    Gen.bool
  )
  .map { p, outcome, below, above, fromScale in
    // Round p to whole percentages half the time so that repeated p values (and so
    // non-trivial Murphy groups) occur.
    let value = below < 0.1 ? (p * 100).rounded() / 100 : p
    return ScoredForecast(
      p: value, outcome: outcome,
      pLow: fromScale ? max(0.01, value - below) : nil,
      pHigh: fromScale ? min(0.99, value + above) : nil)
  }
  static let forecastLists = forecast.array(of: 1...60)

  @Test("REL − RES + UNC equals the Brier score (Murphy 1973) to 1e-12")
  func murphyIdentity() async {
    await propertyCheck(input: Self.forecastLists) { list in
      let scores = Scoring.scores(list)
      #expect(close(scores.murphy?.brier, scores.brier ?? .nan, 1e-12))
    }
  }

  @Test("scores do not depend on the order of the forecasts")
  func orderInvariance() async {
    await propertyCheck(input: Self.forecastLists, Gen.int(in: 0...1_000_000)) { list, seed in
      var generator = SplitMix64(seed: UInt64(seed))
      let shuffled = list.shuffled(using: &generator)
      #expect(Scoring.scores(shuffled) == Scoring.scores(list))
    }
  }

  @Test("Brier score, its interval and the skill scores stay in their ranges")
  func ranges() async {
    await propertyCheck(input: Self.forecastLists) { list in
      let scores = Scoring.scores(list)
      guard let brier = scores.brier, let interval = scores.brierCI95 else {
        Issue.record("a non-empty list must have a Brier score and interval")
        return
      }
      #expect(brier >= 0 && brier <= 1)
      #expect(interval.low >= 0 && interval.high <= 1 && interval.low <= interval.high)
      #expect((scores.bssCoin ?? .nan) <= 1)
      #expect(scores.calibration.map(\.n).reduce(0, +) == list.count)
    }
  }

  @Test("the sensitivity range contains the point Brier score and both end scores")
  func sensitivityContainsPoint() async {
    await propertyCheck(input: Self.forecastLists) { list in
      let scores = Scoring.scores(list)
      guard let brier = scores.brier, let range = scores.brierRange else {
        Issue.record("a non-empty list must have a Brier range")
        return
      }
      #expect(range.min <= brier && brier <= range.max)
      #expect(range.min <= range.atLowEnds && range.atLowEnds <= range.max)
      #expect(range.min <= range.atHighEnds && range.atHighEnds <= range.max)
      #expect(range.varied == list.filter(\.isScaleDerived).count)
    }
  }
}
