import Crypto
import Foundation

/// SHA-256 digests as the ledger writes them: 64 lowercase hex digits.
public enum HexDigest {
  /// The SHA-256 of a text's UTF-8 bytes, in lowercase hex.
  static func sha256(_ text: String) -> String {
    var text = text
    text.makeContiguousUTF8()
    let digest = text.utf8.withContiguousStorageIfAvailable { SHA256.hash(data: $0) }
    return hex(digest ?? SHA256.hash(data: Array(text.utf8)))
  }

  /// The bytes in lowercase hex, two digits a byte.
  static func hex(_ bytes: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(64)
    for byte in bytes {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether `text` is a SHA-256 digest as the ledger writes one: 64 lowercase hex digits.
  public static func isSHA256(_ text: String) -> Bool {
    text.utf8.count == 64
      && text.utf8.allSatisfy {
        ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
          || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f"))
      }
  }
}
