import HindsightReports
import Testing

/// Control characters from any input are shown, never obeyed. The expected stand-ins are the
/// Unicode control pictures (U+2400 + code for C0, U+2421 for DEL) and `\u{…}` escapes for
/// C1 and bidirectional controls, written out by hand.
struct TerminalTextTests {
  @Test func escapeBellAndNulBecomeControlPictures() {
    // The speaker name that retitles and clears a terminal when printed raw.
    let hostile = "Ada\u{1B}]0;owned\u{07}\u{1B}[2J"
    #expect(TerminalText.visible(hostile) == "Ada\u{241B}]0;owned\u{2407}\u{241B}[2J")
    #expect(TerminalText.visible("a\u{0}b\u{7F}") == "a\u{2400}b\u{2421}")
  }

  @Test func c1ControlsAndBidiOverridesBecomeEscapes() {
    // U+009B is the one-byte CSI; U+202E reverses the rest of the line.
    #expect(TerminalText.visible("x\u{9B}31my") == "x\\u{9B}31my")
    #expect(TerminalText.visible("invoice\u{202E}fdp.exe") == "invoice\\u{202E}fdp.exe")
    #expect(TerminalText.visible("\u{2066}a\u{2069}") == "\\u{2066}a\\u{2069}")
  }

  @Test func lineBreaksStayOnlyWhereLinesAreAllowed() {
    #expect(TerminalText.visible("a\nb\tc") == "a\u{240A}b\u{2409}c")
    #expect(TerminalText.visible("a\nb\tc", multiLine: true) == "a\nb\tc")
    #expect(TerminalText.visible("a\rb", multiLine: true) == "a\u{240D}b")
  }

  @Test func ordinaryTextIsUnchanged() {
    // Chinese text, an emoji joined by U+200D, an accent: nothing here acts on a terminal.
    for text in ["李开复", "👩‍💻", "e\u{301}", "0.75 (unhedged)", ""] {
      #expect(TerminalText.visible(text) == text)
    }
  }
}
