/// Steele, Lea & Flood's SplitMix64 generator: a small, fast, fixed-seed PRNG so the
/// bootstrap gives the same interval on every machine and every run.
///
/// Each step adds 0x9E3779B97F4A7C15 to the state and mixes it with the variant-13
/// finaliser (shifts 30, 27, 31; multipliers 0xBF58476D1CE4E5B9 and 0x94D049BB133111EB).
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator whose first output is derived from `seed`.
  public init(seed: UInt64) {
    state = seed
  }

  /// Returns the next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Returns an index uniform in `0..<count`: the next output modulo `count`, drawing again
  /// while the output is at or above 2⁶⁴ − (2⁶⁴ mod `count`), so there is no modulo bias.
  public mutating func nextIndex(below count: Int) -> Int {
    nextIndex(IndexBound(count))
  }

  /// `nextIndex(below:)` with the bound's remainder worked out once, for many draws below
  /// the same count (the bootstrap's millions): the same indices, one division fewer each.
  mutating func nextIndex(_ bound: IndexBound) -> Int {
    while true {
      let x = next()
      if bound.remainder == 0 || x < bound.limit {
        return Int(bound.modulo(x))
      }
    }
  }

  /// A count to draw indices below, with 2⁶⁴ mod count.
  struct IndexBound {
    let count: UInt64
    let remainder: UInt64
    /// 2⁶⁴ − remainder: outputs at or above it are drawn again.
    let limit: UInt64

    /// ⌈2¹²⁸ / count⌉ modulo 2¹²⁸, as two words (0 when count is 1).
    private let magicHigh: UInt64
    private let magicLow: UInt64

    init(_ count: Int) {
      precondition(count > 0, "nextIndex(below:) needs a positive count, got \(count)")
      let count = UInt64(count)
      self.count = count
      remainder = (0 &- count) % count
      limit = 0 &- remainder
      // ⌊(2¹²⁸ − 1) / count⌋ + 1, word by word.
      let high = UInt64.max / count
      let low = count.dividingFullWidth((UInt64.max % count, UInt64.max)).quotient
      let (sum, carry) = low.addingReportingOverflow(1)
      magicLow = sum
      magicHigh = high &+ (carry ? 1 : 0)
    }

    /// `x % count` by multiplication (Lemire, Kaser & Kurz, "Faster remainder by direct
    /// computation", 2019: exact for every 64-bit `x` with a 128-bit magic number): the
    /// bootstrap draws millions of indices, and a 64-bit division was most of its time (perf).
    func modulo(_ x: UInt64) -> UInt64 {
      // The low 128 bits of magic · x ...
      let low = magicLow.multipliedFullWidth(by: x)
      let fraction = (high: low.high &+ magicHigh &* x, low: low.low)
      // ... times count, of which the bits from 2¹²⁸ up are the remainder.
      let lowPart = fraction.low.multipliedFullWidth(by: count)
      let highPart = fraction.high.multipliedFullWidth(by: count)
      let (_, carry) = highPart.low.addingReportingOverflow(lowPart.high)
      return highPart.high &+ (carry ? 1 : 0)
    }
  }
}
