import Foundation

/// One problem found in a catalog file, with the place it was found.
///
/// Printed as `FILE:LINE:COLUMN: message`, followed by ` (hint: …)` when a hint helps, all on one
/// line (control characters in the values it quotes are escaped). Lines and columns count from 1 (columns in Unicode scalars, as the YAML parser counts).
/// A problem about the whole file (it cannot be read) has line and column 0 and prints as
/// `FILE: message`.
public struct CatalogProblem: Hashable, Sendable, Error, CustomStringConvertible, LocalizedError {
  /// The catalog file's name as the user gave it, e.g. `predictions.yaml`.
  public var file: String
  /// The line, from 1 (0 for a problem about the whole file).
  public var line: Int
  /// The column, from 1 (0 for a problem about the whole file).
  public var column: Int
  /// One sentence naming the offending value, e.g. `unknown speaker 'kai-fu-le'`.
  public var message: String
  /// What to do about it, e.g. `did you mean 'kai-fu-lee'?`.
  public var hint: String?

  /// Creates a problem.
  public init(file: String, line: Int, column: Int, message: String, hint: String? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
    self.hint = hint
  }

  /// `FILE:LINE:COLUMN: message (hint: …)`, on one line: control characters quoted from the
  /// file (and in the file's name) are escaped (`ProblemText.visible`).
  public var description: String {
    let place = line > 0 ? "\(file):\(line):\(column)" : file
    let tail = hint.map { " (hint: \($0))" } ?? ""
    return ProblemText.visible("\(place): \(message)\(tail)")
  }

  /// The same text as `description`.
  public var errorDescription: String? { description }

  /// Orders problems by line, then column, then message.
  static func inFileOrder(_ lhs: CatalogProblem, _ rhs: CatalogProblem) -> Bool {
    (lhs.line, lhs.column, lhs.message) < (rhs.line, rhs.column, rhs.message)
  }
}
