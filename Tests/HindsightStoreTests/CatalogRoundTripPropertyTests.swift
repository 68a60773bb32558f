import Foundation
import HindsightCore
import PropertyBased
import Testing

@testable import HindsightStore

/// `hindsight check` and the ledger accept the same catalogs: every catalog that passes the
/// check syncs into a ledger whose entries read back, verify, and fold into the same catalog.
///
/// The catalogs are FICTIONAL, written as YAML text from a seed (`RandomCatalog`), with the
/// numbers drawn often from the ends of their documented ranges (docs/catalog-validation.md,
/// "Limits"), texts with quotes, escapes, tabs, line breaks and non-ASCII (the other control
/// characters are refused by the check), and dates from 1900-01-01 to 2200-12-31 (the range
/// the check accepts).
@Suite struct CatalogRoundTripPropertyTests {
  static let t0 = FictionalCatalog.t0

  /// Loads the text, which must pass the check, and returns its catalog.
  static func load(_ text: String) throws -> Catalog {
    let result = CatalogLoader.load(text: text, file: "random.yaml")
    #expect(result.problems == [], "\(text)")
    return try #require(result.catalog)
  }

  /// Syncs `catalog` and checks that the ledger reads back, verifies and holds the catalog.
  static func syncAndReadBack(_ catalog: Catalog, into ledger: Ledger, at time: Date) throws {
    try ledger.sync(catalog, author: "fictional-editor", at: time)
    let entries = try ledger.entries()
    let report = try ledger.verify()
    #expect(report.isOK, "\(report.summary)")
    #expect(report.count == entries.count)
    let folded = CatalogSnapshot.fold(entries).catalog(
      version: catalog.version, confidenceScale: catalog.confidenceScale)
    // The ledger keeps items in the order they first entered it, the file in its own; items
    // an earlier file had and this one lacks stay in the ledger (forecasts as withdrawn).
    #expect(Self.same(folded.sources, catalog.sources, id: \.id))
    #expect(Self.same(folded.speakers, catalog.speakers, id: \.id))
    #expect(Self.same(folded.questions, catalog.questions, id: \.id))
    #expect(Self.same(folded.forecasts, catalog.forecasts, id: \.id))
    // The same catalog again writes nothing, even compared item by item.
    #expect(try ledger.sync(catalog, author: "fictional-editor", at: time).isEmpty)
    #expect(CatalogDiff.payloads(for: catalog, current: try ledger.storedItems()).isEmpty)
  }

  /// Whether the ledger's items with the file's ids are the file's items, in any order.
  static func same<T: Equatable>(_ ledger: [T], _ file: [T], id: (T) -> String) -> Bool {
    let ids = Set(file.map(id))
    let kept = ledger.filter { ids.contains(id($0)) }.sorted { id($0) < id($1) }
    return kept == file.sorted { id($0) < id($1) }
  }

  @Test func everyCheckedCatalogSyncsAndReadsBack() async {
    await propertyCheck(count: 150, input: Gen.uint64(in: 0...UInt64.max)) { seed in
      var random = RandomCatalog(seed: seed)
      let catalog = try Self.load(random.yaml())
      let ledger = try Ledger.inMemory()
      try Self.syncAndReadBack(catalog, into: ledger, at: Self.t0)
    }
  }

  /// A second catalog over the first: the amendments and withdrawals carry the new numbers.
  @Test func amendmentsToBoundaryNumbersReadBack() async {
    await propertyCheck(
      count: 60, input: Gen.uint64(in: 0...UInt64.max), Gen.uint64(in: 0...UInt64.max)
    ) {
      first, second in
      var a = RandomCatalog(seed: first)
      var b = RandomCatalog(seed: second)
      let ledger = try Ledger.inMemory()
      try Self.syncAndReadBack(try Self.load(a.yaml()), into: ledger, at: Self.t0)
      try Self.syncAndReadBack(
        try Self.load(b.yaml()), into: ledger, at: Self.t0.addingTimeInterval(60))
    }
  }

  /// The numbers at the very ends of their ranges, all in one catalog.
  @Test func extremeNumbersReadBack() throws {
    var random = RandomCatalog(seed: 7)
    random.extremes = true
    let catalog = try Self.load(random.yaml())
    try Self.syncAndReadBack(catalog, into: try Ledger.inMemory(), at: Self.t0)
    let targets = catalog.forecasts.compactMap(\.target)
    #expect(!targets.isEmpty)
  }
}

/// Writes a random valid catalog as YAML text. FICTIONAL: every name, quote and number in it
/// is made up from the seed.
struct RandomCatalog {
  var random: SplitMix64
  /// When set, every number is one of the ends of its range.
  var extremes = false

