import Foundation
import Yams

/// Reads `predictions.yaml`: parses the YAML, walks it by hand, and returns the catalog together
/// with every problem found, each located at a line and column.
public enum CatalogLoader {
  /// Loads a catalog from YAML text; `file` is the name problems carry.
  public static func load(text: String, file: String) -> CatalogLoadResult {
    let root: Node?
    do {
      // The parser reads every scalar's raw text itself, so YAML's implicit typing (which
      // matches each plain scalar against regular expressions) is skipped.
      root = try Yams.compose(yaml: text, .basic)
    } catch {
      return CatalogLoadResult(
        catalog: nil, problems: [syntaxProblem(error, text: text, file: file)],
        locations: CatalogLocations())
    }
    guard let root else {
      let problem = CatalogProblem(
        file: file, line: 1, column: 1, message: "the catalog is empty",
        hint: "start it with 'version: 1'; see docs/catalog.md")
      return CatalogLoadResult(catalog: nil, problems: [problem], locations: CatalogLocations())
    }
    var parser = CatalogParser(file: file)
    let catalog = parser.parse(root)
    let problems = parser.reader.problems.sorted(by: CatalogProblem.inFileOrder)
    return CatalogLoadResult(
      catalog: problems.isEmpty ? catalog : nil, problems: problems, locations: parser.locations)
  }

  /// Loads a catalog from a file; a file that cannot be read or is not UTF-8 is a problem too.
  public static func load(path: String) -> CatalogLoadResult {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      let reason =
        FileManager.default.fileExists(atPath: path) ? "it could not be read" : "no such file"
      let problem = CatalogProblem(
        file: path, line: 0, column: 0, message: "cannot read the catalog '\(path)': \(reason)",
        hint: "give the path with --catalog or HINDSIGHT_CATALOG")
      return CatalogLoadResult(catalog: nil, problems: [problem], locations: CatalogLocations())
    }
    guard let text = String(data: data, encoding: .utf8) else {
      let problem = CatalogProblem(
        file: path, line: 0, column: 0, message: "the catalog '\(path)' is not UTF-8 text",
        hint: "save it as UTF-8")
      return CatalogLoadResult(catalog: nil, problems: [problem], locations: CatalogLocations())
    }
    return load(text: text, file: path)
  }

  /// Turns a Yams error into a located problem.
  static func syntaxProblem(_ error: any Error, text: String, file: String) -> CatalogProblem {
    func problem(_ mark: Mark, _ message: String, _ hint: String?) -> CatalogProblem {
      CatalogProblem(
        file: file, line: mark.line, column: mark.column, message: message, hint: hint)
    }
    guard let yamlError = error as? YamlError else {
      return CatalogProblem(
        file: file, line: 1, column: 1, message: "YAML error: \(error.localizedDescription)")
    }
    switch yamlError {
    case .scanner(let context, let text, let mark, _), .parser(let context, let text, let mark, _),
      .composer(let context, let text, let mark, _):
      let hint = context.map { "\($0.text) at \($0.mark.line):\($0.mark.column)" }
      return problem(mark, "YAML syntax error: \(text)", hint)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      return problem(
        context.mark, "YAML syntax error: the key \(keys) appears twice in one mapping",
        "each field may be written only once")
    case .reader(let reason, let offset, _, _):
      let prefix = text.prefix(offset ?? 0)
      let line = prefix.filter { $0 == "\n" }.count + 1
      let column = prefix.split(separator: "\n", omittingEmptySubsequences: false).last.map {
        $0.unicodeScalars.count + 1
      }
      return CatalogProblem(
        file: file, line: line, column: column ?? 1, message: "YAML syntax error: \(reason)")
    default:
      return CatalogProblem(file: file, line: 1, column: 1, message: "YAML error: \(yamlError)")
    }
  }
}
