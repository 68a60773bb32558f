import Foundation

/// One line on standard error saying what a long command is doing, drawn only when standard
/// error is a terminal, each text replacing the last, and cleared before the command prints
/// its result.
struct StatusLine {
  /// Whether the line is drawn at all.
  let enabled: Bool
  /// Where the line is drawn (standard error).
  private let write: @Sendable (String) -> Void
  private var drawn = false

  /// Creates a line drawn on standard error when it is a terminal (or, in tests, by `write`).
  init(
    enabled: Bool = isatty(STDERR_FILENO) == 1,
    write: @escaping @Sendable (String) -> Void = {
      FileHandle.standardError.write(Data($0.utf8))
    }
  ) {
    self.enabled = enabled
    self.write = write
  }

  /// Replaces the line's text.
  mutating func show(_ text: String) {
    guard enabled else { return }
    write("\r\u{1B}[K" + text)
    drawn = true
  }

  /// Clears the line, if it was drawn.
  mutating func clear() {
    guard drawn else { return }
    write("\r\u{1B}[K")
    drawn = false
  }
}
