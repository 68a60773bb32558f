import HindsightCore

/// Text from any input, made safe to show on a terminal: every character that could move the
/// cursor, start an escape sequence, ring the bell or reorder the line is shown as a visible
/// stand-in instead, so what a reader sees is what the text holds.
///
/// - C0 controls and DEL become their Unicode control pictures: ESC → `␛` (U+241B), BEL →
///   `␇`, NUL → `␀`, CR → `␍`, DEL → `␡`. A line feed and a tab stay as they are where lines
///   are allowed (`multiLine`), and become `␊` and `␉` on one line.
/// - C1 controls (U+0080–U+009F, e.g. the one-byte CSI U+009B) and the bidirectional
///   embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) become the escape
///   `\u{9B}`, `\u{202E}`: they have no picture, and must not act.
///
/// JSON, CSV and HTML keep the exact text, escaped by their own rules; this is for terminals,
/// messages and Markdown.
public enum TerminalText {
  /// `text` with every control character replaced by its visible stand-in; line feeds (and
  /// tabs) are kept when `multiLine` is true.
  public static func visible(_ text: String, multiLine: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: { needsStandIn($0, multiLine: multiLine) }) else {
      return text
    }
    var out = ""
    for scalar in text.unicodeScalars {
      if needsStandIn(scalar, multiLine: multiLine) {
        out += standIn(scalar)
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Whether `scalar` would act on a terminal rather than print (`ControlBytes.acts`).
  static func acts(_ scalar: Unicode.Scalar) -> Bool {
    ControlBytes.acts(scalar)
  }

  private static func needsStandIn(_ scalar: Unicode.Scalar, multiLine: Bool) -> Bool {
    if multiLine, scalar == "\n" || scalar == "\t" { return false }
    return acts(scalar)
  }

  private static func standIn(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x00...0x1F: String(Unicode.Scalar(0x2400 + scalar.value)!)
    case 0x7F: "\u{2421}"
    default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
  }
}
