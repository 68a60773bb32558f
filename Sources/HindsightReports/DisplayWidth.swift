/// How many terminal cells text takes, and how to cut and pad it to a number of cells.
///
/// Widths follow Unicode's East Asian Width property the way terminals (and the `wcwidth`
/// C function) apply it: Wide and Fullwidth characters take two cells, combining marks,
/// format characters and control characters take none, everything else one. The unit of
/// cutting is the grapheme cluster (a Swift `Character`), so truncation never splits a
/// character or an accent from its letter. Ambiguous-width characters (such as `…`) count
/// as one cell, as they do in most terminals outside East Asian locales.
public enum DisplayWidth {
  /// The ellipsis that ends truncated text (one cell wide).
  public static let ellipsis: Character = "\u{2026}"

  /// The number of terminal cells `text` takes.
  public static func of(_ text: String) -> Int {
    // Printable ASCII is one cell a byte, each byte its own grapheme cluster.
    if text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) { return text.utf8.count }
    return text.reduce(0) { $0 + of($1) }
  }

  /// The number of terminal cells one grapheme cluster takes: 0, 1 or 2.
  ///
  /// A cluster takes the width of its widest scalar; an emoji made wide by the variation
  /// selector U+FE0F (e.g. ❤️) takes two cells.
  public static func of(_ character: Character) -> Int {
    var width = 0
    for scalar in character.unicodeScalars {
      if scalar.value == 0xFE0F { return 2 }
      width = max(width, of(scalar))
    }
    return width
  }

  /// The number of terminal cells one scalar takes on its own: 0, 1 or 2.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F...0x9F).contains(value) { return 0 }
    // The soft hyphen is a format character that terminals nevertheless draw.
    if value < 0x7F || value == 0xAD { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    // Hangul medial vowels and final consonants join the preceding leading consonant.
    if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
    return isWide(value) ? 2 : 1
  }

  /// Whether the scalar value is East Asian Wide or Fullwidth (see `WideRanges`).
  public static func isWide(_ value: UInt32) -> Bool {
    let ranges = WideRanges.all
    var low = 0
    var high = ranges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = ranges[middle]
      if value < range.lowerBound {
        high = middle - 1
      } else if value > range.upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }

  /// `text` made safe for one terminal line: tabs and line breaks become single spaces, and
  /// every other control character its visible stand-in (`TerminalText.visible`), so nothing
  /// in a cell can move the cursor or start an escape sequence.
  public static func singleLine(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: TerminalText.acts) else { return text }
    let spaced = String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 }))
    return TerminalText.visible(spaced)
  }

  /// `text` for multi-line output: line feeds and tabs kept, every other control character
  /// shown as its visible stand-in (`TerminalText.visible`).
  public static func sanitized(_ text: String) -> String {
    TerminalText.visible(text, multiLine: true)
  }

  /// `text` cut to at most `width` cells, ending with `…` when anything was cut.
  ///
  /// Whole grapheme clusters only: when a wide character does not fit, the result is one
  /// cell narrower than `width`. A width of 0 or less gives the empty string.
  public static func truncate(_ text: String, toWidth width: Int) -> String {
    guard width > 0 else { return "" }
    if of(text) <= width { return text }
    var result = ""
    var used = 0
    for character in text {
      let cells = of(character)
      if used + cells > width - 1 { break }
      result.append(character)
      used += cells
    }
    result.append(ellipsis)
    return result
  }

  /// `text` padded with spaces to exactly `width` cells (truncated first if it is wider).
  public static func pad(_ text: String, toWidth width: Int, alignment: Alignment = .left) -> String
  {
    let cut = truncate(text, toWidth: width)
    let fill = String(repeating: " ", count: max(0, width - of(cut)))
    switch alignment {
    case .left: return cut + fill
    case .right: return fill + cut
    }
  }

  /// Which side of its cell text sits on.
  public enum Alignment: Hashable, Sendable {
    /// Text starts at the cell's left edge.
    case left
    /// Text ends at the cell's right edge.
    case right
  }

}
