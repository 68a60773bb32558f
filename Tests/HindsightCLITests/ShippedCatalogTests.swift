import Foundation
import Testing

/// The ledger commands on a copy of the shipped catalog, predictions.yaml. Every piece of
/// evidence recorded here is FICTIONAL and says nothing about real outcomes.
@Suite struct ShippedCatalogTests {
  /// The number of sources, speakers, questions and forecasts in the file, counted from its
  /// text (independently of the catalog loader): `  - id:` items under `sources:`,
  /// `speakers:` and `questions:`, and `      - id:` forecasts under `questions:`.
  static func itemCount(_ url: URL) throws -> Int {
    var section = ""
    var count = 0
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
      if let first = line.first, first != " ", first != "#", line.hasSuffix(":") {
        section = String(line.dropLast())
      } else if ["sources", "speakers", "questions"].contains(section),
        line.hasPrefix("  - id: ") || line.hasPrefix("      - id: ")
      {
        count += 1
      }
    }
    return count
  }

  @Test func firstCommandSyncsEveryItem() throws {
    let sandbox = try LedgerSandbox.shipped()
    defer { sandbox.remove() }
    let expected = try Self.itemCount(sandbox.catalog)
    #expect(expected > 40)
    _ = try sandbox.succeed(["ls"])
    let entries = try sandbox.entries()
    #expect(entries.count == expected)
    #expect(entries.allSatisfy { $0["kind"] as? String == "catalog_add" })
    let verify = try sandbox.verify()
    #expect(verify.exitCode == 0)
    #expect(verify.stdout.hasPrefix("ok \(expected) entries, head "))
    let python = try sandbox.pythonVerify()
    #expect(verify.stdout.hasPrefix(python.stdout))
  }

  @Test func fictionalEvidenceAboutAutonomousDriving() throws {
    let sandbox = try LedgerSandbox.shipped()
    defer { sandbox.remove() }
    let count = try Self.itemCount(sandbox.catalog)
    let output = try sandbox.succeed([
      "evidence", "add", "autonomous-driving-chatgpt-moment", "--not-occurred",
      "--observed", "2026-01-05", "--source", "https://example.org/fictional/adcm",
      "--summary", "Fictional: no qualifying launch had been reported.",
    ])
    let head = try #require(try sandbox.entries().last)
    #expect(head["seq"] as? Int == count + 1)
    // Both windows that closed in 2025 end before the observation; the 2026–2028 one is
    // untouched (docs/resolution.md, rule 2).
    #expect(
      output == """
        Recorded the evidence as entry \(count + 1) (hash \(head["hash"] as? String ?? "")).
        Resolutions changed:
          liao-ruoxue-adcm-2025: due → false (not-occurred-by-end)
          huang-zehua-adcm-two-years: due → false (not-occurred-by-end)

        """)
    let listed = try sandbox.succeed([
      "evidence", "list", "autonomous-driving-chatgpt-moment", "--format", "json",
    ])
    let items = try #require(
      try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: Any]])
    #expect(items.count == 1)
    #expect(items.first?["seq"] as? Int == count + 1)
    #expect(try sandbox.verify().exitCode == 0)
    #expect(try sandbox.pythonVerify().exitCode == 0)
  }

  /// With nothing recorded, the to-do list of `resolve` names exactly the forecasts whose window
  /// (or numeric date) closed before the as-of day — computed here from `ls --format json`.
  @Test func toDoListNamesEveryClosedForecast() throws {
    let sandbox = try LedgerSandbox.shipped()
    defer { sandbox.remove() }
    let listing = try sandbox.succeed(["ls", "--format", "json", "--as-of", "2026-11-29"])
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(listing.utf8)) as? [[String: Any]])
    let closed = Set(
      rows.compactMap { row -> String? in
        let closes = (row["window_to"] as? String) ?? (row["at"] as? String) ?? "9999-12-31"
        return closes < "2026-11-29" ? row["id"] as? String : nil
      })
    #expect(closed.count >= 10)
    let output = try sandbox.succeed(["resolve", "--as-of", "2026-11-29"])
    let todo = try #require(output.components(separatedBy: "\nTo do: ").last)
    let named = Set(
      todo.split(separator: "\n").dropFirst().compactMap { line -> String? in
        guard line.hasPrefix("  ") else { return nil }
        return line.dropFirst(2).split(separator: ":").first.map(String.init)
      })
    #expect(named == closed)
  }
}
