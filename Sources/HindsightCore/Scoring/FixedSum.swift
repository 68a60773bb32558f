/// A sum of doubles in 128-bit fixed point (a whole part in units of 2⁻²⁴ and a fraction in
/// units of 2⁻⁸⁸): integer addition is associative, so the sum does not depend on the order of
/// the terms, and a figure averaged over propositions reads the same whatever order the ledger
/// gives them in. Each term loses only what lies below 2⁻⁸⁸; terms must be below 2³⁸ in
/// magnitude, and their sum below 2³⁸ too (a peer score is at most 1,382 in magnitude).
struct FixedSum: Hashable, Sendable {
  /// The whole part, in units of 2⁻²⁴.
  private var high: Int64
  /// The fraction, in units of 2⁻⁸⁸ (2⁶⁴ of them make one unit of `high`).
  private var low: UInt64

  /// The empty sum.
  init() { (high, low) = (0, 0) }

  private init(high: Int64, low: UInt64) { (self.high, self.low) = (high, low) }

  /// Adds a term. A term and its negation are converted alike (the magnitude, then its
  /// two's complement), so adding both leaves the sum exactly as it was.
  mutating func add(_ value: Double) {
    let scaled = Swift.abs(value) * 0x1p24
    let whole = scaled.rounded(.down)
    // The fraction is in [0, 1) and has at most 53 significant bits, so times 2⁶⁴ it is exact
    // and below 2⁶⁴.
    var term = FixedSum(high: Int64(whole), low: UInt64((scaled - whole) * 0x1p64))
    if value < 0 { term.negate() }
    add(term)
  }

  /// Adds another sum.
  mutating func add(_ other: FixedSum) {
    let (sum, carry) = low.addingReportingOverflow(other.low)
    low = sum
    high += other.high + (carry ? 1 : 0)
  }

  /// The sum's negation, in two's complement over the 128 bits.
  mutating func negate() {
    high = ~high
    low = ~low
    let (sum, carry) = low.addingReportingOverflow(1)
    low = sum
    if carry { high += 1 }
  }

  /// The sum, rounded to a double.
  var value: Double {
    Double(high) * 0x1p-24 + Double(low) * 0x1p-88
  }
}
