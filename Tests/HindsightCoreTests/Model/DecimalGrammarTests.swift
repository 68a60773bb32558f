import HindsightCore
import Testing

/// The one grammar for numbers from any input (docs/cli.md, "Numbers"); expected values by hand.
struct DecimalGrammarTests {
  @Test func decimalsAreRead() {
    #expect(NumberText.decimal("12") == 12)
    #expect(NumberText.decimal("-5") == -5)
    #expect(NumberText.decimal("0.75") == 0.75)
    #expect(NumberText.decimal(".5") == 0.5)
    #expect(NumberText.decimal("5.") == 5)
    #expect(NumberText.decimal("2.15e10") == 21_500_000_000)
    #expect(NumberText.decimal("1E-2") == 0.01)
  }

  @Test func everythingElseIsRefused() {
    // Swift's Double(_:) accepts the first five; the grammar does not.
    for text in [
      "0x10", "0x1p-1", "inf", "nan", "+1", "-inf", "infinity", "1e999", " 1", "1 ", "1,5", "",
      "-", ".", "e5", "1e", "1e+", "--1", "1.2.3",
    ] {
      #expect(NumberText.decimal(text) == nil, "\(text)")
    }
  }
}
