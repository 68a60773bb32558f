import Foundation
import Yams

/// Reads `predictions.yaml`: parses the YAML, walks it by hand, and returns the catalog together
/// with every problem found, each located at a line and column.
public enum CatalogLoader {
  /// Loads a catalog from YAML text; `file` is the name problems carry.
  ///
  /// The text is held to `CatalogLimits` first: a text that passes one of them, or that uses
  /// YAML anchors, aliases or tags, gets those problems only, as a syntax error would.
  public static func load(text: String, file: String) -> CatalogLoadResult {
    func failed(_ problems: [CatalogProblem]) -> CatalogLoadResult {
      CatalogLoadResult(catalog: nil, problems: problems, locations: CatalogLocations())
    }
    let size = text.utf8.count
    guard size <= CatalogLimits.fileBytes else {
      return failed([CatalogLimits.fileTooLarge(file: file, size: size)])
    }
    let root: Node?
    switch compose(text, file: file) {
    case .success(let node): root = node
    case .failure(let problem): return failed([problem])
    }
    guard let root else {
      let problem = CatalogProblem(
        file: file, line: 1, column: 1, message: "the catalog is empty",
        hint: "start it with 'version: 1'; see docs/catalog.md")
      return failed([problem])
    }
    let beyond = CatalogLimits.check(root, file: file)
    guard beyond.isEmpty else { return failed(beyond) }
    var parser = CatalogParser(file: file)
    let catalog = parser.parse(root)
    let problems = parser.reader.problems.sorted(by: CatalogProblem.inFileOrder)
    return CatalogLoadResult(
      catalog: problems.isEmpty ? catalog : nil, problems: problems, locations: parser.locations)
  }

  /// Parses the YAML into nodes, refusing anchors and aliases before they can be expanded.
  ///
  /// Yams resolves an alias to the node its anchor names and compares mapping keys whole, so a
  /// few lines of nested aliases (an "alias bomb") as a key cost time exponential in their
  /// number. The text is therefore first parsed with every `&` turned into `*`: that text can
  /// define no anchor, so its aliases are never expanded and it is parsed in linear time. Each
  /// byte is replaced by one of the same class outside node properties (both are ordinary in
  /// scalars, comments, tags and names), so the two texts are read alike up to the first `&`
  /// or `*` that starts an anchor or an alias; there the probe meets an alias it cannot
  /// resolve, which is reported as such. Only a text with neither is parsed for real.
  static func compose(_ text: String, file: String) -> Result<Node?, CatalogProblem> {
    // The parser reads every scalar's raw text itself, so YAML's implicit typing (which
    // matches each plain scalar against regular expressions) is skipped.
    if text.utf8.contains(UInt8(ascii: "&")) {
      let probe = String(
        decoding: text.utf8.map { $0 == UInt8(ascii: "&") ? UInt8(ascii: "*") : $0 },
        as: UTF8.self)
      do {
        _ = try Yams.compose(yaml: probe, .basic)
      } catch {
        return .failure(syntaxProblem(error, text: probe, file: file))
      }
    }
    do {
      return .success(try Yams.compose(yaml: text, .basic))
    } catch {
      return .failure(syntaxProblem(error, text: text, file: file))
    }
  }

  /// Loads a catalog from a file; a file that cannot be read, is not a regular file, is larger
  /// than `CatalogLimits.fileBytes` or is not UTF-8 is a problem too.
  public static func load(path: String) -> CatalogLoadResult {
    switch read(path: path) {
    case .success(let bytes): load(bytes: bytes, file: path)
    case .failure(let problem): CatalogLoadResult(problem)
    }
  }

  /// Loads a catalog from the bytes of `file` (`read(path:)`); bytes that are not UTF-8 are
  /// a problem.
  public static func load(bytes: [UInt8], file: String) -> CatalogLoadResult {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return CatalogLoadResult(
        CatalogProblem(
          file: file, line: 0, column: 0, message: "the catalog '\(file)' is not UTF-8 text",
          hint: "save it as UTF-8"))
    }
    return load(text: text, file: file)
  }

  /// The bytes of a catalog file, or the problem that keeps it from being read: it is
  /// missing, unreadable, not a regular file or larger than `CatalogLimits.fileBytes`.
  public static func read(path: String) -> Result<[UInt8], CatalogProblem> {
    do {
      return .success(try InputFile(path: path, limit: CatalogLimits.fileBytes).readAll())
    } catch {
      switch error.problem {
      case .missing, .unreadable:
        let reason = error.problem == .missing ? "no such file" : "it could not be read"
        return .failure(
          CatalogProblem(
            file: path, line: 0, column: 0,
            message: "cannot read the catalog '\(path)': \(reason)",
            hint: "give the path with --catalog or HINDSIGHT_CATALOG"))
      case .notRegular:
        return .failure(
          CatalogProblem(
            file: path, line: 0, column: 0, message: "the catalog '\(path)' \(error.reason)",
            hint: "give the path of a YAML file with --catalog or HINDSIGHT_CATALOG"))
      case .tooLarge(let size, _):
        return .failure(CatalogLimits.fileTooLarge(file: path, size: size))
      }
    }
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
    case .composer(_, "found undefined alias", let mark, _):
      return problem(mark, CatalogLimits.aliasMessage, CatalogLimits.aliasHint)
    // libyaml's own nesting limit (1,000 levels), far past CatalogLimits.depth.
    case .scanner(_, let text, let mark, _) where text.hasPrefix("Maximum nesting level"):
      return problem(mark, CatalogLimits.depthMessage, CatalogLimits.depthHint)
    case .parser(_, let text, let mark, _) where text.hasPrefix("Maximum nesting level"):
      return problem(mark, CatalogLimits.depthMessage, CatalogLimits.depthHint)
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
      let (line, column) = position(ofCharacter: offset ?? 0, in: text)
      return CatalogProblem(
        file: file, line: line, column: column, message: "YAML syntax error: \(reason)")
    default:
      return CatalogProblem(file: file, line: 1, column: 1, message: "YAML error: \(yamlError)")
    }
  }

  /// The line and column (from 1, columns in Unicode scalars) of the character at `offset`
  /// (Yams gives a reader error's place in characters), with `\r\n` counted as a line end.
  static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for character in text.prefix(offset) {
      if character == "\n" || character == "\r\n" {
        line += 1
        column = 1
      } else {
        column += character.unicodeScalars.count
      }
    }
    return (line, column)
  }
}
