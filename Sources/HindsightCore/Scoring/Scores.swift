/// Every figure of a set of resolved forecasts (SPEC §7), `nil` where a figure is undefined.
///
/// Computed by ``Scoring/scores(_:)`` and ``ScorecardBuilder``; the definitions are in
/// `docs/methodology.md`. The scorecard's JSON, CSV and table write them as
/// `ScorecardColumn.all` describes (HindsightReports).
public struct Scores: Hashable, Sendable {
  /// The number of resolved forecasts scored.
  public var n: Int
  /// ō, the share of forecasts that came true; `nil` when n is 0.
  public var baseRate: Double?
  /// The mean forecast probability; `nil` when n is 0.
  public var meanP: Double?
  /// Brier score, mean of (p − o)², on the 0–1 scale (lower is better).
  public var brier: Double?
  /// The 95% interval of the Brier score and how it was obtained.
  public var brierCI95: BrierInterval?
  /// Log loss in nats, −mean of ln(p) for true and ln(1 − p) for false, each p clamped into
  /// [0.001, 0.999] (``Scoring/logClamp``).
  public var logLoss: Double?
  /// Spherical score, mean of p_o / √(p² + (1 − p)²) (higher is better).
  public var spherical: Double?
  /// Brier skill score against the base rate, 1 − BS / (ō(1 − ō)); `nil` when ō is 0 or 1.
  public var bssBaseRate: Double?
  /// Brier skill score against always saying 0.5, 1 − BS / 0.25.
  public var bssCoin: Double?
  /// Murphy's decomposition of the Brier score.
  public var murphy: MurphyDecomposition?
  /// The non-empty bins of the ten-bin calibration table, in increasing order.
  public var calibration: [CalibrationBin]
  /// mean(p) − ō: positive when the forecasts were too high on average.
  public var calibrationInTheLarge: Double?
  /// Mean of max(p, 1 − p) minus the hit rate, over forecasts with p ≠ 0.5.
  public var overconfidence: Double?
  /// Share of forecasts with p ≠ 0.5 whose more likely side happened.
  public var hitRate: Double?
  /// The number of forecasts the hit rate and over-confidence count (those with p ≠ 0.5).
  public var hitRateN: Int
  /// Wilson 95% interval on the hit rate.
  public var hitRateCI95: Interval?
  /// The Brier score's sensitivity to the confidence-scale intervals.
  public var brierRange: BrierRange?
  /// The Brier score shrunk toward 0.25 by ``Scoring/shrinkagePseudoCount`` pseudo-forecasts,
  /// (n·BS + 30·0.25)/(n + 30): what the ranking orders by, so a few lucky forecasts cannot
  /// outrank many good ones.
  public var brierShrunk: Double?
  /// Good Judgment Open's mean daily Brier score, averaged over the propositions scored.
  public var brierTimeAveraged: Double?
  /// Metaculus's peer score, averaged over the propositions another speaker also forecast.
  public var peerScore: Double?
  /// Fatebook's relative Brier score, averaged over the same propositions as `peerScore`.
  public var relativeBrier: Double?
  /// How many scored propositions another speaker also forecast.
  public var peerN: Int = 0
  /// The Brier score and n by how far ahead the forecasts were made, every horizon listed.
  public var byHorizon: [HorizonScore] = Horizon.allCases.map {
    HorizonScore(horizon: $0, n: 0, brier: nil)
  }

  /// Creates scores from every figure; use ``Scoring/scores(_:)`` to compute them.
  public init(
    n: Int, baseRate: Double?, meanP: Double?, brier: Double?, brierCI95: BrierInterval?,
    logLoss: Double?, spherical: Double?, bssBaseRate: Double?, bssCoin: Double?,
    murphy: MurphyDecomposition?, calibration: [CalibrationBin], calibrationInTheLarge: Double?,
    overconfidence: Double?, hitRate: Double?, hitRateN: Int, hitRateCI95: Interval?,
    brierRange: BrierRange?
  ) {
    self.n = n
    self.baseRate = baseRate
    self.meanP = meanP
    self.brier = brier
    self.brierCI95 = brierCI95
    self.logLoss = logLoss
    self.spherical = spherical
    self.bssBaseRate = bssBaseRate
    self.bssCoin = bssCoin
    self.murphy = murphy
    self.calibration = calibration
    self.calibrationInTheLarge = calibrationInTheLarge
    self.overconfidence = overconfidence
    self.hitRate = hitRate
    self.hitRateN = hitRateN
    self.hitRateCI95 = hitRateCI95
    self.brierRange = brierRange
  }

  /// The scores of no forecasts: n is 0 and every figure is `nil`.
  public static let empty = Scores(
    n: 0, baseRate: nil, meanP: nil, brier: nil, brierCI95: nil, logLoss: nil, spherical: nil,
    bssBaseRate: nil, bssCoin: nil, murphy: nil, calibration: [], calibrationInTheLarge: nil,
    overconfidence: nil, hitRate: nil, hitRateN: 0, hitRateCI95: nil, brierRange: nil)

  /// Whether there are enough resolved forecasts (``Scoring/minimumToJudge``) to judge
  /// calibration and rank the speaker.
  public var enoughToJudge: Bool { n >= Scoring.minimumToJudge }

  /// Whether the scorecard should say "too few to judge calibration" instead of ranking.
  public var tooFewToJudge: Bool { !enoughToJudge }
}
