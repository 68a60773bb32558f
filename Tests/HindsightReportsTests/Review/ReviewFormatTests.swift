import HindsightCore
import Testing

@testable import HindsightReports

/// The review's labels never nest parentheses. Names and phrases are FICTIONAL.
struct ReviewFormatTests {
  @Test func anEnglishNameWithParenthesesFollowsAComma() {
    let plain = Speaker(id: "a", name: "阿达", nameEn: "Ada Example", affiliations: [])
    let nested = Speaker(id: "b", name: "米莎", nameEn: "Misha (Mi Sha)", affiliations: [])
    let same = Speaker(id: "c", name: "Bo", nameEn: "Bo", affiliations: [])
    #expect(SpeakerNames.label(plain) == "阿达 (Ada Example)")
    #expect(SpeakerNames.label(nested) == "米莎, Misha (Mi Sha)")
    #expect(SpeakerNames.label(same) == "Bo")
  }

  @Test func aParenthesisedPhraseLosesItsParentheses() {
    let unhedged = Confidence(phrase: "(unhedged)", p: 0.8, interval: 0.7...0.9, basis: .scale)
    #expect(
      ReviewFormat.confidence(unhedged)
        == "0.80 (unhedged, from the confidence scale; interval 0.70–0.90)")
    let hedged = Confidence(phrase: "可能", p: 0.5, interval: 0.5...0.5, basis: .editor)
    #expect(ReviewFormat.confidence(hedged) == "0.50 (可能, set by the editor)")
  }
}
