import Foundation
import Testing

/// `evidence add`, `verdict`, `retract` and `resolve` end to end on the fictional catalog
/// (entries 1–9 are its sync). Expected statuses and sentences are worked by hand from the
/// rules in docs/resolution.md; today is after every window except ada-demo-2090s's.
@Suite struct RecordingTests {
  /// The hash the export gives entry `seq`.
  static func hash(of seq: Int, in sandbox: LedgerSandbox) throws -> String {
    let entry = try #require(try sandbox.entries().first { $0["seq"] as? Int == seq })
    return try #require(entry["hash"] as? String)
  }

  /// One write and what it must print after its seq and hash.
  struct Step {
    var arguments: [String]
    var what: String
    var changes: [String]
  }

  /// Four writes that each move some resolution, then one that moves none (a second report of
  /// the same occurrence).
  static let steps = [
    Step(
      arguments: [
        "evidence", "add", "demo-event", "--occurred", "--observed", "2024-06-15", "--source",
        "https://example.org/fictional/demo", "--summary", "Fictional: the demo ran.",
      ], what: "the evidence",
      changes: [
        "ada-demo-2024: due → true (occurred-in-window)",
        "bo-demo-two-years: due → true (occurred-in-window)",
        "ada-demo-2090s: open → false (occurred-before-window)",
      ]),
    Step(
      arguments: [
        "evidence", "add", "demo-revenue", "--value", "120", "--observed", "2025-01-05",
        "--source", "https://example.org/fictional/revenue", "--summary", "Fictional: revenue.",
      ], what: "the evidence", changes: ["bo-revenue-2024: due → true (value-in-range)"]),
    Step(
      arguments: [
        "verdict", "ada-demo-2024", "--false", "--reason", "Fictional: the demo was private.",
        "--source", "https://example.org/fictional/verdict", "--observed", "2024-12-31",
      ], what: "the verdict", changes: ["ada-demo-2024: true → false (forecast-verdict)"]),
    Step(
      arguments: ["retract", "12", "--reason", "Fictional: the verdict named the wrong demo."],
      what: "the retraction", changes: ["ada-demo-2024: false → true (occurred-in-window)"]),
    Step(
      arguments: [
        "evidence", "add", "demo-event", "--occurred", "--observed", "2024-07-01", "--source",
        "https://example.org/fictional/demo-2", "--summary", "Fictional: again.",
      ], what: "the evidence", changes: []),
  ]

