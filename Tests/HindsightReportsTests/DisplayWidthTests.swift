import HindsightReports
import Testing

// Expected widths were cross-checked with Python's `wcwidth` package (0.7.0), e.g.
// `python3 -c "import wcwidth; print(wcwidth.wcswidth('李开复'))"` prints 6.
@Test(arguments: [
  ("Hindsight", 9),
  ("李开复", 6),
  ("Kai-Fu Lee 李开复", 17),
  ("，", 2),  // fullwidth comma
  ("e\u{301}", 1),  // e + combining acute accent
  ("cafe\u{301}", 4),
  ("\u{1F642}", 2),  // slightly smiling face
  ("\u{1F44D}\u{1F3FD}", 2),  // thumbs up + skin tone modifier
  ("\u{2764}\u{FE0F}", 2),  // heart + emoji presentation selector
  ("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", 2),  // family ZWJ sequence
  ("\u{1F1E8}\u{1F1F3}", 2),  // flag: two regional indicators
  ("ｶ", 1),  // halfwidth katakana
  ("\u{3000}", 2),  // ideographic space
  ("한국어", 6),
  ("ひらがな", 8),
  ("カタカナ", 8),
  ("\u{200B}", 0),  // zero width space
  ("MEET 2024智能未来大会", 21),
  ("（全角）", 8),
])
func displayWidthMatchesWcwidth(text: String, expected: Int) {
  #expect(DisplayWidth.of(text) == expected)
}

/// Tabs and line breaks become spaces on one line; every other control character is shown as
/// its visible stand-in (TerminalText), so a cell can never start an escape sequence.
@Test func controlCharactersTakeNoCellsAndAreMadeVisible() {
  #expect(DisplayWidth.of("a\u{1B}[31mb") == 6)  // ESC takes 0 cells; "a" and "[31mb" take 6
  #expect(DisplayWidth.singleLine("a\tb\nc\u{1B}d") == "a b c\u{241B}d")
  #expect(DisplayWidth.sanitized("a\r\nb\u{7}c") == "a\u{240D}\nb\u{2407}c")
}

// Truncated results worked by hand: the ellipsis takes one cell, wide characters two.
@Test func truncationNeverSplitsAWideCharacter() {
  #expect(DisplayWidth.truncate("李开复", toWidth: 6) == "李开复")
  #expect(DisplayWidth.truncate("李开复", toWidth: 5) == "李开…")
  #expect(DisplayWidth.truncate("李开复", toWidth: 4) == "李…")  // 3 cells: 开 would need 5
  #expect(DisplayWidth.truncate("李开复", toWidth: 2) == "…")
  #expect(DisplayWidth.truncate("李开复", toWidth: 1) == "…")
  #expect(DisplayWidth.truncate("李开复", toWidth: 0) == "")
  #expect(DisplayWidth.truncate("Kai-Fu Lee 李开复", toWidth: 12) == "Kai-Fu Lee …")
  #expect(DisplayWidth.truncate("Kai-Fu Lee 李开复", toWidth: 13) == "Kai-Fu Lee …")
  #expect(DisplayWidth.truncate("Kai-Fu Lee 李开复", toWidth: 14) == "Kai-Fu Lee 李…")
}

@Test func truncationKeepsCombiningMarksWithTheirLetter() {
  #expect(DisplayWidth.truncate("e\u{301}e\u{301}e\u{301}", toWidth: 2) == "e\u{301}…")
  #expect(
    DisplayWidth.truncate("e\u{301}e\u{301}e\u{301}", toWidth: 3) == "e\u{301}e\u{301}e\u{301}")
}

@Test func truncationAtEveryWidthStaysWithinTheLimit() {
  let text = "Kai-Fu Lee 李开复，\u{1F642} cafe\u{301}"
  for width in 0...30 {
    let cut = DisplayWidth.truncate(text, toWidth: width)
    #expect(DisplayWidth.of(cut) <= width)
    // What is kept (before the ellipsis) is a prefix of whole characters of the original.
    let kept = cut.last == DisplayWidth.ellipsis ? String(cut.dropLast()) : cut
    #expect(Array(text).starts(with: Array(kept)))
  }
}

@Test func paddingFillsToTheWidthByCells() {
  #expect(DisplayWidth.pad("李开复", toWidth: 8) == "李开复  ")
  #expect(DisplayWidth.pad("李", toWidth: 4, alignment: .right) == "  李")
  #expect(DisplayWidth.pad("李开复", toWidth: 4) == "李… ")  // cut to 3 cells, then one space
}

@Test(arguments: [
  "Hindsight", "by 2028-12-31 0.75 open", " ~!@#$%^&*()_+{}|:<>?`-=[]\\;',./\"", "", "a\u{1B}b",
  "Kai-Fu Lee 李开复", "cafe\u{301}",
])
func aTextIsAsWideAsItsCharacters(text: String) {
  #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) })
}

@Test func textWithoutControlCharactersIsAlreadyOneLine() {
  for text in ["plain", "李开复 e\u{301}", ""] {
    #expect(DisplayWidth.singleLine(text) == text)
  }
}
