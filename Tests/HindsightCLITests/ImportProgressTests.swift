import Foundation
import Testing

@testable import HindsightCLI

/// The import's progress line: the bar while rows are read, then what the import does until it
/// is written, then cleared; nothing at all when standard error is not a terminal.
@Suite struct ImportProgressTests {
  /// What the line was given, in order.
  final class Written: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [String] = []
    func append(_ part: String) { lock.withLock { parts.append(part) } }
    var all: [String] { lock.withLock { parts } }
  }

  @Test func theBarGivesWayToTheWritingLineAndIsCleared() {
    let written = Written()
    var progress = ImportProgress(
      totalBytes: 1_000, line: StatusLine(enabled: true) { written.append($0) })
    progress.update(rows: 4_096, bytes: 500)
    progress.update(rows: 4_097, bytes: 501)  // not a multiple of 4 096 rows: not redrawn
    progress.writing()
    progress.finish()
    progress.finish()  // cleared once
    // By hand: 50% fills 15 of the 30 cells.
    #expect(
      written.all == [
        "\r\u{1B}[KImporting [" + String(repeating: "#", count: 15)
          + String(repeating: ".", count: 15)
          + "] 50% 4096 rows",
        "\r\u{1B}[K" + ImportProgress.writingLine,
        "\r\u{1B}[K",
      ])
    // The writing line fits an 80-column terminal.
    #expect(ImportProgress.writingLine.count < 80)
  }

  @Test func nothingIsDrawnOffATerminalOrBeforeTheBar() {
    let written = Written()
    var off = ImportProgress(
      totalBytes: 1_000, line: StatusLine(enabled: false) { written.append($0) })
    off.update(rows: 4_096, bytes: 500)
    off.writing()
    off.finish()
    var small = ImportProgress(
      totalBytes: 1_000, line: StatusLine(enabled: true) { written.append($0) })
    small.writing()
    small.finish()
    #expect(written.all.isEmpty)
  }
}
