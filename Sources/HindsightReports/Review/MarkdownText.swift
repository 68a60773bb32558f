/// Escaping for GitHub-flavoured Markdown: text from the catalog and the ledger is written so
/// that no character of it is read as markup, inside a table cell or in running text.
public enum MarkdownText {
  /// The ASCII punctuation that Markdown (or raw HTML inside it) could read as markup anywhere in
  /// a line; each is written with a backslash before it, which CommonMark allows for any ASCII
  /// punctuation. (`(`, `!` and the like only matter next to a `[`, which is escaped.)
  static let special: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#",
  ]

  /// The text on one line (line breaks and tabs become spaces) with markup characters escaped
  /// and other control characters shown as their visible stand-ins (`TerminalText.visible`),
  /// safe in a table cell, in running text, and on a terminal.
  public static func escape(_ text: String) -> String {
    // Most text holds none of these: it is its own escape (checked scalar by scalar, without
    // forming characters).
    guard mayChange(text) else { return text }
    var out = ""
    for character in text {
      if character.isNewline || character == "\t" {
        out.append(" ")
      } else if character.unicodeScalars.contains(where: TerminalText.acts) {
        out += TerminalText.visible(String(character))
      } else {
        // Scalar by scalar: a markup character that a combining mark follows, or a prepended
        // mark precedes, is one Character with it, but a Markdown parser still reads it.
        for scalar in character.unicodeScalars {
          if specialScalars.contains(scalar) { out.unicodeScalars.append("\\") }
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// Whether `escape` could change a text: ASCII text is judged byte by byte from a table,
  /// other text scalar by scalar.
  private static func mayChange(_ text: String) -> Bool {
    var copy = text
    let (changes, ascii) = copy.withUTF8 { bytes -> (Bool, Bool) in
      var ascii = true
      for byte in bytes {
        if byte >= 0x80 {
          ascii = false
        } else if asciiChanges[Int(byte)] {
          return (true, ascii)
        }
      }
      return (false, ascii)
    }
    return changes || (!ascii && text.unicodeScalars.contains(where: mayChange))
  }

  /// For each ASCII byte, whether `mayChange` holds for it.
  private static let asciiChanges = (0..<128).map { mayChange(Unicode.Scalar(UInt8($0))) }

  /// Whether a scalar could make `escape` change a text: it is markup, a line break, a tab,
  /// or acts on a terminal.
  private static func mayChange(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return specialScalars.contains(scalar) || scalar.value < 0x20 || scalar.value == 0x7F
    }
    return scalar.properties.isWhitespace && scalar.value != 0xA0 || TerminalText.acts(scalar)
  }

  private static let specialScalars = Set(special.flatMap(\.unicodeScalars))

  /// A table row: the cells (already escaped) between pipes.
  static func row(_ cells: [String]) -> String {
    "| " + cells.joined(separator: " | ") + " |"
  }

  /// A table: header, alignment row (`right` marks right-aligned columns) and rows, every cell
  /// escaped here.
  static func table(header: [String], right: Set<Int> = [], rows: [[String]]) -> [String] {
    [
      row(header.map(escape)),
      row(header.indices.map { right.contains($0) ? "---:" : "---" }),
    ] + rows.map { row($0.map(escape)) }
  }
}
