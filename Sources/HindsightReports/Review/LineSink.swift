/// Lines handed on as they are written, each with its newline: how the review's renderers
/// write a page of any length without holding it.
struct LineSink {
  let output: (String) -> Void

  mutating func append(_ line: String) { output(line + "\n") }

  /// Hands on text of whole lines, each already ending with its newline.
  mutating func append(lines text: String) {
    guard !text.isEmpty else { return }
    output(text)
  }

  static func += (sink: inout LineSink, lines: [String]) {
    for line in lines { sink.append(line) }
  }
}
