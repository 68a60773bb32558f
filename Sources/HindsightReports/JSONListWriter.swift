/// Writes a JSON list (in `JSONOutput`'s form) one element at a time, handing its bytes to
/// `output` in chunks of about 64 KiB, so a list of any length is printed in bounded memory.
struct JSONListWriter: ~Copyable {
  private var json = PrettyJSONWriter()
  private let output: (UnsafeRawBufferPointer) -> Void

  /// Opens the list; `output` receives its bytes.
  init(output: @escaping (UnsafeRawBufferPointer) -> Void) {
    self.output = output
    json.openArray()
  }

  /// Writes one element, which `body` writes as a value.
  mutating func add(_ body: (inout PrettyJSONWriter) -> Void) {
    json.element()
    body(&json)
    if json.count >= 1 << 16 { json.drain(to: output) }
  }

  /// Closes the list, ends the document with a newline and hands over what is left.
  consuming func finish() {
    json.closeArray()
    json.newline()
    json.drain(to: output)
  }
}
