import Foundation

/// Writes JSON in the form `JSONOutput` prints with Foundation's `JSONEncoder` (pretty-printed
/// with two-space indents, `"key" : value`, empty containers as `[\n\n]`, whole doubles without
/// `.0`, non-ASCII text and slashes as they are), straight into a byte buffer and much faster,
/// for documents as large as a scorecard of ten thousand speakers.
///
/// The caller writes each object's keys in sorted order (as `.sortedKeys` would); debug builds
/// check it.
struct PrettyJSONWriter: ~Copyable {
  private var buffer: UnsafeMutablePointer<UInt8>
  private var capacity = 1 << 17
  /// How many bytes the buffer holds.
  private(set) var count = 0
  /// Per open container: whether it has no member yet.
  private var open: [Bool] = []
  #if DEBUG
    /// Per open container: the last key written.
    private var lastKeys: [String?] = []
  #endif

  /// Creates an empty writer.
  init() {
    buffer = .allocate(capacity: capacity)
  }

  /// A writer of further elements of an array open in another writer `depth` containers
  /// deep, the array's first when `first`: parts of one array written on several threads, each
  /// then appended to that writer, in order, with `append(elements:)`.
  init(elementsAt depth: Int, first: Bool) {
    self.init()
    open = Array(repeating: false, count: depth)
    open[depth - 1] = first
    #if DEBUG
      lastKeys = Array(repeating: nil, count: depth)
    #endif
  }

  /// How many containers are open.
  var depth: Int { open.count }

  /// Whether the innermost container has no member yet.
  var innermostIsEmpty: Bool { open.last ?? false }

  /// The text written so far.
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: buffer, count: count)) }

  /// Appends elements of the innermost array written by a writer made with
  /// `init(elementsAt:first:)` (`bytes`).
  mutating func append(elements bytes: [UInt8]) {
    guard !bytes.isEmpty else { return }
    bytes.withUnsafeBytes { append($0) }
    open[open.count - 1] = false
  }

  deinit {
    buffer.deallocate()
  }

  /// Hands the text written so far to `output` and empties the writer (to stream a large
  /// document).
  mutating func drain(to output: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    try output(UnsafeRawBufferPointer(start: buffer, count: count))
    count = 0
  }

  /// Opens an object (as a value).
  mutating func openObject() {
    append(UInt8(ascii: "{"))
    push()
  }

  /// Closes the innermost object.
  mutating func closeObject() { close(UInt8(ascii: "}")) }

  /// Opens an array (as a value).
  mutating func openArray() {
    append(UInt8(ascii: "["))
    push()
  }

  /// Closes the innermost array.
  mutating func closeArray() { close(UInt8(ascii: "]")) }

  /// Starts the next member of the innermost object; its value follows. The key is written
  /// as it is: it must need no escaping.
  mutating func key(_ name: StaticString) {
    #if DEBUG
      let text = name.description
      assert(lastKeys[lastKeys.count - 1].map { $0 < text } ?? true, "\(text) out of order")
      lastKeys[lastKeys.count - 1] = text
    #endif
    separate()
    append(UInt8(ascii: "\""))
    append(UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    append(#"" : "#)
  }

  /// Starts the next element of the innermost array; its value follows.
  mutating func element() { separate() }

  /// A string value, escaped as `JSONEncoder` escapes it.
  mutating func string(_ text: String) {
    append(UInt8(ascii: "\""))
    var copy = text
    // Most text needs no escape: its bytes are copied at once.
    let plain = copy.withUTF8 { bytes in
      guard
        !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        )
      else { return false }
      append(UnsafeRawBufferPointer(bytes))
      return true
    }
    if plain {
      append(UInt8(ascii: "\""))
      return
    }
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): append(#"\""#)
      case UInt8(ascii: "\\"): append(#"\\"#)
      case 0x08: append(#"\b"#)
      case 0x0C: append(#"\f"#)
      case 0x0A: append(#"\n"#)
      case 0x0D: append(#"\r"#)
      case 0x09: append(#"\t"#)
      case 0..<0x20:
        let hex: StaticString = "0123456789abcdef"
        append(#"\u00"#)
        append(hex.utf8Start[Int(byte >> 4)])
        append(hex.utf8Start[Int(byte & 0xF)])
      default: append(byte)
      }
    }
    append(UInt8(ascii: "\""))
  }

  /// A whole-number value.
  mutating func number(_ value: Int) {
    var text = String(value)
    text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
  }

  /// A number value: the shortest text that reads back as the same double, without `.0`.
  mutating func number(_ value: Double) {
    var text = value.description
    text.withUTF8 { utf8 in
      let whole =
        utf8.count > 2 && utf8[utf8.count - 2] == UInt8(ascii: ".")
        && utf8[utf8.count - 1] == UInt8(ascii: "0")
      append(
        UnsafeRawBufferPointer(
          rebasing: UnsafeRawBufferPointer(utf8)[..<(utf8.count - (whole ? 2 : 0))]))
    }
  }

  /// A number value, or `null`.
  mutating func number(_ value: Double?) {
    if let value { number(value) } else { null() }
  }

  /// A member whose value is a number or `null`.
  mutating func member(_ name: StaticString, _ value: Double?) {
    key(name)
    number(value)
  }

  /// A member whose value is a whole number.
  mutating func member(_ name: StaticString, _ value: Int) {
    key(name)
    number(value)
  }

  /// A member whose value is a string.
  mutating func member(_ name: StaticString, _ value: String) {
    key(name)
    string(value)
  }

  /// A member whose value is an object that `body` writes the members of, or `null` when
  /// `value` is nil.
  mutating func member<Value>(
    _ name: StaticString, object value: Value?, _ body: (inout PrettyJSONWriter, Value) -> Void
  ) {
    key(name)
    guard let value else { return null() }
    openObject()
    body(&self, value)
    closeObject()
  }

  /// A Boolean value.
  mutating func bool(_ value: Bool) {
    append(value ? "true" : "false")
  }

  /// `null`.
  mutating func null() {
    append("null")
  }

  /// Ends the document with a newline (as `JSONOutput` does).
  mutating func newline() {
    append(10)
  }

  private mutating func push() {
    open.append(true)
    #if DEBUG
      lastKeys.append(nil)
    #endif
  }

  private mutating func separate() {
    if open[open.count - 1] {
      open[open.count - 1] = false
      append(10)
    } else {
      append(",\n")
    }
    indent(open.count)
  }

  private mutating func close(_ bracket: UInt8) {
    let empty = open.removeLast()
    #if DEBUG
      lastKeys.removeLast()
    #endif
    append(10)
    if empty { append(10) }
    indent(open.count)
    append(bracket)
  }

  private mutating func indent(_ depth: Int) {
    reserve(depth * 2)
    (buffer + count).initialize(repeating: UInt8(ascii: " "), count: depth * 2)
    count += depth * 2
  }

  private mutating func append(_ byte: UInt8) {
    reserve(1)
    buffer[count] = byte
    count += 1
  }

  private mutating func append(_ text: StaticString) {
    append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  private mutating func append(_ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    reserve(bytes.count)
    (buffer + count).update(from: base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
    count += bytes.count
  }

  private mutating func reserve(_ more: Int) {
    guard count + more > capacity else { return }
    capacity = max(capacity * 2, count + more)
    let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    grown.update(from: buffer, count: count)
    buffer.deallocate()
    buffer = grown
  }
}
