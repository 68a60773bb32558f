/// Why a text is not JSON: what was wrong and at which byte offset of its UTF-8 form.
public struct JSONSyntaxError: Error, Equatable, Sendable {
  /// The byte offset at which the text stopped being JSON.
  public let offset: Int
  /// What was expected or found there.
  public let reason: String
}

/// A JSON reader (RFC 8259) over UTF-8 bytes, producing `JSONValue`s.
///
/// It reads exactly the texts Foundation's `JSONDecoder` reads as a `JSONValue`, to the same
/// values: any value at the top, with optional whitespace around it and an optional byte order
/// mark before it; no comments or unescaped control characters in strings; one trailing comma
/// allowed after the last element of an array or object; a repeated object key keeps its first
/// value; numbers must be finite doubles, and one with a non-zero digit must not round to
/// zero; at most 512 levels of nesting.
struct JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  static let maximumDepth = 512

  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0

  private init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// Parses a whole text as one JSON value.
  static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    var text = text
    // A native string's bytes are read in place; any other is copied once.
    text.makeContiguousUTF8()
    let result =
      text.utf8.withContiguousStorageIfAvailable(parse(bytes:))
      ?? Array(text.utf8).withUnsafeBufferPointer(parse(bytes:))
    return try result.get()
  }

  private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, JSONSyntaxError>
  {
    var parser = JSONParser(bytes: bytes)
    return Result { () throws(JSONSyntaxError) in try parser.document() }
  }

  private mutating func document() throws(JSONSyntaxError) -> JSONValue {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    let value = try self.value(depth: 0)
    skipWhitespace()
    guard index == bytes.count else { throw fail("unexpected text after the value") }
    return value
  }

  private func fail(_ reason: String) -> JSONSyntaxError {
    JSONSyntaxError(offset: index, reason: reason)
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    skipWhitespace()
    guard index < bytes.count else { throw fail("expected a value") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try object(depth: depth + 1)
    case UInt8(ascii: "["): return try array(depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
    default: throw fail("expected a value")
    }
  }

  private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
    let count = word.utf8CodeUnitCount
    guard bytes.count - index >= count else { throw fail("expected '\(word)'") }
    for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
      throw fail("expected '\(word)'")
    }
    index += count
  }

  private mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    var members: [String: JSONValue] = [:]
    try elements(closing: UInt8(ascii: "}"), depth: depth) { parser throws(JSONSyntaxError) in
      parser.skipWhitespace()
      guard parser.next(is: UInt8(ascii: "\"")) else { throw parser.fail("expected a member name") }
      let key = try parser.string()
      parser.skipWhitespace()
      guard parser.next(is: UInt8(ascii: ":")) else { throw parser.fail("expected ':'") }
      parser.index += 1
      let value = try parser.value(depth: depth)
      if members[key] == nil { members[key] = value }
    }
    return .object(members)
  }

  private mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    var values: [JSONValue] = []
    try elements(closing: UInt8(ascii: "]"), depth: depth) { parser throws(JSONSyntaxError) in
      values.append(try parser.value(depth: depth))
    }
    return .array(values)
  }

  /// Reads the comma-separated elements of an array or object, from its opening bracket (at the
  /// index) past its `closing` one, calling `element` for each.
  private mutating func elements(
    closing: UInt8, depth: Int,
    _ element: (inout JSONParser) throws(JSONSyntaxError) -> Void
  ) throws(JSONSyntaxError) {
    guard depth <= JSONParser.maximumDepth else { throw fail("nested too deeply") }
    index += 1
    skipWhitespace()
    if next(is: closing) {
      index += 1
      return
    }
    let expected = "expected ',' or '\(Character(Unicode.Scalar(closing)))'"
    while true {
      try element(&self)
      skipWhitespace()
      if next(is: UInt8(ascii: ",")) {
        index += 1
        skipWhitespace()
        if next(is: closing) {
          index += 1
          return
        }
      } else if next(is: closing) {
        index += 1
        return
      } else {
        throw fail(expected)
      }
    }
  }

  /// Whether the byte at the index is `byte`.
  private func next(is byte: UInt8) -> Bool {
    index < bytes.count && bytes[index] == byte
  }

  /// A string starting at the opening quote; the index ends past the closing one.
  private mutating func string() throws(JSONSyntaxError) -> String {
    index += 1
    let start = index
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "\""):
        let text = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        index += 1
        return text
      case UInt8(ascii: "\\"):
        return try escapedString(from: start)
      case 0x00..<0x20: throw fail("unescaped control character in a string")
      default: index += 1
      }
    }
    throw fail("unterminated string")
  }

  /// The rest of a string that has escapes; `start` is its first byte after the quote.
  private mutating func escapedString(from start: Int) throws(JSONSyntaxError) -> String {
    var out = Array(bytes[start..<index])
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        index += 1
        guard index < bytes.count else { throw fail("unterminated string") }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"): out.append(contentsOf: String(try unicodeEscape()).utf8)
        default: throw fail("unknown escape in a string")
        }
      case 0x00..<0x20: throw fail("unescaped control character in a string")
      default:
        out.append(byte)
        index += 1
      }
    }
    throw fail("unterminated string")
  }

  /// The scalar of a `\u` escape (the index is past the `u`), joining a surrogate pair.
  private mutating func unicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
    let first = try hexQuad()
    switch first {
    case 0xD800..<0xDC00:
      guard bytes.count - index >= 2, bytes[index] == UInt8(ascii: "\\"),
        bytes[index + 1] == UInt8(ascii: "u")
      else { throw fail("a high surrogate without its low surrogate") }
      index += 2
      let second = try hexQuad()
      guard (0xDC00..<0xE000).contains(second) else {
        throw fail("a high surrogate without its low surrogate")
      }
      let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
      return Unicode.Scalar(value)!
    case 0xDC00..<0xE000: throw fail("a low surrogate without its high surrogate")
    default: return Unicode.Scalar(first)!
    }
  }

  private mutating func hexQuad() throws(JSONSyntaxError) -> UInt32 {
    guard bytes.count - index >= 4 else { throw fail("expected four hex digits") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw fail("expected four hex digits")
      }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }

  /// A number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, as a finite double.
  private mutating func number() throws(JSONSyntaxError) -> Double {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count, isDigit(bytes[index]) else { throw fail("expected a digit") }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else {
      skipDigits()
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else { throw fail("expected a digit") }
      skipDigits()
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      guard index < bytes.count, isDigit(bytes[index]) else { throw fail("expected a digit") }
      skipDigits()
    }
    let digits = UnsafeBufferPointer(rebasing: bytes[start..<index])
    let text = String(decoding: digits, as: UTF8.self)
    let mantissa = digits.prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }
    guard let value = Double(text), value.isFinite,
      value != 0 || mantissa.allSatisfy({ !(UInt8(ascii: "1")...UInt8(ascii: "9")).contains($0) })
    else {
      index = start
      throw fail("number \(text) is not representable")
    }
    return value
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private mutating func skipDigits() {
    while index < bytes.count, isDigit(bytes[index]) { index += 1 }
  }
}
