import Foundation
import HindsightWorkspace

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
struct ImportProgress: ImportProgressReporting {
  let totalBytes: Int
  let enabled: Bool
  private var lastPercent = -1
  private var drawn = false

  /// Creates a progress bar for a file of `totalBytes`.
  init(totalBytes: Int, enabled: Bool) {
    self.totalBytes = totalBytes
    self.enabled = enabled
  }

  /// Redraws the bar when the percentage changed.
  mutating func update(rows: Int, bytes: Int) {
    guard enabled, totalBytes > 0, rows & 4095 == 0 else { return }
    let percent = min(100, bytes * 100 / totalBytes)
    guard percent != lastPercent else { return }
    lastPercent = percent
    let filled = percent * 30 / 100
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled)
    FileHandle.standardError.write(Data("\rImporting [\(bar)] \(percent)% \(rows) rows".utf8))
    drawn = true
  }

  /// Clears the bar's line.
  mutating func finish() {
    guard drawn else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    drawn = false
  }
}
