import HindsightCore
import Testing

/// Expected values come from scripts/scoring_oracle_cases.py (scikit-learn brier_score_loss and
/// log_loss, statsmodels proportion_confint(method="wilson"), numpy for the rest), run with
/// numpy 2.4.6, scikit-learn 1.9.1. All 95% intervals use z = 1.959963984540054
/// (scipy.stats.norm.ppf(0.975)). Fixtures are fictional.
@Suite("Scoring against the oracle")
struct ScoringOracleTests {
  let toy = Scoring.scores(
    forecasts([0.9, 0.8, 0.7, 0.7, 0.6, 0.3, 0.2, 0.1, 0.95, 0.5], [1, 1, 0, 1, 1, 0, 0, 1, 1, 0]))

  @Test("toy set of ten: proper scores and skill (oracle case toy10)")
  func toyProperScores() {
    #expect(toy.n == 10)
    #expect(close(toy.brier, 0.19825))
    #expect(close(toy.logLoss, 0.6026821502197178))
    #expect(close(toy.spherical, 0.7814584524511312))
    #expect(close(toy.bssBaseRate, 0.17395833333333333))
    #expect(close(toy.bssCoin, 0.207))
    #expect(close(toy.calibrationInTheLarge, -0.025))
    #expect(close(toy.baseRate, 0.6))
    #expect(toy.enoughToJudge)
  }

  @Test("toy set of ten: Murphy decomposition (oracle case toy10)")
  func toyMurphy() throws {
    let murphy = try #require(toy.murphy)
    #expect(close(murphy.reliability, 0.14825))
    #expect(close(murphy.resolution, 0.19))
    #expect(close(murphy.uncertainty, 0.24))
  }

  @Test("toy set of ten: hit rate, over-confidence, bootstrap (oracle case toy10)")
  func toyHitRateAndInterval() throws {
    #expect(close(toy.hitRate, 7.0 / 9.0))
    #expect(toy.hitRateN == 9)
    #expect(close(toy.hitRateCI95, 0.45258896910698887, 0.9367748928821533))
    #expect(close(toy.overconfidence, 0.005555555555555536))
    let interval = try #require(toy.brierCI95)
    #expect(interval.method == .bootstrap)
    #expect(close(interval.low, 0.06474375000000002))
    #expect(close(interval.high, 0.36726874999999987))
  }

  @Test("toy set of ten: calibration table (oracle case toy10)")
  func toyCalibration() {
    let bins = toy.calibration
    #expect(bins.map(\.lower) == [0.1, 0.2, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9])
    #expect(bins.map(\.upper) == [0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9, 1.0])
    #expect(bins.map(\.n) == [1, 1, 1, 1, 1, 2, 1, 2])
    #expect(bins.map(\.observed) == [1, 0, 0, 0, 1, 0.5, 1, 1])
    #expect(close(bins.last?.meanP, 0.925))
    #expect(close(bins[5].observedCI95, 0.09453120573423068, 0.9054687942657693))
    #expect(close(bins[0].observedCI95, 0.2065493143772374, 1.0))
    #expect(close(bins[1].observedCI95, 0.0, 0.7934506856227627))
  }

  @Test("three forecasts: Brier and Wilson hit-rate interval (oracle case toy3)")
  func threeForecasts() throws {
    let scores = Scoring.scores(forecasts([0.9, 0.8, 0.7], [1, 0, 1]))
    #expect(close(scores.brier, 0.24666666666666673))
    #expect(close(scores.logLoss, 0.6904911240102197))
    #expect(close(scores.spherical, 0.71852146324267))
    #expect(close(scores.bssBaseRate, -0.1100000000000001))
    #expect(close(scores.hitRateCI95, 0.2076596008020477, 0.9385080552796037))
    #expect(close(scores.overconfidence, 0.13333333333333353))
    #expect(!scores.enoughToJudge)
    let interval = try #require(scores.brierCI95)
    #expect(close(interval.low, 0.01) && close(interval.high, 0.64))
  }

  @Test("29 forecasts use the bootstrap (oracle case n29)")
  func twentyNine() throws {
    let scores = Scoring.scores(forecasts(Array(n30P.prefix(29)), Array(n30O.prefix(29))))
    #expect(close(scores.brier, 0.1731103448275862))
    #expect(close(scores.logLoss, 0.5099121100935635))
    #expect(close(scores.murphy?.reliability, 0.0983977011494253))
    #expect(close(scores.murphy?.resolution, 0.16785572730875936))
    #expect(close(scores.murphy?.uncertainty, 0.24256837098692033))
    let interval = try #require(scores.brierCI95)
    #expect(interval.method == .bootstrap)
    #expect(close(interval.low, 0.10639293103448276))
    #expect(close(interval.high, 0.24839172413793092))
  }

  @Test("30 forecasts switch to mean ± z·sd/√n with the sample sd, ddof 1 (oracle case n30)")
  func thirty() throws {
    let scores = Scoring.scores(forecasts(n30P, n30O))
    #expect(close(scores.brier, 0.16867333333333334))
    #expect(close(scores.spherical, 0.8090764165378092))
    #expect(close(scores.bssBaseRate, 0.29719444444444443))
    #expect(close(scores.hitRate, 22.0 / 29.0))
    #expect(close(scores.hitRateCI95, 0.5789239838218866, 0.8778157755747992))
    #expect(close(scores.overconfidence, -0.0006896551724137057))
    #expect(close(scores.calibration.first?.meanP, 0.03))
    #expect(close(scores.calibration[8].observedCI95, 0.2076596008020477, 0.9385080552796037))
    let interval = try #require(scores.brierCI95)
    #expect(interval.method == .normal)
    #expect(close(interval.low, 0.0973913536680789))
    #expect(close(interval.high, 0.2399553129985878))
  }

  @Test("sensitivity range at the scale intervals' ends (oracle case sensitivity)")
  func sensitivity() throws {
    let scores = Scoring.scores([
      ScoredForecast(p: 0.75, outcome: true, pLow: 0.65, pHigh: 0.8),
      ScoredForecast(p: 0.7, outcome: false, pLow: 0.65, pHigh: 0.75),
      ScoredForecast(p: 0.2, outcome: false, pLow: 0.1, pHigh: 0.288),
      ScoredForecast(p: 0.5, outcome: true, pLow: 0.4, pHigh: 0.5),
      ScoredForecast(p: 0.9, outcome: true),
      ScoredForecast(p: 0.3, outcome: true),
    ])
    #expect(close(scores.brier, 0.22375))
    let range = try #require(scores.brierRange)
    #expect(range.varied == 4)
    #expect(close(range.atLowEnds, 0.23583333333333334))
    #expect(close(range.atHighEnds, 0.23924066666666666))
    // The point score lies below both ends here, so it is the range's minimum.
    #expect(close(range.min, 0.22375))
    #expect(close(range.max, 0.23924066666666666))
    #expect(close(scores.brierCI95?.low, 0.065) && close(scores.brierCI95?.high, 0.41))
  }
}
