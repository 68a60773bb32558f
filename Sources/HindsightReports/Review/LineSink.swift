import HindsightCore

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

  /// How many items `append(each:_:)` writes at once, on every processor.
  static let window = 4096

  /// Writes each of `items` with `write`, in order: a window of them at a time, each window's
  /// items in slices on every processor, their text handed on as each window is done (a large
  /// ledger's year resolves a great many forecasts). `write` is given a sink of its own, which
  /// the item's lines must go to.
  mutating func append<Item: Sendable>(
    each items: [Item], _ write: @Sendable (Item, LineSink) -> Void
  ) {
    Concurrent.forEachWindow(
      of: items, window: Self.window,
      render: { slice in
        var text = ""
        let sink = LineSink { text += $0 }
        for item in slice { write(item, sink) }
        return text
      }, emit: { append(lines: $0) })
  }
}
