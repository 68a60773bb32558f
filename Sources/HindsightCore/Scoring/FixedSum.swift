/// A sum of doubles in 128-bit fixed point (a whole part in units of 2⁻²⁴ and a fraction in
/// units of 2⁻⁸⁸): integer addition is associative, so the sum does not depend on the order of
/// the terms, and a figure averaged over propositions reads the same whatever order the ledger
/// gives them in. Each term loses only what lies below 2⁻⁸⁸; terms must be below 2³⁸ in
/// magnitude, and their sum below 2³⁸ too (a peer score is at most 1,382 in magnitude).
struct FixedSum: Hashable, Sendable {
  /// The whole part, in units of 2⁻²⁴.
  private var high: Int64 = 0
  /// The fraction, in units of 2⁻⁸⁸ (2⁶⁴ of them make one unit of `high`).
  private var low: UInt64 = 0

  /// Adds a term.
  mutating func add(_ value: Double) {
    let scaled = value * 0x1p24
    let whole = scaled.rounded(.down)
    // The fraction is in [0, 1) and has at most 53 significant bits, so times 2⁶⁴ it is exact
    // and below 2⁶⁴.
    let fraction = UInt64((scaled - whole) * 0x1p64)
    let (sum, carry) = low.addingReportingOverflow(fraction)
    low = sum
    high += Int64(whole) + (carry ? 1 : 0)
  }

  /// The sum, rounded to a double.
  var value: Double {
    Double(high) * 0x1p-24 + Double(low) * 0x1p-88
  }
}
