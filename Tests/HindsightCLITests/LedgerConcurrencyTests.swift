import Foundation
import Testing

/// SPEC §4: several processes adding evidence at once all succeed and lose nothing.
@Suite struct LedgerConcurrencyTests {
  /// Four shell loops, released together, each run `hindsight evidence add` 50 times (200
  /// separate processes in all) against one ledger that none of them has created yet, so the
  /// migrations and the first catalog sync race too.
  @Test func fourWritersLoseNothing() throws {
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    let go = sandbox.directory.appendingPathComponent("go")
    let script = """
      while [ ! -e "$GO" ]; do sleep 0.01; done
      failures=0
      for i in $(seq 50); do
        "$BIN" evidence add demo-revenue --value "$i" --observed 2024-12-31 \
          --source https://example.org/fictional/revenue \
          --summary "Fictional: writer $WRITER entry $i" --author fictional-editor \
          --catalog "$CATALOG" --ledger "$LEDGER" > /dev/null 2>> "$ERRORS" \
          || failures=$((failures + 1))
      done
      exit $failures
      """
    var writers: [(Process, URL)] = []
    for writer in 1...4 {
      let errors = sandbox.directory.appendingPathComponent("errors-\(writer).txt")
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", script]
      var environment = ProcessInfo.processInfo.environment
      environment["GO"] = go.path
      environment["BIN"] = HindsightBinary.executable.path
      environment["WRITER"] = "\(writer)"
      environment["CATALOG"] = sandbox.catalog.path
      environment["LEDGER"] = sandbox.ledger.path
      environment["ERRORS"] = errors.path
      process.environment = environment
      try process.run()
      writers.append((process, errors))
    }
    #expect(FileManager.default.createFile(atPath: go.path, contents: Data()))
    for (process, errors) in writers {
      process.waitUntilExit()
      let messages = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
      #expect(process.terminationStatus == 0, "failed adds: \(messages)")
      #expect(messages == "")
    }

    // Every one of the 200 observations is there exactly once.
    let listed = try sandbox.succeed(["evidence", "list", "--format", "json"])
    let items = try #require(
      try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: Any]])
    #expect(items.count == 200)
    let entries = try sandbox.entries()
    let summaries = entries.compactMap { entry -> String? in
      guard entry["kind"] as? String == "evidence" else { return nil }
      return (entry["payload"] as? [String: Any])?["summary"] as? String
    }
    let expected = (1...4).flatMap { writer in
      (1...50).map { "Fictional: writer \(writer) entry \($0)" }
    }
    #expect(summaries.sorted() == expected.sorted())
    // 1 source + 2 speakers + 2 questions + 4 forecasts from the one sync, then the evidence.
    #expect(entries.map { $0["seq"] as? Int } == (1...209).map { $0 })

    let verify = try sandbox.verify()
    #expect(verify.exitCode == 0)
    #expect(verify.stdout.hasPrefix("ok 209 entries, head "))
    let python = try sandbox.pythonVerify()
    #expect(python.exitCode == 0)
    #expect(verify.stdout.hasPrefix(python.stdout))
    // The journal holds the same 209 entries, each appended once and in seq order.
    let head = try #require(entries.last?["hash"] as? String)
    #expect(verify.stdout.hasSuffix("\(sandbox.journal.path): ok 209 entries, head \(head)\n"))
  }
}
