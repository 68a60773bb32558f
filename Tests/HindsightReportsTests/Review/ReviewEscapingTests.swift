import Foundation
import HindsightReports
import Testing

/// Hostile text from the ledger must come out inert in HTML and plain in Markdown.
@Suite struct ReviewEscapingTests {
  static let script = "<script>alert(1)</script>"
  static let attribute = "\"><img src=x onerror=alert(1)>"

  static func hostileReview() -> ReviewReport {
    FictionalLedger.review(
      entries: FictionalLedger.entries(taxiSummary: script, taxiSource: attribute))
  }

  @Test func htmlEscapesEvidenceText() {
    let html = ReviewHTML.render(Self.hostileReview())
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
    #expect(!html.lowercased().contains("<script"))
    #expect(!html.lowercased().contains("<img"))
  }

  @Test func htmlEscapeReplacesEveryMarkupCharacter() {
    #expect(HTMLText.escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&#39;f")
    #expect(HTMLText.escape("plain 王小明 🙂") == "plain 王小明 🙂")
  }

  /// A quote, or an angle bracket, that a combining mark follows is one `Character` with the
  /// mark, but a parser of HTML still reads the quote: it is escaped all the same (worked by
  /// hand).
  @Test func htmlEscapeReachesMarkupUnderCombiningMarks() {
    let hostile = "x\"\u{301} onmouseover=alert(1) <\u{338}b>"
    #expect(
      HTMLText.escape(hostile) == "x&quot;\u{301} onmouseover=alert(1) &lt;\u{338}b&gt;")
    #expect(!HTMLText.escape(hostile).utf8.contains(UInt8(ascii: "\"")))
  }

  /// A table's bar that a combining mark follows, or that an Arabic number sign (a prepended
  /// mark) precedes, is escaped all the same (worked by hand).
  @Test func markdownEscapeReachesMarkupInsideCharacters() {
    let (combined, prepended) = ("a|\u{301}b", "\u{600}|x")
    let (combinedEscaped, prependedEscaped) = ("a\\|\u{301}b", "\u{600}\\|x")
    #expect(MarkdownText.escape(combined) == combinedEscaped)
    #expect(MarkdownText.escape(prepended) == prependedEscaped)
  }

  @Test func markdownEscapeNeutralisesMarkup() {
    // Worked by hand: each of | * _ < > ` [ ] & gets a backslash, the line break a space.
    #expect(
      MarkdownText.escape("a|b *c* _d_ <e> `f` [g] &h\nnext")
        == #"a\|b \*c\* \_d\_ \<e\> \`f\` \[g\] \&h next"#)
  }

  @Test func markdownTableRowsKeepTheirColumns() {
    let markdown = ReviewMarkdown.render(Self.hostileReview())
    #expect(markdown.contains(#"\<script\>alert(1)\</script\>"#))
    // Every table line has as many unescaped pipes as its header line.
    var expected: Int?
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.hasPrefix("|") else {
        expected = nil
        continue
      }
      let pipes = Self.unescapedPipes(line)
      if let expected { #expect(pipes == expected, "\(line)") } else { expected = pipes }
    }
  }

  static func unescapedPipes(_ line: Substring) -> Int {
    var count = 0
    var escaped = false
    for character in line {
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "|" {
        count += 1
      }
    }
    return count
  }
}
