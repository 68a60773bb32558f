import Foundation
import Testing

/// The shipped ledger: `hindsight.jsonl` beside `predictions.yaml` at the package root. A fresh
/// clone rebuilds the ledger from it with every hash checked, reproduces its head, and the
/// published reviews under docs/reviews are exactly what it generates.
@Suite struct ShippedLedgerTests {
  static let root = HindsightBinary.packageRoot
  static let journal = root.appendingPathComponent("hindsight.jsonl")

  /// A sandbox holding copies of the shipped catalog and journal, and no ledger file.
  static func clone() throws -> LedgerSandbox {
    let sandbox = try LedgerSandbox.shipped()
    try FileManager.default.copyItem(at: journal, to: sandbox.journal)
    return sandbox
  }

  static func shippedLines() throws -> [[String: Any]] {
    try LedgerSandbox.parse(jsonLines: String(contentsOf: journal, encoding: .utf8))
  }

  @Test func aFreshCloneRebuildsTheSameChainAndWritesNothing() throws {
    let sandbox = try Self.clone()
    defer { sandbox.remove() }
    let shipped = try String(contentsOf: Self.journal, encoding: .utf8)
    _ = try sandbox.succeed(["ls"])
    // The catalog is the one the journal ends with: the sync added nothing.
    #expect(try String(contentsOf: sandbox.journal, encoding: .utf8) == shipped)
    #expect(try sandbox.export() == shipped)
    let head = try #require(try Self.shippedLines().last?["hash"] as? String)
    let verify = try sandbox.verify()
    #expect(verify.exitCode == 0, "\(verify.stderr)")
    #expect(verify.stdout.contains("ok \(try Self.shippedLines().count) entries, head \(head)\n"))
    #expect(verify.stdout.contains("journal \(sandbox.journal.path): ok"))
    let python = try sandbox.pythonVerify()
    #expect(python.exitCode == 0)
    #expect(verify.stdout.hasPrefix(python.stdout))
  }

  /// Changing one word of an evidence line (here the Xiaomi figure) is refused before any
  /// ledger file exists, naming the line.
  @Test func aHandEditedJournalIsRefusedByLine() throws {
    let sandbox = try Self.clone()
    defer { sandbox.remove() }
    var lines = try String(contentsOf: sandbox.journal, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let index = try #require(lines.firstIndex { $0.contains("\"value\":19100000000") })
    lines[index] = lines[index].replacingOccurrences(
      of: "\"value\":19100000000", with: "\"value\":21100000000")
    try lines.joined(separator: "\n").write(to: sandbox.journal, atomically: true, encoding: .utf8)
    let listed = try sandbox.run(["ls"])
    #expect(listed.exitCode == 1)
    #expect(
      listed.stderr.contains(
        "\(sandbox.journal.path):\(index + 1): stored hash does not match its contents."),
      "\(listed.stderr)")
    #expect(!FileManager.default.fileExists(atPath: sandbox.ledger.path))
    let verify = try sandbox.verify()
    #expect(verify.exitCode == 1)
    #expect(verify.stderr.hasPrefix("\(sandbox.journal.path):\(index + 1): "))
  }

