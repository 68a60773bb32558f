import CLibFuzzer
import Glibc
import HindsightCore
import Yams

/// Fuzzes the catalog loader (`CatalogLoader.load(text:file:)`, YAML through Yams and the
/// catalog parser): any text must give a result without crashing, hanging or blowing up, and
/// the result must keep what a load promises. Run by `scripts/fuzz catalog SECONDS`.
@main
enum CatalogFuzz {
  static func main() {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzCatalog))
  }
}

/// One input: the bytes as UTF-8 text (others are what `load(path:)` refuses before parsing).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalog(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let data,
    let text = String(validating: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
  else { return 0 }
  let result = CatalogLoader.load(text: text, file: "fuzz.yaml")
  // A catalog exactly when there is no problem.
  precondition((result.catalog == nil) != result.problems.isEmpty, "catalog and problems disagree")
  var previous: (Int, Int) = (0, 0)
  for problem in result.problems {
    precondition(problem.line >= 0 && problem.column >= 0, "negative location: \(problem)")
    precondition(!problem.message.isEmpty, "empty message")
    precondition(
      !problem.description.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F },
      "a control character in \(problem.description.debugDescription)")
    precondition((problem.line, problem.column) >= previous, "problems out of file order")
    previous = (problem.line, problem.column)
  }
  // The loader refuses anchors before Yams can expand them (`CatalogLoader.compose`): when it
  // did not, Yams must find none either.
  let refusedAnchors = result.problems.contains { $0.message.hasPrefix("YAML anchors") }
  if !refusedAnchors, let root = try? Yams.compose(yaml: text, .basic) {
    precondition(!hasAnchor(root), "an anchor got past the probe")
  }
  guard let catalog = result.catalog else { return 0 }
  // What the check lets through, the ledger can hold (docs/catalog-validation.md, "Limits").
  for question in catalog.questions {
    if let days = question.metric?.toleranceDays {
      precondition((0...CatalogLimits.toleranceDays).contains(days), "tolerance \(days)")
    }
  }
  for forecast in catalog.forecasts {
    precondition((0.01...0.99).contains(forecast.confidence.p), "p \(forecast.confidence.p)")
    for bound in [forecast.target?.min, forecast.target?.max].compactMap({ $0 }) {
      precondition(bound.isFinite && abs(bound) < CatalogLimits.magnitude, "bound \(bound)")
    }
  }
  return 0
}

/// Whether the tree holds a node with an anchor (not walking into one).
func hasAnchor(_ node: Node) -> Bool {
  if node.anchor != nil { return true }
  switch node {
  case .mapping(let mapping): return mapping.contains { hasAnchor($0.key) || hasAnchor($0.value) }
  case .sequence(let sequence): return sequence.contains(where: hasAnchor)
  case .scalar, .alias: return false
  }
}
