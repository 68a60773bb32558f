import Foundation
import Testing

@testable import HindsightCore

/// Hedge phrases are compared after trimming blanks (as Foundation's
/// `CharacterSet.whitespaces` has them) and case folding.
@Suite struct ConfidenceScaleTests {
  @Test(arguments: [
    "probably", "  Probably\t", "\u{3000}预计\u{3000}", "\u{A0}Almost Certainly\u{2009}",
    "very likely", "\nlikely\n", " \t ", "", "İstanbul", "a\u{301} ", " \u{301}x",
  ])
  func normalisesAsFoundationTrimsAndLowercases(phrase: String) {
    #expect(
      ConfidenceScale.normalise(phrase)
        == phrase.trimmingCharacters(in: .whitespaces).lowercased())
  }

  @Test func findsTheRowOfAPhraseWrittenDifferently() {
    let row = ConfidenceLevel(
      id: "probably", phrases: ["Probably", "预计"], p: 0.7, interval: 0.6...0.8,
      basis: .scale, reference: "fictional")
    let scale = ConfidenceScale(levels: [row])
    #expect(scale.level(for: " probably ") == row)
    #expect(scale.level(for: "\u{3000}预计") == row)
    #expect(scale.level(for: "possibly") == nil)
  }
}
