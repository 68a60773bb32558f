import HindsightCore

/// Builds the `label  value` layout of `show`: labels padded to one column, continuation
/// lines of multi-line values indented under the value, sections with a heading.
struct DetailWriter {
  /// The width of the label column, in cells.
  static let labelWidth = 13

  let style: TextStyle
  private(set) var lines: [String] = []

  init(style: TextStyle) {
    self.style = style
  }

  /// The lines joined by newlines, with a final newline.
  var text: String { lines.joined(separator: "\n") + "\n" }

  /// A heading line.
  mutating func heading(_ text: String) {
    lines.append(style.apply(.heading, DisplayWidth.singleLine(text)))
  }

  /// A labelled value; the value's own line breaks are kept and indented, blank lines dropped.
  mutating func field(_ label: String, _ value: String, role: TextRole? = nil) {
    let valueLines = DisplayWidth.sanitized(value)
      .split(separator: "\n", omittingEmptySubsequences: true)
      .map { String($0).trimmingSpaces() }
      .filter { !$0.isEmpty }
    let paddedLabel = style.apply(.label, DisplayWidth.pad(label, toWidth: Self.labelWidth))
    let indent = String(repeating: " ", count: Self.labelWidth)
    for (index, line) in (valueLines.isEmpty ? [""] : valueLines).enumerated() {
      let styled = role.map { style.apply($0, line) } ?? line
      lines.append(index == 0 ? paddedLabel + styled : indent + styled)
    }
  }

  /// A blank line, a heading, and one indented line per item ("none recorded yet" when empty).
  mutating func section(_ title: String, items: [String]) {
    lines.append("")
    heading(title)
    if items.isEmpty {
      lines.append("  " + style.apply(.dim, "none recorded yet"))
    } else {
      lines.append(contentsOf: items.map { "  " + DisplayWidth.singleLine($0) })
    }
  }

  /// Appends lines as they are.
  mutating func raw(_ more: [String]) {
    lines.append(contentsOf: more)
  }

  static func describe(_ basis: WindowBasis) -> String {
    switch basis {
    case .stated: "stated by the speaker"
    case .editor: "set by the editor"
    }
  }

  static func describe(_ basis: ConfidenceBasis) -> String {
    switch basis {
    case .stated: "stated by the speaker"
    case .scale: "from the confidence scale"
    case .editor: "set by the editor"
    }
  }
}

extension String {
  /// The string without leading and trailing spaces.
  fileprivate func trimmingSpaces() -> String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
