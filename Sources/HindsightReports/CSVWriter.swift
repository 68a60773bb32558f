import Foundation

/// Writes RFC 4180 CSV: comma-separated fields, CRLF line ends, fields quoted when needed.
public enum CSVWriter {
  /// One field: quoted (with inner quotes doubled) when it holds a comma, a quote, CR or LF,
  /// or begins or ends with a space; otherwise as it is.
  public static func field(_ text: String) -> String {
    var bytes: [UInt8] = []
    append(field: text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// One record, ending with CRLF.
  public static func record(_ fields: [String]) -> String {
    var bytes: [UInt8] = []
    append(record: fields, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A whole document: the header record, then one record per row.
  public static func document(header: [String], rows: [[String]]) -> String {
    var bytes: [UInt8] = []
    append(record: header, to: &bytes)
    for row in rows { append(record: row, to: &bytes) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends one record, ending with CRLF, to `bytes`.
  public static func append(record fields: [String], to bytes: inout [UInt8]) {
    append(recordTo: &bytes) { field in fields.forEach(field) }
  }

  /// Appends one record, ending with CRLF, to `bytes`: `fields` hands each field in turn to
  /// the function it is given, which writes it straight into `bytes` (no array of fields is
  /// built: a listing writes a million records).
  public static func append(
    recordTo bytes: inout [UInt8], _ fields: (_ field: (String) -> Void) -> Void
  ) {
    var count = 0
    fields { text in
      if count > 0 { bytes.append(UInt8(ascii: ",")) }
      count += 1
      append(field: text, to: &bytes)
    }
    bytes.append(contentsOf: [0x0D, 0x0A])
  }

  /// Appends one field to `bytes`, quoted when needed (see `field`).
  static func append(field text: String, to bytes: inout [UInt8]) {
    var text = text
    text.withUTF8 { utf8 in
      let quote = UInt8(ascii: "\"")
      let needsQuotes =
        utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ")
        || utf8.contains { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 0x0D || $0 == 0x0A }
      guard needsQuotes else {
        bytes.append(contentsOf: utf8)
        return
      }
      bytes.append(quote)
      for byte in utf8 {
        if byte == quote { bytes.append(quote) }
        bytes.append(byte)
      }
      bytes.append(quote)
    }
  }
}
