import Foundation

/// Running sums over forecast groups, from which ``Scoring/scores(_:)`` derives each figure.
struct Sums {
  var n = 0
  var trues = 0
  var p = 0.0
  var brier = 0.0
  var logLikelihood = 0.0
  var spherical = 0.0
  /// Forecasts with p ≠ 0.5, and how many of them had their more likely side happen.
  var sideCount = 0
  var sideHits = 0
  /// Σ max(p, 1 − p) over forecasts with p ≠ 0.5.
  var sideConfidence = 0.0
  var brierAtLowEnds = 0.0
  var brierAtHighEnds = 0.0
  var scaleDerived = 0

  mutating func add(_ group: ForecastGroup) {
    let q = group.key.p
    let count = Double(group.count)
    let trueCount = Double(group.trues)
    let falseCount = Double(group.falses)
    n += group.count
    trues += group.trues
    p += count * q
    brier += group.squaredErrorSum(at: q)
    // Logs of clamped probabilities (`Scoring.logClamp`): a forecast of 0 or 1 has a finite
    // log loss.
    logLikelihood += trueCount * Scoring.clampedLog(p: q, outcome: true)
    logLikelihood += falseCount * Scoring.clampedLog(p: q, outcome: false)
    spherical += (trueCount * q + falseCount * (1 - q)) / (q * q + (1 - q) * (1 - q)).squareRoot()
    if q > 0.5 {
      sideCount += group.count
      sideHits += group.trues
      sideConfidence += count * q
    } else if q < 0.5 {
      sideCount += group.count
      sideHits += group.falses
      sideConfidence += count * (1 - q)
    }
    brierAtLowEnds += group.squaredErrorSum(at: group.lowP)
    brierAtHighEnds += group.squaredErrorSum(at: group.highP)
    if group.isScaleDerived { scaleDerived += group.count }
  }
}
