import Foundation
import HindsightWorkspace

/// A one-line progress bar on standard error, drawn only when standard error is a terminal:
/// the rows read, then, until the import is written, what it is doing meanwhile.
struct ImportProgress: ImportProgressReporting {
  let totalBytes: Int
  let enabled: Bool
  /// Where the line is drawn (standard error).
  private let write: @Sendable (String) -> Void
  private var lastPercent = -1
  private var drawn = false

  /// What the line says once every row is read: on a large ledger, indexing the rows and
  /// resolving again the questions they touch can take as long as reading them.
  static let writingLine = "Writing the import: indexing and resolving what it changes…"

  /// Creates a progress bar for a file of `totalBytes`.
  init(
    totalBytes: Int, enabled: Bool,
    write: @escaping @Sendable (String) -> Void = {
      FileHandle.standardError.write(Data($0.utf8))
    }
  ) {
    self.totalBytes = totalBytes
    self.enabled = enabled
    self.write = write
  }

  /// Redraws the bar when the percentage changed.
  mutating func update(rows: Int, bytes: Int) {
    guard enabled, totalBytes > 0, rows & 4095 == 0 else { return }
    let percent = min(100, bytes * 100 / totalBytes)
    guard percent != lastPercent else { return }
    lastPercent = percent
    let filled = percent * 30 / 100
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled)
    write("\rImporting [\(bar)] \(percent)% \(rows) rows")
    drawn = true
  }

  /// Replaces the bar, once every row is read, with `writingLine` until `finish`.
  mutating func writing() {
    guard drawn else { return }
    write("\r\u{1B}[K" + Self.writingLine)
  }

  /// Clears the line.
  mutating func finish() {
    guard drawn else { return }
    write("\r\u{1B}[K")
    drawn = false
  }
}
