/// Escaping for HTML and SVG: every piece of text the review writes into markup passes
/// through ``escape(_:)``, in element content and in attribute values alike.
public enum HTMLText {
  /// `&`, `<`, `>`, `"` and `'` replaced by character references, wherever they are: byte by
  /// byte, so a quote that a combining mark follows (one `Character` with it) is escaped too.
  public static func escape(_ text: String) -> String {
    var text = text
    let escaped: String? = text.withUTF8 { bytes in
      // Most text needs no escape: it is kept as it is.
      guard bytes.contains(where: { reference(for: $0) != nil }) else { return nil }
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + 16)
      for byte in bytes {
        if let reference = reference(for: byte) {
          out += reference.utf8
        } else {
          out.append(byte)
        }
      }
      return String(decoding: out, as: UTF8.self)
    }
    return escaped ?? text
  }

  /// The character reference that stands for `byte`, when it needs one.
  private static func reference(for byte: UInt8) -> String? {
    switch byte {
    case UInt8(ascii: "&"): "&amp;"
    case UInt8(ascii: "<"): "&lt;"
    case UInt8(ascii: ">"): "&gt;"
    case UInt8(ascii: "\""): "&quot;"
    case UInt8(ascii: "'"): "&#39;"
    default: nil
    }
  }
}
