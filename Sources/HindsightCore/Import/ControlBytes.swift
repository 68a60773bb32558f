/// Finds, in UTF-8 bytes, the first character a terminal would act on instead of printing: C0
/// controls and DEL, C1 controls (U+0080–U+009F), and the bidirectional embeddings, overrides
/// and isolates (U+202A–U+202E, U+2066–U+2069) — the characters `TerminalText.visible` stands
/// in for. Imported text must hold none (docs/import.md).
enum ControlBytes {
  /// The code point of the first such character, or nil.
  static func first(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x20 || byte == 0x7F { return UInt32(byte) }
      if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
        return UInt32(bytes[index + 1])
      }
      if byte == 0xE2, index + 2 < bytes.count {
        let second = bytes[index + 1]
        let third = bytes[index + 2]
        if second == 0x80, (0xAA...0xAE).contains(third) { return 0x2000 + UInt32(third - 0x80) }
        if second == 0x81, (0xA6...0xA9).contains(third) { return 0x2040 + UInt32(third - 0x80) }
      }
      index += 1
    }
    return nil
  }
}

extension String {
  /// Left-padded with zeros to `width` characters.
  func leftPadded(_ width: Int) -> String {
    String(repeating: "0", count: Swift.max(0, width - count)) + self
  }
}
