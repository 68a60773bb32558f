import Foundation
import HindsightCore
import PropertyBased
import Testing

/// `NumberText.zeroPadded` writes what C's `%0*d` writes.
@Suite struct NumberTextTests {
  @Test func padsLikePrintf() async {
    await propertyCheck(input: Gen.int(in: -20_000...20_000), Gen.int(in: 0...6)) {
      number, width in
      #expect(
        NumberText.zeroPadded(number, width: width)
          == String(format: "%0*d", width, number))
    }
  }

  @Test func examples() {
    #expect(NumberText.zeroPadded(7, width: 2) == "07")
    #expect(NumberText.zeroPadded(2024, width: 4) == "2024")
    #expect(NumberText.zeroPadded(12_345, width: 4) == "12345")
    #expect(NumberText.zeroPadded(-5, width: 3) == "-05")
    #expect(NumberText.zeroPadded(0, width: 3) == "000")
  }
}
