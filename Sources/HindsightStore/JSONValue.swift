import Foundation

/// A JSON value with one canonical text form, used for ledger payloads and catalog items.
///
/// The canonical text (see docs/ledger.md) has object keys sorted by their UTF-8 bytes, no
/// insignificant whitespace, non-ASCII characters and `/` written literally, and only `"`, `\`
/// and control characters below U+0020 escaped. Numbers that are whole and smaller than 10^15
/// in magnitude are written as integers (`2`, `-40`); other numbers use the shortest text that
/// reads back as the same double (`0.75`, `1e-05`, `1e+20`). The text equals what Python's
/// `json.dumps(json.loads(text), sort_keys=True, separators=(",", ":"), ensure_ascii=False)`
/// prints.
public indirect enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// The canonical text of this value.
  public var canonicalText: String {
    var out = ""
    write(to: &out)
    return out
  }

  /// Appends the canonical text of this value to `out`.
  public func write(to out: inout String) {
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .number(let value): out += JSONValue.numberText(value)
    case .string(let value): JSONValue.writeString(value, to: &out)
    case .array(let values):
      out += "["
      for (index, value) in values.enumerated() {
        if index > 0 { out += "," }
        value.write(to: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      for (index, key) in keys.enumerated() {
        if index > 0 { out += "," }
        JSONValue.writeString(key, to: &out)
        out += ":"
        members[key]!.write(to: &out)
      }
      out += "}"
    }
  }

  /// The canonical text of a finite number.
  static func numberText(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 {
      return String(Int64(value))
    }
    return value.description
  }

  static func writeString(_ text: String, to out: inout String) {
    out += "\""
    // Runs of bytes that need no escape are copied whole; the escaped ones are all ASCII, so
    // every cut falls on a scalar boundary.
    let bytes = text.utf8
    var run = bytes.startIndex
    var index = run
    while index != bytes.endIndex {
      let byte = bytes[index]
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        out += text[run..<index]
        out += escape(byte)
        run = bytes.index(after: index)
      }
      index = bytes.index(after: index)
    }
    out += text[run...]
    out += "\""
  }

  private static func escape(_ byte: UInt8) -> String {
    switch byte {
    case UInt8(ascii: "\""): return "\\\""
    case UInt8(ascii: "\\"): return "\\\\"
    case UInt8(ascii: "\n"): return "\\n"
    case UInt8(ascii: "\r"): return "\\r"
    case UInt8(ascii: "\t"): return "\\t"
    case 0x08: return "\\b"
    case 0x0C: return "\\f"
    default:
      let digits = String(byte, radix: 16)
      return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
    }
  }

  /// Parses JSON text into a value.
  ///
  /// - Throws: `JSONSyntaxError` when the text is not one JSON value (see `JSONParser`).
  public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try JSONParser.parse(text)
  }
}

extension JSONValue: Decodable {
  /// Decodes any JSON value.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }
}