  @Test func writesPrintSeqHashAndChangedResolutions() throws {
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    for (offset, step) in Self.steps.enumerated() {
      let output = try sandbox.succeed(step.arguments)
      let seq = 10 + offset
      let first =
        "Recorded \(step.what) as entry \(seq) (hash \(try Self.hash(of: seq, in: sandbox))).\n"
      let rest =
        step.changes.isEmpty
        ? "No forecast's resolution changed.\n"
        : "Resolutions changed:\n" + step.changes.map { "  \($0)\n" }.joined()
      #expect(output == first + rest)
    }
    let verify = try sandbox.verify()
    #expect(verify.exitCode == 0)
    let head = try Self.hash(of: 14, in: sandbox)
    #expect(
      verify.stdout
        == "ok 14 entries, head \(head)\njournal \(sandbox.journal.path): ok 14 entries, head \(head)\n"
    )
  }

  @Test func resolveJSONHasEveryField() throws {
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    _ = try sandbox.succeed([
      "evidence", "add", "demo-event", "--occurred", "--observed", "2024-06-15",
      "--source", "https://example.org/fictional/demo", "--summary", "Fictional: the demo ran.",
    ])
    let text = try sandbox.succeed(["resolve", "--format", "json", "--as-of", "2025-12-31"])
    let list = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    #expect(
      list.map { $0["id"] as? String } == [
        "ada-demo-2024", "bo-demo-two-years", "ada-demo-2090s", "bo-revenue-2024",
      ])
    let expected: [[String: Any]] = [
      [
        "id": "ada-demo-2024", "status": "true", "outcome": true, "resolved_on": "2024-06-15",
        "rule": "occurred-in-window", "entries": [10], "flags": [String](), "needs": NSNull(),
        "rationale":
          "The event occurred on 2024-06-15 (seq 10), inside the window 2024-01-01 to 2024-12-31.",
      ],
      [
        "id": "bo-demo-two-years", "status": "true", "outcome": true,
        "resolved_on": "2024-06-15", "rule": "occurred-in-window", "entries": [10],
        "flags": [String](), "needs": NSNull(),
        "rationale":
          "The event occurred on 2024-06-15 (seq 10), inside the window 2023-12-14 to 2025-12-14.",
      ],
      [
        "id": "ada-demo-2090s", "status": "false", "outcome": false,
        "resolved_on": "2024-06-15", "rule": "occurred-before-window", "entries": [10],
        "flags": [String](), "needs": NSNull(),
        "rationale":
          "The event occurred on 2024-06-15 (seq 10), before the window opened on 2090-01-01.",
      ],
      [
        "id": "bo-revenue-2024", "status": "due", "outcome": NSNull(), "resolved_on": NSNull(),
        "rule": "awaiting-evidence", "entries": [Int](), "flags": [String](),
        "needs": "a value (--value) observed within 10 days of 2024-12-31, or a verdict",
        "rationale":
          "The target date 2024-12-31 has passed with no observation within 10 days of it.",
      ],
    ]
    for (actual, wanted) in zip(list, expected) {
      #expect(NSDictionary(dictionary: actual) == NSDictionary(dictionary: wanted))
    }
  }

  /// `--as-of 2025-12-31 --known-by T` gives today the answer the ledger gave at T, whatever
  /// was recorded after T.
  @Test func knownByReproducesAnEarlierAnswer() throws {
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    _ = try sandbox.succeed([
      "evidence", "add", "demo-event", "--occurred", "--observed", "2024-06-15",
      "--source", "https://example.org/fictional/demo", "--summary", "Fictional: the demo ran.",
    ])
    let then = try sandbox.succeed(["resolve", "--format", "json", "--as-of", "2025-12-31"])
    let thenTable = try sandbox.succeed(["resolve", "--as-of", "2025-12-31"])
    let stamp = try #require(try sandbox.entries().last?["recorded_at"] as? String)

    _ = try sandbox.succeed([
      "verdict", "demo-event", "--false", "--reason", "Fictional: the demo was staged.",
      "--source", "https://example.org/fictional/verdict", "--observed", "2025-02-01",
    ])
    _ = try sandbox.succeed([
      "evidence", "add", "demo-revenue", "--value", "80", "--observed", "2024-12-30",
      "--source", "https://example.org/fictional/revenue", "--summary", "Fictional: revenue.",
    ])
    let later = try sandbox.entries()
    #expect(later.count == 12)
    // The later entries were recorded after the stamp, so the cut separates them.
    #expect(later.dropFirst(10).allSatisfy { ($0["recorded_at"] as? String ?? "") > stamp })

    let now = try sandbox.succeed(["resolve", "--format", "json", "--as-of", "2025-12-31"])
    #expect(now != then)
    let cut = ["--as-of", "2025-12-31", "--known-by", stamp]
    #expect(try sandbox.succeed(["resolve", "--format", "json"] + cut) == then)
    #expect(try sandbox.succeed(["resolve"] + cut) == thenTable)
    // Evidence observed after --as-of does not count: as of 2024-06-14 every window and
    // target is still ahead and the occurrence (2024-06-15) is not yet known.
    let early = try sandbox.succeed(
      ["resolve", "--format", "json", "--as-of", "2024-06-14", "--known-by", stamp])
    let statuses = try #require(
      try JSONSerialization.jsonObject(with: Data(early.utf8)) as? [[String: Any]]
    ).map { $0["status"] as? String }
    #expect(statuses == ["open", "open", "open", "open"])
  }
}
