/// The scoring rules of SPEC §7 as pure, deterministic functions of resolved forecasts.
///
/// Every figure is defined in `docs/methodology.md`. Results do not depend on the order of
/// the input: forecasts are first tallied by (p, pLow, pHigh) and every sum runs over those
/// tallies in sorted order.
public enum Scoring {
  /// The two-sided 95% standard-normal quantile, Φ⁻¹(0.975), used for every 95% interval.
  public static let z95 = 1.959963984540054
  /// The number of bootstrap resamples for the Brier interval.
  public static let bootstrapResamples = 2_000
  /// The fixed SplitMix64 seed of the bootstrap: the ASCII bytes of "HINDSIGH".
  public static let bootstrapSeed: UInt64 = 0x4849_4E44_5349_4748
  /// From this many resolved forecasts on, the Brier interval uses the normal approximation.
  public static let normalApproximationMinimum = 30
  /// Fewer resolved forecasts than this are "too few to judge calibration".
  public static let minimumToJudge = 5
  /// The pseudo-forecasts of the shrunk Brier score: as if every speaker had also made this
  /// many forecasts scoring `shrinkageTarget`.
  public static let shrinkagePseudoCount = 30
  /// What the shrunk Brier score is pulled toward: the score of always saying 50%.
  public static let shrinkageTarget = 0.25
  /// The number of calibration bins.
  public static let binCount = 10

  /// Computes every figure of SPEC §7 for a set of resolved forecasts.
  ///
  /// - Precondition: every `p`, `pLow` and `pHigh` is a number in [0, 1].
  public static func scores(_ forecasts: [ScoredForecast]) -> Scores {
    scores(groups: tally(forecasts))
  }

  /// Only the count, the Brier score and its shrunk form, from the sum of n squared errors
  /// (every other figure absent), for series that show nothing else.
  static func brierOnly(squaredErrors: Double, n: Int) -> Scores {
    guard n > 0 else { return .empty }
    var scores = Scores.empty
    scores.n = n
    scores.brier = squaredErrors / Double(n)
    scores.brierShrunk = shrunk(brierSum: squaredErrors, n: n)
    return scores
  }

  /// Computes every figure from forecasts already tallied: `groups` in ascending key order,
  /// each key once; without the Brier interval unless `interval` (its bootstrap is the
  /// costliest figure).
  static func scores(groups: [ForecastGroup], interval: Bool = true) -> Scores {
    guard !groups.isEmpty else { return .empty }
    var sums = Sums()
    for group in groups { sums.add(group) }
    let n = Double(sums.n)
    let baseRate = Double(sums.trues) / n
    let brier = sums.brier / n
    let uncertainty = baseRate * (1 - baseRate)
    let logLoss = -sums.logLikelihood / n
    let hitRate = sums.sideCount > 0 ? Double(sums.sideHits) / Double(sums.sideCount) : nil
    var scores = Scores(
      n: sums.n,
      baseRate: baseRate,
      meanP: sums.p / n,
      brier: brier,
      brierCI95: interval ? brierInterval(groups: groups, brier: brier, count: sums.n) : nil,
      logLoss: logLoss.isFinite ? logLoss : nil,
      spherical: sums.spherical / n,
      bssBaseRate: uncertainty > 0 ? 1 - brier / uncertainty : nil,
      bssCoin: 1 - brier / 0.25,
      murphy: murphy(groups: groups, baseRate: baseRate, count: sums.n),
      calibration: calibrationTable(groups: groups),
      calibrationInTheLarge: sums.p / n - baseRate,
      overconfidence: hitRate.map { sums.sideConfidence / Double(sums.sideCount) - $0 },
      hitRate: hitRate,
      hitRateN: sums.sideCount,
      hitRateCI95: wilsonInterval(successes: sums.sideHits, trials: sums.sideCount),
      brierRange: brierRange(sums: sums, brier: brier))
    scores.brierShrunk = shrunk(brierSum: sums.brier, n: sums.n)
    return scores
  }

  /// (Σ(p − o)² + k·0.25)/(n + k), k = `shrinkagePseudoCount`: the Bayesian average of the
  /// squared errors with a prior of k forecasts at `shrinkageTarget`.
  static func shrunk(brierSum: Double, n: Int) -> Double? {
    guard n > 0 else { return nil }
    let k = Double(shrinkagePseudoCount)
    return (brierSum + k * shrinkageTarget) / (Double(n) + k)
  }

  /// Scores each speaker's forecasts and all of them pooled.
  ///
  /// Speakers come back sorted by their identifier; `overall` scores every forecast together
  /// (it is not an average of the speakers' scores).
  public static func scoresBySpeaker(
    _ items: [(speaker: String, forecast: ScoredForecast)]
  ) -> ScoreGroups {
    var bySpeaker: [String: [ScoredForecast]] = [:]
    for item in items { bySpeaker[item.speaker, default: []].append(item.forecast) }
    let speakers = bySpeaker.keys.sorted().map { speaker in
      SpeakerScores(speaker: speaker, scores: scores(bySpeaker[speaker] ?? []))
    }
    return ScoreGroups(speakers: speakers, overall: scores(items.map(\.forecast)))
  }

  /// The Murphy decomposition over distinct values of `p`; `groups` must be sorted by `p`.
  static func murphy(groups: [ForecastGroup], baseRate: Double, count: Int) -> MurphyDecomposition {
    var reliability = 0.0
    var resolution = 0.0
    var index = 0
    while index < groups.count {
      let p = groups[index].key.p
      var n = 0
      var trues = 0
      while index < groups.count, groups[index].key.p == p {
        n += groups[index].count
        trues += groups[index].trues
        index += 1
      }
      let observed = Double(trues) / Double(n)
      reliability += Double(n) * (p - observed) * (p - observed)
      resolution += Double(n) * (observed - baseRate) * (observed - baseRate)
    }
    return MurphyDecomposition(
      reliability: reliability / Double(count), resolution: resolution / Double(count),
      uncertainty: baseRate * (1 - baseRate))
  }

  /// The Brier sensitivity range, from the sums at the interval ends.
  static func brierRange(sums: Sums, brier: Double) -> BrierRange {
    let n = Double(sums.n)
    let atLow = sums.brierAtLowEnds / n
    let atHigh = sums.brierAtHighEnds / n
    return BrierRange(
      min: Swift.min(brier, atLow, atHigh), max: Swift.max(brier, atLow, atHigh),
      atLowEnds: atLow, atHighEnds: atHigh, varied: sums.scaleDerived)
  }
}
