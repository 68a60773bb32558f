import Foundation

/// Writes RFC 4180 CSV: comma-separated fields, CRLF line ends, fields quoted when needed.
public enum CSVWriter {
  /// One field: quoted (with inner quotes doubled) when it holds a comma, a quote, CR or LF,
  /// or begins or ends with a space; otherwise as it is.
  public static func field(_ text: String) -> String {
    let needsQuotes =
      text.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
      || text.first == " " || text.last == " "
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// One record, ending with CRLF.
  public static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// A whole document: the header record, then one record per row.
  public static func document(header: [String], rows: [[String]]) -> String {
    ([header] + rows).map(record).joined()
  }
}
