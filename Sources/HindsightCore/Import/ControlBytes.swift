/// Finds, in UTF-8 bytes, the first character a terminal would act on instead of printing: C0
/// controls and DEL, C1 controls (U+0080–U+009F), and the bidirectional embeddings, overrides
/// and isolates (U+202A–U+202E, U+2066–U+2069) — the characters `TerminalText.visible` stands
/// in for. Imported text must hold none (docs/import.md).
public enum ControlBytes {
  /// Whether `scalar` is one a terminal acts on instead of printing: C0 controls, DEL, C1
  /// controls, and the bidirectional embeddings, overrides and isolates. The one definition
  /// that `TerminalText` (which shows them), the catalog check and the import (which refuse
  /// them) share.
  public static func acts(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// The code point of the first such character, or nil.
  static func first(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
    var index = 0
    // Eight bytes at a time while they are all printable ASCII (the profile of a million-row
    // import put the byte loop at 2% of the work): a word has a byte below 0x20, of 0x7F, or
    // with its high bit set exactly when one of these masks is non-zero.
    if let base = bytes.baseAddress {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      while index + 8 <= bytes.count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        let below = (word &- ones &* 0x20) & ~word & highs
        let del = ((word ^ (ones &* 0x7F)) &- ones) & ~(word ^ (ones &* 0x7F)) & highs
        guard (word & highs) | below | del == 0 else { break }
        index += 8
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      // Printable ASCII (0x20...0x7E), nearly every byte, in one unsigned comparison.
      if byte &- 0x20 < 0x5F {
        index += 1
        continue
      }
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
