import Foundation
import HindsightWorkspace

/// An import's progress bar (`StatusLine`): the rows read, then, until the import is written,
/// what it is doing meanwhile.
struct ImportProgress: ImportProgressReporting {
  let totalBytes: Int
  private var line: StatusLine
  private var lastPercent = -1
  private var barDrawn = false

  /// What the line says once every row is read: on a large ledger, indexing the rows and
  /// resolving again the questions they touch can take as long as reading them.
  static let writingLine = "Writing the import: indexing and resolving what it changes…"

  /// Creates a progress bar for a file of `totalBytes`, drawn on `line`.
  init(totalBytes: Int, line: StatusLine = StatusLine()) {
    self.totalBytes = totalBytes
    self.line = line
  }

  /// Redraws the bar when the percentage changed.
  mutating func update(rows: Int, bytes: Int) {
    guard line.enabled, totalBytes > 0, rows & 4095 == 0 else { return }
    let percent = min(100, bytes * 100 / totalBytes)
    guard percent != lastPercent else { return }
    lastPercent = percent
    let filled = percent * 30 / 100
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled)
    line.show("Importing [\(bar)] \(percent)% \(rows) rows")
    barDrawn = true
  }

  /// Replaces the bar, once every row is read, with `writingLine` until `finish` (a file too
  /// small to draw the bar for draws neither).
  mutating func writing() {
    guard barDrawn else { return }
    line.show(Self.writingLine)
  }

  /// Clears the line.
  mutating func finish() {
    line.clear()
  }
}
