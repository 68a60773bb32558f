/// Text from an input file quoted in a problem message, made visible for one terminal line.
public enum ProblemText {
  /// `text` with every control character (line breaks and tabs too, and the Unicode line and
  /// paragraph separators) written as an escape: `\n`, `\r`, `\t`, `\u{1B}`. A problem names
  /// the value from the file, and must still print as one line that sends the terminal nothing
  /// raw (a field name with a line break in it could otherwise pass for another problem).
  public static func visible(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where needsEscape(scalar):
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Control characters (category Cc) and U+2028, U+2029.
  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
      || scalar.value == 0x2029
  }
}
