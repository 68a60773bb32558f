import Yams

/// What a catalog file may hold, so that no file makes `check` or the ledger crash, hang or
/// run out of memory (docs/catalog-validation.md, "Limits"). Each is far beyond what a
/// hand-written catalog needs: the shipped MEET 2024 catalog is 50 KB, nests 7 deep and its
/// longest text is about 1 KB.
public enum CatalogLimits {
  /// The most bytes a catalog file may hold: 2 MiB, about 3,000 forecasts. The costliest
  /// file of that size a fuzzer or a hand can build (a flow list of a million numbers) is
  /// checked in 0.6 s and 170 MB, within the 300 MB every command is held to; one of 4 MiB
  /// took up to 380 MB.
  public static let fileBytes = 2 << 20
  /// The most bytes one scalar (a text, a number, a field name) may hold: 64 KiB.
  public static let scalarBytes = 64 << 10
  /// The most lists and mappings that may enclose one another: 16 (a catalog needs 7).
  public static let depth = 16
  /// The most whole days a numeric question's `tolerance_days` may be: 36,500 (100 years).
  public static let toleranceDays = 36_500
  /// Every number the catalog holds (target bounds, whole numbers) is smaller than this in
  /// magnitude: 10^15, below which the ledger writes whole numbers as integers and every
  /// integer is exact.
  public static let magnitude = 1e15

  /// The message for a YAML anchor or alias.
  static let aliasMessage =
    "YAML anchors (&name) and aliases (*name) are not allowed in a catalog"
  /// What to do about an anchor or an alias.
  static let aliasHint =
    "write the value out in full; to use '&' or '*' at the start of a text, put the text in quotes"

  /// The message for lists and mappings nested deeper than `depth`.
  static let depthMessage =
    "lists and mappings nest more than \(depth) deep here, deeper than a catalog may"
  /// What to do about too deep a nesting.
  static let depthHint = "a catalog nests at most 7 deep; see docs/catalog.md"

  /// The problem with a catalog of `size` bytes (more than `fileBytes`).
  static func fileTooLarge(file: String, size: Int) -> CatalogProblem {
    CatalogProblem(
      file: file, line: 0, column: 0,
      message:
        "the catalog '\(file)' is \(InputFile.bytes(size)), more than the \(InputFile.bytes(fileBytes)) a catalog may hold",
      hint: "split the file, or check that it is the catalog")
  }

  /// Every node that nests deeper than `depth`, holds a longer scalar than `scalarBytes` or
  /// carries a YAML tag, in file order (each too-deep part reported once, at its first node),
  /// and the first node with an anchor.
  static func check(_ root: Node, file: String) -> [CatalogProblem] {
    var problems: [CatalogProblem] = []
    var anchored = false
    func report(_ node: Node, _ message: String, hint: String? = nil) {
      let location = node.location
      problems.append(
        CatalogProblem(
          file: file, line: location.line, column: location.column, message: message, hint: hint
        ))
    }
    func visit(_ node: Node, depth: Int) {
      // `compose` lets no anchor through; should one come, its aliases are not walked.
      if node.anchor != nil {
        if !anchored { report(node, aliasMessage, hint: aliasHint) }
        anchored = true
        return
      }
      if let tag = explicitTag(node) {
        let written =
          tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst(18) : Substring(tag)
        report(
          node, "YAML tag '\(written)' is not allowed in a catalog",
          hint: "remove it; every value is read from its text as written")
      }
      switch node {
      case .scalar(let scalar):
        let size = scalar.string.utf8.count
        if size > scalarBytes {
          report(
            node,
            "this text is \(InputFile.bytes(size)), more than the \(InputFile.bytes(scalarBytes)) one value may hold",
            hint: "shorten it, or check for a quote that is not closed")
        }
      case .mapping(let mapping):
        guard depth < self.depth else {
          report(node, depthMessage, hint: depthHint)
          return
        }
        for (key, value) in mapping {
          visit(key, depth: depth + 1)
          visit(value, depth: depth + 1)
        }
      case .sequence(let sequence):
        guard depth < self.depth else {
          report(node, depthMessage, hint: depthHint)
          return
        }
        for item in sequence { visit(item, depth: depth + 1) }
      case .alias:
        report(node, aliasMessage, hint: aliasHint)
      }
    }
    visit(root, depth: 0)
    return problems.sorted(by: CatalogProblem.inFileOrder)
  }

  /// The tag written on a node, or nil when it has none or one that changes nothing.
  ///
  /// Yams reads an untagged scalar (with the basic resolver), list or mapping as `!!str`,
  /// `!!seq` or `!!map`, and so also the non-specific tag `!` and those three written out: they
  /// change nothing and are let through. Every other tag (`!!int`, `!!binary`, `!custom`…) is
  /// returned.
  static func explicitTag(_ node: Node) -> String? {
    let name = node.tag.rawValue
    let plain =
      switch node {
      case .scalar: Tag.Name.str
      case .mapping: Tag.Name.map
      case .sequence: Tag.Name.seq
      case .alias: Tag.Name.implicit
      }
    return name == plain.rawValue ? nil : name
  }
}
