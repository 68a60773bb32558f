import HindsightCore
import Testing

/// Edge cases. Expected numbers come from scripts/scoring_oracle_cases.py (cases allTrue,
/// coinOnly, single) or are worked by hand where the comment says so. Fixtures are fictional.
@Suite("Scoring edge cases")
struct ScoringEdgeCaseTests {
  @Test("no forecasts: n is 0 and every figure is nil")
  func empty() {
    let scores = Scoring.scores([])
    #expect(scores == .empty)
    #expect(scores.n == 0 && scores.hitRateN == 0)
    #expect(scores.brier == nil && scores.brierCI95 == nil && scores.logLoss == nil)
    #expect(scores.spherical == nil && scores.bssBaseRate == nil && scores.bssCoin == nil)
    #expect(scores.murphy == nil && scores.calibration.isEmpty && scores.brierRange == nil)
    #expect(scores.calibrationInTheLarge == nil && scores.overconfidence == nil)
    #expect(scores.hitRate == nil && scores.hitRateCI95 == nil && scores.baseRate == nil)
    #expect(scores.tooFewToJudge)
  }

  @Test("all outcomes true: no base-rate skill, zero uncertainty (oracle case allTrue)")
  func allTrue() throws {
    let scores = Scoring.scores(forecasts([0.6, 0.7, 0.8, 0.9], [1, 1, 1, 1]))
    #expect(close(scores.brier, 0.075))
    #expect(scores.bssBaseRate == nil)
    #expect(close(scores.bssCoin, 0.7))
    #expect(close(scores.logLoss, 0.2990011586691898))
    let murphy = try #require(scores.murphy)
    #expect(murphy.uncertainty == 0 && murphy.resolution == 0)
    #expect(close(murphy.reliability, 0.075))
    #expect(close(scores.hitRateCI95, 0.5101091635454025, 1.0))
    #expect(close(scores.brierCI95?.low, 0.025) && close(scores.brierCI95?.high, 0.13))
  }

  @Test("only p = 0.5: no hit rate and no over-confidence (oracle case coinOnly)")
  func coinOnly() {
    let scores = Scoring.scores(forecasts([0.5, 0.5, 0.5], [1, 0, 1]))
    #expect(scores.hitRate == nil && scores.hitRateCI95 == nil && scores.overconfidence == nil)
    #expect(scores.hitRateN == 0)
    #expect(close(scores.brier, 0.25) && close(scores.bssCoin, 0))
    #expect(close(scores.bssBaseRate, -0.125))
    #expect(close(scores.murphy?.reliability, 0.027777777777777766))
    #expect(scores.calibration.count == 1 && scores.calibration.first?.n == 3)
    #expect(close(scores.calibration.first?.observedCI95, 0.2076596008020477, 0.9385080552796037))
    #expect(close(scores.brierCI95?.low, 0.25) && close(scores.brierCI95?.high, 0.25))
  }

  @Test("a single forecast (oracle case single)")
  func single() {
    let scores = Scoring.scores([ScoredForecast(p: 0.7, outcome: true)])
    #expect(scores.n == 1 && !scores.enoughToJudge)
    #expect(close(scores.brier, 0.09) && close(scores.bssCoin, 0.64))
    #expect(scores.bssBaseRate == nil)
    #expect(close(scores.logLoss, 0.35667494393873245))
    #expect(close(scores.spherical, 0.9191450300180579))
    #expect(close(scores.calibrationInTheLarge, -0.3) && close(scores.overconfidence, -0.3))
    #expect(scores.brierCI95?.method == .bootstrap)
    #expect(close(scores.brierCI95?.low, 0.09) && close(scores.brierCI95?.high, 0.09))
    // No scale-derived forecast: the range collapses onto the point score (by hand).
    let range = scores.brierRange
    #expect(range?.varied == 0)
    #expect(close(range?.min, 0.09) && close(range?.max, 0.09))
    #expect(close(range?.atLowEnds, 0.09) && close(range?.atHighEnds, 0.09))
  }

  @Test("five forecasts are enough to judge, four are not (SPEC §7 small samples)")
  func judgeThreshold() {
    #expect(!Scoring.scores(forecasts([0.6, 0.6, 0.6, 0.6], [1, 1, 0, 1])).enoughToJudge)
    #expect(Scoring.scores(forecasts([0.6, 0.6, 0.6, 0.6, 0.6], [1, 1, 0, 1, 0])).enoughToJudge)
  }

