extension Scoring {
  /// The Wilson (1927) score interval for `successes` out of `trials`, clamped to [0, 1];
  /// `nil` when there are no trials.
  ///
  /// With p̂ = k/n: centre (p̂ + z²/2n) / (1 + z²/n), half-width
  /// z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²).
  public static func wilsonInterval(successes: Int, trials: Int, z: Double = z95) -> Interval? {
    guard trials > 0 else { return nil }
    let n = Double(trials)
    let share = Double(successes) / n
    let z2 = z * z
    let denominator = 1 + z2 / n
    let centre = (share + z2 / (2 * n)) / denominator
    let half = z / denominator * (share * (1 - share) / n + z2 / (4 * n * n)).squareRoot()
    return Interval(low: Swift.max(0, centre - half), high: Swift.min(1, centre + half))
  }

  /// The `q`-quantile (q in [0, 1]) of ascending `sorted` values by linear interpolation
  /// between order statistics, as numpy.percentile's default (`linear`) method:
  /// h = (count − 1)·q, value = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).
  public static func percentile(sorted: [Double], _ q: Double) -> Double? {
    guard !sorted.isEmpty else { return nil }
    let h = Double(sorted.count - 1) * q
    let below = Int(h.rounded(.down))
    let above = Swift.min(below + 1, sorted.count - 1)
    return sorted[below] + (h - Double(below)) * (sorted[above] - sorted[below])
  }

  /// The 95% interval of the Brier score: a percentile bootstrap below
  /// ``normalApproximationMinimum`` forecasts, the normal approximation from there on.
  static func brierInterval(groups: [ForecastGroup], brier: Double, count: Int) -> BrierInterval {
    if count < normalApproximationMinimum {
      return bootstrapBrierInterval(squaredErrors: squaredErrors(groups))
    }
    var deviations = 0.0
    for group in groups {
      let whenTrue = (1 - group.key.p) * (1 - group.key.p) - brier
      let whenFalse = group.key.p * group.key.p - brier
      deviations += Double(group.trues) * whenTrue * whenTrue
      deviations += Double(group.falses) * whenFalse * whenFalse
    }
    let n = Double(count)
    let sd = (deviations / (n - 1)).squareRoot()  // sample sd, ddof = 1
    let half = z95 * sd / n.squareRoot()
    return BrierInterval(
      low: Swift.max(0, brier - half), high: Swift.min(1, brier + half), method: .normal)
  }

  /// The squared errors in canonical order: groups ascending, within a group false then true.
  static func squaredErrors(_ groups: [ForecastGroup]) -> [Double] {
    var errors: [Double] = []
    for group in groups {
      let p = group.key.p
      errors += repeatElement(p * p, count: group.falses)
      errors += repeatElement((1 - p) * (1 - p), count: group.trues)
    }
    return errors
  }

  /// The percentile-bootstrap 95% interval of the mean of `squaredErrors`: 2,000 resamples
  /// of size n drawn with SplitMix64 from ``bootstrapSeed``, then the 2.5th and 97.5th
  /// percentiles of the resample means (``percentile(sorted:_:)``).
  ///
  /// Every interval draws from the same seed, so the indices depend on n alone: those of each
  /// n a scorecard meets are drawn once and kept (`BootstrapDraws`), and each interval sums
  /// its errors in the drawn order, the same sums as drawing them afresh.
  public static func bootstrapBrierInterval(squaredErrors: [Double]) -> BrierInterval {
    precondition(!squaredErrors.isEmpty, "the bootstrap needs at least one forecast")
    var means =
      squaredErrors.count <= BootstrapDraws.largestKept
      ? resampleMeans(squaredErrors, BootstrapDraws.shared.indices(squaredErrors.count))
      : resampleMeans(squaredErrors, bootstrapIndices(squaredErrors.count, as: UInt32.self))
    return BrierInterval(
      low: percentile(&means, 0.025), high: percentile(&means, 0.975), method: .bootstrap)
  }

  /// The bootstrap's draws for `count` errors: `bootstrapResamples` resamples of `count`
  /// indices each, one after another, drawn with SplitMix64 from ``bootstrapSeed``.
  static func bootstrapIndices<Index: FixedWidthInteger>(_ count: Int, as _: Index.Type)
    -> [Index]
  {
    var generator = SplitMix64(seed: bootstrapSeed)
    let bound = SplitMix64.IndexBound(count)
    return (0..<bootstrapResamples * count).map { _ in Index(generator.nextIndex(bound)) }
  }

  /// The mean of each resample of `errors` that `indices` draws (`bootstrapIndices`), each a
  /// sum in the order drawn.
  private static func resampleMeans<Index: FixedWidthInteger>(
    _ errors: [Double], _ indices: [Index]
  ) -> [Double] {
    let count = errors.count
    var means: [Double] = []
    means.reserveCapacity(bootstrapResamples)
    errors.withUnsafeBufferPointer { errors in
      indices.withUnsafeBufferPointer { indices in
        var next = 0
        for _ in 0..<bootstrapResamples {
          var sum = 0.0
          for _ in 0..<count {
            sum += errors[Int(indices[next])]
            next += 1
          }
          means.append(sum / Double(count))
        }
      }
    }
    return means
  }

  /// `percentile(sorted:_:)` of `values` without sorting them: the two order statistics it
  /// interpolates between are selected (quickselect), reordering `values`; the same value.
  static func percentile(_ values: inout [Double], _ q: Double) -> Double {
    let h = Double(values.count - 1) * q
    let below = Int(h.rounded(.down))
    let low = select(&values, below)
    let high = below + 1 < values.count ? values[(below + 1)...].min()! : low
    return low + (h - Double(below)) * (high - low)
  }

  /// Moves the `k`-th smallest of `values` (from 0) to index `k`, every smaller one before it
  /// and every larger one after it, and returns it (Hoare's selection, median-of-three pivot).
  static func select(_ values: inout [Double], _ k: Int) -> Double {
    var low = 0
    var high = values.count - 1
    while low < high {
      let middle = low + (high - low) / 2
      // Median of three as the pivot.
      if values[middle] < values[low] { values.swapAt(middle, low) }
      if values[high] < values[low] { values.swapAt(high, low) }
      if values[high] < values[middle] { values.swapAt(high, middle) }
      let pivot = values[middle]
      var i = low
      var j = high
      while i <= j {
        while values[i] < pivot { i += 1 }
        while pivot < values[j] { j -= 1 }
        if i <= j {
          values.swapAt(i, j)
          i += 1
          j -= 1
        }
      }
      if k <= j {
        high = j
      } else if k >= i {
        low = i
      } else {
        return values[k]
      }
    }
    return values[k]
  }
}
