extension DisplayWidth {
  /// Breaks prose into lines of at most `width` cells at spaces (nil: one line). A word wider
  /// than `width` gets a line of its own, uncut.
  public static func wrap(_ text: String, toWidth width: Int?) -> [String] {
    guard let width else { return [text] }
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if current.isEmpty || of(candidate) <= width {
        current = candidate
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    return lines + [current]
  }
}
