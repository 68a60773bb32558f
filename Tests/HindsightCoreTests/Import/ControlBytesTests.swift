import Testing

@testable import HindsightCore

/// `ControlBytes.first` finds the characters a terminal acts on, at any offset, whether the
/// eight-byte fast path or the byte loop sees them (expected code points written by hand).
struct ControlBytesTests {
  static func first(_ text: String) -> UInt32? {
    var copy = text
    return copy.withUTF8 { ControlBytes.first($0) }
  }

  @Test func ordinaryTextHasNone() {
    #expect(Self.first("") == nil)
    #expect(Self.first("Ada Example, 0.75; q1~") == nil)
    #expect(Self.first("李开复 Kai-Fu Lee 👩‍💻 é") == nil)
    #expect(Self.first(String(repeating: "abcdefgh", count: 5)) == nil)
  }

  @Test func eachActingCharacterIsFoundAtEveryOffset() {
    let cases: [(String, UInt32)] = [
      ("\u{1B}", 0x1B), ("\u{07}", 0x07), ("\u{0}", 0x00), ("\n", 0x0A), ("\u{7F}", 0x7F),
      ("\u{9B}", 0x9B), ("\u{85}", 0x85), ("\u{202E}", 0x202E), ("\u{2066}", 0x2066),
    ]
    for (character, code) in cases {
      for offset in 0..<20 {
        let text = String(repeating: "x", count: offset) + character + "yyyyyyyyyy"
        #expect(Self.first(text) == code, "U+\(String(code, radix: 16)) at \(offset)")
      }
    }
  }

  @Test func neighboursOfTheControlsAreNotFlagged() {
    // U+00A0 (C2 A0), U+2029 (E2 80 A9) and U+2070 (E2 81 B0) sit next to the flagged ranges.
    for text in ["a\u{A0}b", "a\u{2029}b", "a\u{2070}b", "~ !", String(repeating: "~", count: 9)] {
      #expect(Self.first(text) == nil, "\(text.unicodeScalars.map(\.value))")
    }
  }
}
