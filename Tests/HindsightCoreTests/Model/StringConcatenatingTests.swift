import PropertyBased
import Testing

@testable import HindsightCore

/// `String.concatenating` is the parts joined, whatever they hold (FICTIONAL texts).
@Suite struct StringConcatenatingTests {
  @Test func partsAreJoinedInOrder() {
    #expect(String.concatenating() == "")
    #expect(String.concatenating("", "a", "", "bc") == "abc")
    // Worked by hand: wide, combining and four-byte characters keep their bytes.
    #expect(
      String.concatenating("王小明", " e\u{301}", " 🙂", "") == "王小明 e\u{301} 🙂")
    let long = String(repeating: "x", count: 100)
    #expect(String.concatenating(long, "-", long).utf8.count == 201)
  }

  @Test func itIsWhatJoiningGives() async {
    // Below the surrogates: every value there is a scalar.
    let characters = Gen.character(in: "\u{0}"..."\u{D7FF}")
    await propertyCheck(input: characters.string(of: 0...12).array(of: 0...6)) { parts in
      let joined = parts.joined()
      switch parts.count {
      case 0: #expect(String.concatenating() == joined)
      case 1: #expect(String.concatenating(parts[0]) == joined)
      case 2: #expect(String.concatenating(parts[0], parts[1]) == joined)
      default: #expect(String.concatenating(parts[0], parts[1], parts[2...].joined()) == joined)
      }
    }
  }
}
