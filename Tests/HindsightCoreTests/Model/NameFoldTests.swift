import Foundation
import HindsightCore
import Testing

/// Names compare folded: radicals to ideographs, compatibility forms, case.
struct NameFoldTests {
  @Test func theTranscriptsRadicalFoldsToTheIdeograph() {
    // U+2EE9 CJK RADICAL SIMPLIFIED YELLOW → U+9EC4, per Unicode's
    // EquivalentUnifiedIdeograph.txt; NFKC alone leaves it unchanged.
    #expect("\u{2EE9}泽铧".precomposedStringWithCompatibilityMapping == "\u{2EE9}泽铧")
    #expect(NameFold.fold("\u{2EE9}泽铧") == "\u{9EC4}泽铧")
    #expect(NameFold.matches("⻩泽铧", "黄泽铧"))
  }

  @Test func compatibilityFormsAndCaseFold() {
    // Full-width Latin letters (NFKC) and a Kangxi radical (U+2F00 KANGXI RADICAL ONE → 一).
    #expect(NameFold.fold("Ｋａｉ-Fu LEE ") == "kai-fu lee")
    #expect(NameFold.fold("\u{2F00}") == "\u{4E00}")
    #expect(!NameFold.matches("李开复", "李开"))
  }

  @Test func speakersAreFoundByIdOrEitherName() {
    let speakers = [
      Speaker(id: "huang-zehua", name: "黄泽铧", nameEn: "Huang Zehua", affiliations: []),
      Speaker(id: "ada", name: "阿达", nameEn: "Ada Example (fictional)", affiliations: []),
    ]
    #expect(speakers.named("huang-zehua")?.id == "huang-zehua")
    #expect(speakers.named("⻩泽铧")?.id == "huang-zehua")
    #expect(speakers.named("HUANG ZEHUA")?.id == "huang-zehua")
    #expect(speakers.named("Huang") == nil)
  }
}
