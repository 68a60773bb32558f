/// Escaping for HTML and SVG: every piece of text the review writes into markup passes
/// through ``escape(_:)``, in element content and in attribute values alike.
public enum HTMLText {
  /// `&`, `<`, `>`, `"` and `'` replaced by character references.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }
}