  init(seed: UInt64) {
    random = SplitMix64(seed: seed)
  }

  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + random.nextIndex(below: range.count)
  }

  mutating func pick<T>(_ options: [T]) -> T { options[int(0...options.count - 1)] }

  mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

  /// The most and least a target bound may be, and values near them and zero.
  static let boundaryBounds: [String] = [
    "999999999999999", "-999999999999999", "999_999_999_999_999", "999999999999999.9",
    "-999999999999999.9", "0", "-0", "0.0", "5e-324", "1e-300", "-2.2250738585072014e-308",
    "123456789012345.6", "0.1", "1e14", "9.99999999999999e14", "2e9", "20000000000",
  ]

  /// The largest values the check lets through, from its own limits.
  static let limitBounds = [
    String(CatalogLimits.magnitude.nextDown), String(-CatalogLimits.magnitude.nextDown),
  ]

  mutating func bound() -> String {
    if extremes || chance(60) { return pick(Self.boundaryBounds + Self.limitBounds) }
    let magnitude = Double(int(0...1_000_000_000)) * pow(10, Double(int(-12...5)))
    return String(chance(50) ? -magnitude : magnitude)
  }

  mutating func tolerance() -> String {
    let most = CatalogLimits.toleranceDays
    if extremes { return pick(["0", String(most)]) }
    return chance(50)
      ? pick(["0", "1", "36500", "36_500", String(most - 1), String(most)])
      : String(int(0...most))
  }

  /// A probability in [0.01, 0.99] as text, and its value.
  mutating func probability() -> (text: String, value: Double) {
    if extremes || chance(40) {
      let text = pick(["0.01", "0.99", "0.5", "0.010", "9.9e-1", "1e-2"])
      return (text, Double(text)!)
    }
    let value = min(0.99, 0.01 + Double(int(0...1_000_000)) / 1_000_000 * 0.98)
    return (String(value), value)
  }

  /// The value of a number as the catalog writes it (`_` allowed).
  static func value(_ text: String) -> Double { Double(text.filter { $0 != "_" })! }

  /// A `YYYY-MM-DD` day, from 1900-01-01 to 2200-12-31, as a day number.
  mutating func day() -> Day {
    let first = Day("1900-01-01")!
    let last = Day("2200-12-31")!
    if extremes || chance(20) { return pick([first, last]) }
    return first.adding(days: int(0...(last.daysSinceEpoch - first.daysSinceEpoch)))
  }

  static let pieces = [
    "fictional", "虚构", "Ada & Bo", "*not an alias*", "\"quoted\"", "it's", "back\\slash",
    "tab\there", "new\nline", "é", "🙂", "# hash", "a: b", "- dash",
    "[x]", "{y}", "100%", "~", "null", "yes", "0x1F", ".inf", "--- ", "\u{2028}", "\u{FEFF}",
  ]

  /// Random text (never empty), written as a YAML double-quoted scalar.
  mutating func words() -> String {
    var parts: [String] = []
    for _ in 0...int(0...3) { parts.append(pick(Self.pieces)) }
    return Self.quoted(parts.joined(separator: " "))
  }

  /// `text` as a YAML double-quoted scalar, escaping what must be.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case _
      where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028
        || scalar.value == 0xFEFF:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// A whole catalog.
  mutating func yaml() -> String {
    var lines = ["version: 1", "confidence_scale:"]
    let scaleP = probability()
    lines += [
      "  - id: maybe-row",
      "    phrases: [maybe, \(words())]",
      "    p: \(scaleP.text)",
      "    interval: [\(scaleP.text), \(scaleP.text)]",
      "    basis: editor",
      "    reference: \(words())",
      "sources:",
    ]
    let sources = (0...int(0...1)).map { "source-\($0)" }
    for id in sources {
      lines += [
        "  - id: \(id)", "    title: \(words())", "    title_en: \(words())",
        "    publisher: \(words())", "    held_on: \(day())", "    citation: \(words())",
      ]
      if chance(50) { lines.append("    published_on: \(day())") }
    }
    lines.append("speakers:")
    let speakers = (0...int(0...2)).map { "speaker-\($0)" }
    for id in speakers {
      lines += [
        "  - id: \(id)", "    name: \(words())", "    name_en: \(words())",
        "    affiliations: [\((0..<int(0...2)).map { _ in words() }.joined(separator: ", "))]",
      ]
    }
    lines.append("questions:")
    for question in 0...int(0...3) {
      let kind = extremes ? "numeric" : pick(["event", "numeric", "binary"])
      lines += [
        "  - id: q\(question)", "    title: \(words())", "    kind: \(kind)",
        "    criteria: \(words())", "    tags: [\(chance(50) ? words() : "")]",
      ]
      if chance(30) { lines.append("    note: \(words())") }
      if kind == "numeric" {
        lines += [
          "    metric:", "      name: \(words())", "      unit: \(words())",
          "      tolerance_days: \(tolerance())",
        ]
      }
      lines.append("    forecasts:")
      for forecast in 0..<int(extremes ? 1...3 : 0...3) {
        lines += [
          "      - id: q\(question)-f\(forecast)", "        speaker: \(pick(speakers))",
          "        source: \(pick(sources))", "        said_on: \(day())",
          "        quote: \(words())", "        quote_en: \(words())", "        claim: \(words())",
          "        note: \(words())",
        ]
        if chance(20) {
          lines.append(
            "        already_true_when_said: \(Self.quoted("fictional: " + pick(Self.pieces)))")
        }
        if kind == "numeric" {
          var bounds = [bound(), bound()].sorted { Self.value($0) < Self.value($1) }
          if chance(30) { bounds[pick([0, 1])] = "null" }
          lines += [
            "        target:", "          at: \(day())", "          min: \(bounds[0])",
            "          max: \(bounds[1])", "          basis: \(pick(["stated", "editor"]))",
          ]
        } else {
          let ends = [day(), day()].sorted()
          lines += [
            "        window:", "          from: \(ends[0])", "          to: \(ends[1])",
            "          basis: \(pick(["stated", "editor"]))",
          ]
        }
        if chance(30) {
          lines += ["        confidence:", "          phrase: maybe", "          basis: scale"]
        } else {
          let p = probability()
          let low = chance(50) ? "0.01" : p.text
          let high = chance(50) ? "0.99" : p.text
          lines += [
            "        confidence:", "          p: \(p.text)",
            "          interval: [\(low), \(high)]",
            "          basis: \(pick(["stated", "editor"]))",
          ]
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
