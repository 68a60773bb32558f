import Foundation
import Testing

/// `already_true_when_said` through the built binary, on the FICTIONAL ledger catalog: `show`
/// and `ls` print it, a change to it is recorded as an amendment, and an empty value is
/// refused as FILE:LINE:COLUMN with exit status 1 and nothing written.
@Suite struct AlreadyTrueWhenSaidCommandTests {
  static let reason = "Fictional: the demo event had already taken place in 2023."
  static let claim = "claim: The demo event happens in 2024."

  @Test func showAndListPrintTheJudgementAndTheSyncAmendsTheForecast() throws {
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    _ = try sandbox.succeed(["ls"])
    let before = try sandbox.entries().count
    try sandbox.editCatalog(
      replacing: Self.claim,
      with: "\(Self.claim)\n        already_true_when_said: \"\(Self.reason)\"")
    let shown = try sandbox.succeed(["show", "ada-demo-2024"])
    #expect(shown.contains("\njudgement    already true when said: \(Self.reason)\n"))
    let entries = try sandbox.entries()
    #expect(entries.count == before + 1)
    let payload = try #require(entries.last?["payload"] as? [String: Any])
    #expect(payload["type"] as? String == "amendment")
    let changes = try #require(payload["changes"] as? [[String: Any]])
    #expect(changes.map { $0["field"] as? String } == ["already_true_when_said"])
    #expect(changes.first?["new"] as? String == Self.reason)
    let listed = try sandbox.succeed(["ls"])
    #expect(listed.contains("  due *\n"))
    #expect(
      listed.hasSuffix(
        "\n\n* already true when said (the editor's judgement; show ID gives the reason)\n"))
    let json = try JSONSerialization.jsonObject(
      with: Data(try sandbox.succeed(["ls", "--format", "json"]).utf8))
    let rows = try #require(json as? [[String: Any]])
    #expect(
      rows.first { $0["id"] as? String == "ada-demo-2024" }?["already_true_when_said"] as? String
        == Self.reason)
    #expect(try sandbox.verify().exitCode == 0)
  }

  @Test func anEmptyReasonIsRefusedWithItsLine() throws {
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    _ = try sandbox.succeed(["ls"])
    let journal = try String(contentsOf: sandbox.journal, encoding: .utf8)
    let text = try String(contentsOf: sandbox.catalog, encoding: .utf8)
    let line =
      try #require(
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
          $0.hasSuffix(Self.claim)
        }) + 2
    try sandbox.editCatalog(
      replacing: Self.claim, with: "\(Self.claim)\n        already_true_when_said: \"\"")
    let checked = try HindsightBinary.run(["check", sandbox.catalog.path])
    for (command, output) in [("check", checked), ("ls", try sandbox.run(["ls"]))] {
      #expect(output.exitCode == 1, "\(command)")
      #expect(
        output.stderr.contains(
          "\(sandbox.catalog.path):\(line):33: field 'already_true_when_said' of forecast 'ada-demo-2024' is empty"
        ), "\(command): \(output.stderr)")
    }
    #expect(try String(contentsOf: sandbox.journal, encoding: .utf8) == journal)
  }
}
