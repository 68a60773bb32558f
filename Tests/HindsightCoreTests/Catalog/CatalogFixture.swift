import Foundation
import Testing

@testable import HindsightCore

/// Reads the fictional catalogs in Fixtures/ and makes small edits to them for problem tests.
enum CatalogFixture {
  /// The text of `Fixtures/NAME`.
  static func text(_ name: String) throws -> String {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
    return try String(contentsOf: url, encoding: .utf8)
  }

  /// The valid fixture (see `catalog-valid.yaml`; its line numbers are used throughout the tests).
  static func valid() throws -> String {
    try text("catalog-valid.yaml")
  }

  /// Loads the valid fixture after replacing `old` (which must occur exactly once) with `new`,
  /// and returns the problems found, named as coming from `test.yaml`.
  static func problems(replacing old: String, with new: String) throws -> [CatalogProblem] {
    let text = try valid()
    let pieces = text.components(separatedBy: old)
    try #require(pieces.count == 2, "'\(old)' must occur exactly once in the fixture")
    let result = CatalogLoader.load(text: pieces.joined(separator: new), file: "test.yaml")
    #expect(result.catalog == nil)
    return result.problems
  }

  /// A problem in `test.yaml`.
  static func problem(_ line: Int, _ column: Int, _ message: String, hint: String? = nil)
    -> CatalogProblem
  {
    CatalogProblem(file: "test.yaml", line: line, column: column, message: message, hint: hint)
  }
}
