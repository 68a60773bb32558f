extension Scoring {
  /// The calibration bin (0…9) of a probability: bin i holds round(100p) in [10i, 10i + 10),
  /// and bin 9 also holds 100. Rounding is half away from zero; on the bin edges
  /// (9.5, 19.5, …) this agrees with round-half-to-even.
  public static func calibrationBinIndex(for p: Double) -> Int {
    let percent = Int((100 * p).rounded(.toNearestOrAwayFromZero))
    return Swift.min(Swift.max(percent / 10, 0), binCount - 1)
  }

  /// The non-empty rows of the ten-bin calibration table, in increasing order.
  static func calibrationTable(groups: [ForecastGroup]) -> [CalibrationBin] {
    var counts = [Int](repeating: 0, count: binCount)
    var trues = [Int](repeating: 0, count: binCount)
    var sumP = [Double](repeating: 0, count: binCount)
    for group in groups {
      let bin = calibrationBinIndex(for: group.key.p)
      counts[bin] += group.count
      trues[bin] += group.trues
      sumP[bin] += Double(group.count) * group.key.p
    }
    return (0..<binCount).compactMap { bin in
      guard counts[bin] > 0,
        let interval = wilsonInterval(successes: trues[bin], trials: counts[bin])
      else { return nil }
      let n = Double(counts[bin])
      return CalibrationBin(
        lower: Double(bin) / 10, upper: Double(bin + 1) / 10, n: counts[bin],
        meanP: sumP[bin] / n, observed: Double(trues[bin]) / n, observedCI95: interval)
    }
  }
}
