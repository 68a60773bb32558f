import PropertyBased
import Testing

@testable import HindsightCore

/// The bootstrap's remainder by multiplication is the remainder by division, for every count
/// and every 64-bit value (`%` is the oracle).
struct SplitMix64Tests {
  @Test func theRemainderByMultiplicationIsTheRemainder() async {
    let values = Gen.uint64()
    let counts = Gen.int(in: 1...1_000_000)
    await propertyCheck(input: values, counts) { x, count in
      #expect(SplitMix64.IndexBound(count).modulo(x) == x % UInt64(count))
    }
  }

  @Test func theEdgesOfTheRangeAndOfEachCount() {
    let counts = [1, 2, 3, 7, 29, 30, 64, 1 << 31, 1 << 32 + 1, Int.max]
    for count in counts {
      let bound = SplitMix64.IndexBound(count)
      let d = UInt64(count)
      for x in [0, 1, d &- 1, d, d &+ 1, d &* 2 &- 1, UInt64.max, UInt64.max - 1, UInt64.max / 2] {
        #expect(bound.modulo(x) == x % d, "\(x) mod \(count)")
      }
    }
  }
}
