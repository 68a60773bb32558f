import Foundation

/// Why a bulk import wrote nothing.
public enum ImportFailure: LocalizedError, Equatable {
  /// Some rows are bad: every problem found (up to a cap) as `FILE:ROW: message` lines.
  case badRows(file: String, lines: [String], count: Int)
  /// The same rows (same canonical row hash) were imported before.
  case alreadyImported(file: String, seq: Int64, earlierFile: String)

  public var errorDescription: String? {
    switch self {
    case .badRows(let file, let lines, let count):
      let rows = count == 1 ? "1 bad row" : "\(count) bad rows"
      return
        (lines + [
          "\(file) has \(rows), so nothing was imported; fix them and import the file again."
        ])
        .joined(separator: "\n")
    case .alreadyImported(let file, let seq, let earlierFile):
      return
        "\(file) holds exactly the rows already imported by entry \(seq) (from \(earlierFile)), so nothing was imported; `hindsight export --format csv` shows them."
    }
  }
}
