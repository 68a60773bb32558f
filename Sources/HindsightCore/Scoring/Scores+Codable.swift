extension Scores: Codable {
  enum CodingKeys: String, CodingKey {
    case n
    case enoughToJudge = "enough_to_judge"
    case baseRate = "base_rate"
    case meanP = "mean_p"
    case brier
    case brierCI95 = "brier_ci95"
    case logLoss = "log_loss"
    case spherical
    case bssBaseRate = "bss_base_rate"
    case bssCoin = "bss_coin"
    case murphy
    case calibration
    case calibrationInTheLarge = "calibration_in_the_large"
    case overconfidence
    case hitRate = "hit_rate"
    case hitRateN = "hit_rate_n"
    case hitRateCI95 = "hit_rate_ci95"
    case brierRange = "brier_range"
  }

  /// Encodes every key, writing JSON `null` for undefined figures (keys are never left out).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(n, forKey: .n)
    try container.encode(enoughToJudge, forKey: .enoughToJudge)
    try encodeOrNull(baseRate, .baseRate, in: &container)
    try encodeOrNull(meanP, .meanP, in: &container)
    try encodeOrNull(brier, .brier, in: &container)
    try encodeOrNull(brierCI95, .brierCI95, in: &container)
    try encodeOrNull(logLoss, .logLoss, in: &container)
    try encodeOrNull(spherical, .spherical, in: &container)
    try encodeOrNull(bssBaseRate, .bssBaseRate, in: &container)
    try encodeOrNull(bssCoin, .bssCoin, in: &container)
    try encodeOrNull(murphy, .murphy, in: &container)
    try container.encode(calibration, forKey: .calibration)
    try encodeOrNull(calibrationInTheLarge, .calibrationInTheLarge, in: &container)
    try encodeOrNull(overconfidence, .overconfidence, in: &container)
    try encodeOrNull(hitRate, .hitRate, in: &container)
    try container.encode(hitRateN, forKey: .hitRateN)
    try encodeOrNull(hitRateCI95, .hitRateCI95, in: &container)
    try encodeOrNull(brierRange, .brierRange, in: &container)
  }

  /// Decodes scores written by ``encode(to:)``; `null` or missing figures become `nil`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      n: try container.decode(Int.self, forKey: .n),
      baseRate: try container.decodeIfPresent(Double.self, forKey: .baseRate),
      meanP: try container.decodeIfPresent(Double.self, forKey: .meanP),
      brier: try container.decodeIfPresent(Double.self, forKey: .brier),
      brierCI95: try container.decodeIfPresent(BrierInterval.self, forKey: .brierCI95),
      logLoss: try container.decodeIfPresent(Double.self, forKey: .logLoss),
      spherical: try container.decodeIfPresent(Double.self, forKey: .spherical),
      bssBaseRate: try container.decodeIfPresent(Double.self, forKey: .bssBaseRate),
      bssCoin: try container.decodeIfPresent(Double.self, forKey: .bssCoin),
      murphy: try container.decodeIfPresent(MurphyDecomposition.self, forKey: .murphy),
      calibration: try container.decodeIfPresent([CalibrationBin].self, forKey: .calibration)
        ?? [],
      calibrationInTheLarge: try container.decodeIfPresent(
        Double.self, forKey: .calibrationInTheLarge),
      overconfidence: try container.decodeIfPresent(Double.self, forKey: .overconfidence),
      hitRate: try container.decodeIfPresent(Double.self, forKey: .hitRate),
      hitRateN: try container.decodeIfPresent(Int.self, forKey: .hitRateN) ?? 0,
      hitRateCI95: try container.decodeIfPresent(Interval.self, forKey: .hitRateCI95),
      brierRange: try container.decodeIfPresent(BrierRange.self, forKey: .brierRange))
  }

  private func encodeOrNull<Value: Encodable>(
    _ value: Value?, _ key: CodingKeys, in container: inout KeyedEncodingContainer<CodingKeys>
  ) throws {
    if let value {
      try container.encode(value, forKey: key)
    } else {
      try container.encodeNil(forKey: key)
    }
  }
}
