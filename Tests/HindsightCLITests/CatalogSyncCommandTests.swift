import Foundation
import Testing

/// SPEC §4 catalog sync, seen through the commands: edits become amendments, removals become
/// withdrawals, an unchanged file writes nothing, and an invalid file stops every command.
@Suite struct CatalogSyncCommandTests {
  /// The payload of the last exported entry.
  static func lastPayload(_ sandbox: LedgerSandbox) throws -> [String: Any] {
    try #require(try sandbox.entries().last?["payload"] as? [String: Any])
  }

  @Test func editingAWindowWritesOneAmendment() throws {
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    _ = try sandbox.succeed(["ls"])
    let synced = try sandbox.export()
    #expect(synced.split(separator: "\n").count == 9)
    // An unchanged catalog writes nothing, whatever the command.
    _ = try sandbox.succeed(["resolve"])
    _ = try sandbox.succeed(["show", "ada-demo-2024"])
    #expect(try sandbox.export() == synced)

    try sandbox.editCatalog(replacing: "to: 2024-12-31", with: "to: 2025-06-30")
    _ = try sandbox.succeed(["ls"])
    let entries = try sandbox.entries()
    #expect(entries.count == 10)
    #expect(entries.last?["kind"] as? String == "amendment")
    let payload = try Self.lastPayload(sandbox)
    #expect(payload["item_kind"] as? String == "forecast")
    let changes = try #require(payload["changes"] as? [[String: String]])
    #expect(changes == [["field": "window.to", "old": "2024-12-31", "new": "2025-06-30"]])
    let item = try #require(payload["item"] as? [String: Any])
    #expect(item["id"] as? String == "ada-demo-2024")

    // The next command finds the file unchanged again.
    let amended = try sandbox.export()
    _ = try sandbox.succeed(["ls"])
    #expect(try sandbox.export() == amended)
    // The window was moved after it had closed (today is past 2025-06-30), so it is flagged.
    let resolved = try sandbox.succeed(["resolve", "--format", "json"])
    let first = try #require(
      (try JSONSerialization.jsonObject(with: Data(resolved.utf8)) as? [[String: Any]])?.first)
    #expect(first["id"] as? String == "ada-demo-2024")
    #expect(first["flags"] as? [String] == ["amended-after-close"])
  }

  /// A file whose bytes change but whose items do not (a comment added) writes no entry, and
  /// every command reads the same catalog before, after and once the ledger knows the new
  /// bytes (docs/ledger.md, "The catalog file's digest").
  @Test func aCommentAddedWritesNothing() throws {
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    let listed = try sandbox.succeed(["ls", "--format", "json"])
    let synced = try sandbox.export()
    let text = try String(contentsOf: sandbox.catalog, encoding: .utf8)
    try (text + "# A fictional editor's comment.\n").write(
      to: sandbox.catalog, atomically: true, encoding: .utf8)
    for _ in 0..<2 {
      #expect(try sandbox.succeed(["ls", "--format", "json"]) == listed)
      #expect(try sandbox.export() == synced)
    }
    try text.write(to: sandbox.catalog, atomically: true, encoding: .utf8)
    #expect(try sandbox.succeed(["ls", "--format", "json"]) == listed)
    #expect(try sandbox.export() == synced)
  }

  @Test func removingAForecastWritesAWithdrawal() throws {
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    let before = try Self.listedIDs(sandbox)
    #expect(before == ["ada-demo-2024", "bo-demo-two-years", "ada-demo-2090s", "bo-revenue-2024"])

    let text = try String(contentsOf: sandbox.catalog, encoding: .utf8)
    let start = try #require(text.range(of: "      - id: ada-demo-2090s\n"))
    let end = try #require(text.range(of: "  - id: demo-revenue\n"))
    try (String(text[..<start.lowerBound]) + String(text[end.lowerBound...]))
      .write(to: sandbox.catalog, atomically: true, encoding: .utf8)

    #expect(
      try Self.listedIDs(sandbox) == ["ada-demo-2024", "bo-demo-two-years", "bo-revenue-2024"])
    let entries = try sandbox.entries()
    #expect(entries.count == 10)
    #expect(entries.last?["kind"] as? String == "withdrawal")
    let payload = try Self.lastPayload(sandbox)
    #expect(
      NSDictionary(dictionary: payload) == ["forecast": "ada-demo-2090s", "type": "withdrawal"])
    #expect(try sandbox.verify().exitCode == 0)
  }

  /// A write looks its id up among the file's items, whether it parses the file or, the
  /// ledger having synced these very bytes, takes them from the ledger: a question the file
  /// dropped (which the ledger keeps) and a withdrawn forecast are refused alike, with the
  /// same message, and nothing is written.
  /// A question the file dropped, its forecast, and a withdrawn forecast of a question it keeps.
  static let dropped = ["demo-revenue", "bo-revenue-2024", "ada-demo-2090s"]

  @Test func aWriteRefusesWhatTheFileDroppedWithOrWithoutParsing() throws {
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    _ = try sandbox.succeed(["ls"])
    let text = try String(contentsOf: sandbox.catalog, encoding: .utf8)
    // The last forecast of the first question goes, and the second question with its forecast.
    let start = try #require(text.range(of: "      - id: ada-demo-2090s\n"))
    try String(text[..<start.lowerBound]).write(
      to: sandbox.catalog, atomically: true, encoding: .utf8)
    let note = ["--text", "Fictional note.", "--observed", "2024-06-01"]
    let before = try sandbox.export()
    // New bytes: the write parses the file, and refuses before the sync writes anything.
    let parsed = try Self.dropped.map {
      try sandbox.run(["note", $0] + note)
    }
    #expect(parsed.map(\.exitCode) == [1, 1, 1])
    #expect(try sandbox.export() == before)
    // A read syncs the bytes; the same writes now take the ids from the ledger.
    _ = try sandbox.succeed(["ls"])
    let synced = try sandbox.export()
    let taken = try Self.dropped.map {
      try sandbox.run(["note", $0] + note)
    }
    #expect(taken.map(\.exitCode) == [1, 1, 1])
    #expect(taken.map(\.stderr) == parsed.map(\.stderr))
    #expect(parsed[0].stderr.contains("demo-revenue"))
    #expect(try sandbox.export() == synced)
    // What the file holds is found either way.
    _ = try sandbox.succeed(["note", "ada-demo-2024"] + note)
    #expect(try sandbox.entries().count == (synced.split(separator: "\n").count + 1))
  }

  static func listedIDs(_ sandbox: LedgerSandbox) throws -> [String] {
    let json = try sandbox.succeed(["ls", "--format", "json"])
    let list = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    return list.compactMap { $0["id"] as? String }
  }

  /// An invalid catalog stops every reading command with the located problem (the same line
  /// `hindsight check` prints) and writes nothing.
  @Test func invalidCatalogStopsEveryCommand() throws {
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    _ = try sandbox.succeed(["ls"])
    let before = try sandbox.export()
    let valid = try String(contentsOf: sandbox.catalog, encoding: .utf8)
    try sandbox.editCatalog(replacing: "kind: numeric", with: "kind: numerik")
    try sandbox.editCatalog(replacing: "to: 2094-12-31", with: "to: 2099-12-31")

    let check = try HindsightBinary.run(["check", sandbox.catalog.path])
    #expect(check.exitCode == 1)
    let problems = check.stderr.split(separator: "\n").dropLast().map(String.init)
    #expect(problems.count == 1)
    #expect(problems.first?.hasPrefix("\(sandbox.catalog.path):") == true)
    let expected =
      (problems + [
        "\(sandbox.catalog.path) has 1 problem, so nothing was read from it or written to the ledger; fix it and run `hindsight check` to confirm."
      ]).joined(separator: "\n")

    let commands: [[String]] = [
      ["ls"], ["show", "ada-demo-2024"], ["resolve"], ["evidence", "list"], ["export"],
      [
        "evidence", "add", "demo-event", "--occurred", "--observed", "2024-06-15", "--source",
        "https://example.org/fictional",
      ],
      [
        "verdict", "ada-demo-2024", "--true", "--reason", "Fictional.", "--source",
        "https://example.org/fictional",
      ],
    ]
    for command in commands {
      let output = try sandbox.run(command)
      #expect(output.exitCode == 1, "\(command)")
      #expect(output.stdout == "", "\(command)")
      #expect(output.stderr == "Error: \(expected)\n", "\(command)")
    }
    // Nothing was written: with the valid file back (unchanged since the first sync), the
    // export is byte for byte what it was; the window edit made while invalid was not synced.
    try valid.write(to: sandbox.catalog, atomically: true, encoding: .utf8)
    #expect(try sandbox.export() == before)
  }

  @Test func invalidCatalogCreatesNoLedger() throws {
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    try sandbox.editCatalog(replacing: "kind: numeric", with: "kind: numerik")
    let output = try sandbox.run(["resolve"])
    #expect(output.exitCode == 1)
    #expect(!FileManager.default.fileExists(atPath: sandbox.ledger.path))
  }

  /// An id that names nothing is refused before a ledger is made: with no ledger file, no
  /// import can hold it.
  @Test func unknownIDCreatesNoLedger() throws {
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    for arguments in [
      ["verdict", "no-such-id", "--true", "--reason", "Fictional.", "--source", "fictional"],
      ["note", "no-such-id", "--text", "Fictional."],
      [
        "evidence", "add", "no-such-id", "--occurred", "--observed", "2024-06-01", "--source",
        "fictional",
      ],
    ] {
      let output = try sandbox.run(arguments)
      #expect(output.exitCode == 1)
      #expect(output.stderr.contains("No question or forecast has the id 'no-such-id'"))
      #expect(!FileManager.default.fileExists(atPath: sandbox.ledger.path))
    }
  }
}
