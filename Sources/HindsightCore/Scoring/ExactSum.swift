/// A sum of doubles rounded once, at the end, to the nearest double (Shewchuk's algorithm, as
/// Python's `math.fsum`): its value does not depend on the order of the terms, so a figure
/// averaged over propositions reads the same whatever order the ledger gives them in.
struct ExactSum: Hashable, Sendable {
  /// Non-overlapping partial sums, in increasing magnitude; their exact total is the sum.
  private var partials: [Double] = []

  /// Adds a term.
  mutating func add(_ value: Double) {
    var x = value
    var kept = 0
    for index in partials.indices {
      var y = partials[index]
      if abs(x) < abs(y) { swap(&x, &y) }
      let high = x + y
      let low = y - (high - x)
      if low != 0 {
        partials[kept] = low
        kept += 1
      }
      x = high
    }
    partials.removeSubrange(kept...)
    partials.append(x)
  }

  /// The sum, correctly rounded.
  var value: Double {
    var index = partials.count - 1
    guard index >= 0 else { return 0 }
    var high = partials[index]
    var low = 0.0
    while index > 0 {
      index -= 1
      let x = high
      let y = partials[index]
      high = x + y
      low = y - (high - x)
      if low != 0 { break }
    }
    // Round half-way cases correctly: when the rest has the sign of the last error term.
    if index > 0, (low < 0 && partials[index - 1] < 0) || (low > 0 && partials[index - 1] > 0) {
      let y = low * 2
      let x = high + y
      if y == x - high { high = x }
    }
    return high
  }
}