  /// The head a published review prints is checked against a fresh clone, and an ancestor or
  /// an unknown hash is told apart.
  @Test func verifyHeadChecksThePublishedHead() throws {
    let sandbox = try Self.clone()
    defer { sandbox.remove() }
    let review = try String(
      contentsOf: Self.root.appendingPathComponent("docs/reviews/2025.md"), encoding: .utf8)
    let head = try #require(
      review.firstMatch(of: /head hash `([0-9a-f]{64})`/).map { String($0.1) })
    let count = try Self.shippedLines().count
    func verify(_ hash: String) throws -> HindsightBinary.Output {
      try HindsightBinary.run(
        ["verify", "--ledger", sandbox.ledger.path, "--head", hash], directory: sandbox.directory)
    }
    let published = try verify(head)
    #expect(published.exitCode == 0, "\(published.stderr)")
    #expect(published.stdout.hasSuffix("head \(head) is the head: entry \(count) of \(count).\n"))
    let second = try #require(try Self.shippedLines()[1]["hash"] as? String)
    let ancestor = try verify(second)
    #expect(ancestor.exitCode == 0)
    #expect(ancestor.stdout.contains("is entry 2 of \(count), an ancestor of the head"))
    let forged = try verify(String(repeating: "ab", count: 32))
    #expect(forged.exitCode == 1)
    #expect(forged.stderr.contains("is not in this chain of \(count) entries"))
    let malformed = try verify("abc")
    #expect(malformed.exitCode == 1)
    #expect(malformed.stderr.contains("--head 'abc' is not valid"))
  }

  @Test func everyEvidenceEntryIsFullyCited() throws {
    let evidence = try Self.shippedLines().filter { $0["kind"] as? String == "evidence" }
    #expect(evidence.count >= 5)
    for entry in evidence {
      let payload = try #require(entry["payload"] as? [String: Any])
      let seq = entry["seq"] as? Int ?? 0
      let source = payload["source"] as? String ?? ""
      #expect(source.hasPrefix("https://") || source.hasPrefix("http://"), "entry \(seq): URL")
      for field in ["source_title", "source_publisher", "excerpt", "summary"] {
        #expect(!(payload[field] as? String ?? "").isEmpty, "entry \(seq): \(field)")
      }
      #expect(payload["source_published"] is String, "entry \(seq): publication date")
    }
  }

  @Test func everyDueForecastIsResolvedOrCarriesANote() throws {
    let sandbox = try Self.clone()
    defer { sandbox.remove() }
    let resolved = try JSONSerialization.jsonObject(
      with: Data(try sandbox.succeed(["resolve", "--format", "json"]).utf8))
    let forecasts = try #require(resolved as? [[String: Any]])
    let listed = try JSONSerialization.jsonObject(
      with: Data(try sandbox.succeed(["ls", "--format", "json"]).utf8))
    let questions = Dictionary(
      uniqueKeysWithValues: try #require(listed as? [[String: Any]]).map {
        ($0["id"] as? String ?? "", $0["question"] as? String ?? "")
      })
    let notes = try Self.shippedLines().filter { $0["kind"] as? String == "note" }
      .compactMap { $0["payload"] as? [String: Any] }
    let due = forecasts.filter { $0["status"] as? String == "due" }.compactMap {
      $0["id"] as? String
    }
    #expect(!due.isEmpty)
    for id in due {
      let question = questions[id]
      let noted = notes.contains { note in
        note["question"] as? String == question
          && (note["forecast"] == nil || note["forecast"] as? String == id)
      }
      #expect(noted, "\(id) is due with no note of what was searched")
    }
    // And the judged ones are there: at least one true and one false outcome.
    let outcomes = Set(forecasts.compactMap { $0["outcome"] as? Bool })
    #expect(outcomes == [true, false])
  }

  /// Each published review is regenerated from the shipped ledger as known by the time it
  /// prints, and compared byte for byte (Markdown and HTML).
  @Test func publishedReviewsAreWhatTheLedgerGenerates() throws {
    let sandbox = try Self.clone()
    defer { sandbox.remove() }
    let folder = Self.root.appendingPathComponent("docs/reviews")
    let years = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    #expect(years.contains("2024") && years.contains("2025"))
    for year in years {
      let markdown = try String(
        contentsOf: folder.appendingPathComponent("\(year).md"), encoding: .utf8)
      let knownBy = try #require(
        markdown.firstMatch(of: /knew by (\S+Z)\./).map { String($0.1) }, "\(year).md")
      let regenerated = try sandbox.succeed(["review", year, "--known-by", knownBy])
      #expect(regenerated == markdown, "docs/reviews/\(year).md: run scripts/publish-reviews")
      let html = sandbox.directory.appendingPathComponent("\(year).html")
      _ = try sandbox.run([
        "review", year, "--known-by", knownBy, "--format", "html", "--output", html.path,
      ])
      #expect(
        try Data(contentsOf: html)
          == Data(contentsOf: folder.appendingPathComponent("\(year).html")),
        "docs/reviews/\(year).html: run scripts/publish-reviews")
    }
  }
}