  @Test("a certain forecast that failed has the log loss of 0.999: −ln 0.001 (by hand)")
  func clampedLogLoss() {
    let scores = Scoring.scores([ScoredForecast(p: 1, outcome: false)])
    #expect(abs((scores.logLoss ?? .nan) - 6.907755278982137) < 1e-12)
    #expect(scores.brier == 1)
    // A forecast of 0 that came true scores the same; one of 0 that did not, −ln 0.999.
    let zero = Scoring.scores([ScoredForecast(p: 0, outcome: true)])
    #expect(zero.logLoss == scores.logLoss)
    let right = Scoring.scores([ScoredForecast(p: 0, outcome: false)])
    #expect(abs((right.logLoss ?? .nan) - 0.0010005003335835344) < 1e-15)
  }

  @Test(
    "calibration bins on whole percentages (by hand: round(100p) / 10, 100 in the last bin)",
    arguments: [
      (0.0, 0), (0.01, 0), (0.094, 0), (0.095, 1), (0.29, 2), (0.295, 3), (0.3, 3), (0.6, 6),
      (0.7, 7), (0.99, 9), (1.0, 9),
    ])
  func binning(p: Double, bin: Int) {
    #expect(Scoring.calibrationBinIndex(for: p) == bin)
  }

  @Test("Wilson interval of no trials is nil; of 2 in 3 matches statsmodels (oracle toy3)")
  func wilson() {
    #expect(Scoring.wilsonInterval(successes: 0, trials: 0) == nil)
    #expect(
      close(Scoring.wilsonInterval(successes: 2, trials: 3), 0.2076596008020477, 0.9385080552796037)
    )
  }

  @Test("percentiles interpolate linearly like numpy.percentile (by hand)")
  func percentile() {
    // numpy.percentile([1, 2, 3, 4], 25) = 1.75 and 97.5 → 3.925: h = 3q, then interpolate.
    #expect(Scoring.percentile(sorted: [1, 2, 3, 4], 0.25) == 1.75)
    #expect(close(Scoring.percentile(sorted: [1, 2, 3, 4], 0.975), 3.925, 1e-12))
    #expect(Scoring.percentile(sorted: [], 0.5) == nil)
  }

  @Test("SplitMix64 matches the reference outputs and the oracle's indices")
  func splitMix() {
    // Seed 1234567: the reference splitmix64.c outputs, also printed by the oracle script.
    var generator = SplitMix64(seed: 1_234_567)
    #expect(
      [generator.next(), generator.next(), generator.next()] == [
        6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
      ])
    var seeded = SplitMix64(seed: Scoring.bootstrapSeed)
    let indices = (0..<10).map { _ in seeded.nextIndex(below: 10) }
    #expect(indices == [5, 4, 9, 8, 7, 3, 6, 8, 0, 4])
  }

  @Test("bootstrap intervals from the kept draws equal drawing afresh, to the bit")
  func keptDraws() {
    // The procedure of SPEC §7 written out here, drawing as it sums (FICTIONAL errors).
    func afresh(_ errors: [Double]) -> (Double, Double) {
      var generator = SplitMix64(seed: Scoring.bootstrapSeed)
      var means: [Double] = []
      for _ in 0..<Scoring.bootstrapResamples {
        var sum = 0.0
        for _ in errors { sum += errors[generator.nextIndex(below: errors.count)] }
        means.append(sum / Double(errors.count))
      }
      means.sort()
      return (
        Scoring.percentile(sorted: means, 0.025)!, Scoring.percentile(sorted: means, 0.975)!
      )
    }
    var values = SplitMix64(seed: 42)
    // Kept counts (twice each: drawn, then read back) and one beyond them, drawn each time.
    for count in [1, 2, 7, 29, 29, 1, 31] {
      let errors = (0..<count).map { _ in Double(values.next() % 10_000) / 10_000 }
      let interval = Scoring.bootstrapBrierInterval(squaredErrors: errors)
      let expected = afresh(errors)
      #expect(interval.low == expected.0 && interval.high == expected.1, "n = \(count)")
    }
  }

  @Test("a catalog confidence carries its interval only when it came from the scale")
  func fromConfidence() {
    let scale = Confidence(phrase: "probably", p: 0.75, interval: 0.65...0.8, basis: .scale)
    let stated = Confidence(phrase: nil, p: 0.75, interval: 0.65...0.8, basis: .stated)
    #expect(
      ScoredForecast(confidence: scale, outcome: true)
        == ScoredForecast(p: 0.75, outcome: true, pLow: 0.65, pHigh: 0.8))
    #expect(
      ScoredForecast(confidence: stated, outcome: true) == ScoredForecast(p: 0.75, outcome: true))
  }
}
