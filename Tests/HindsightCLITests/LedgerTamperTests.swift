import Foundation
import Testing

/// SPEC §4: editing an entry behind the ledger's back is detected, and the bad entry named.
@Suite struct LedgerTamperTests {
  /// What an attacker changes in entry 10 (the first of two evidence entries, so
  /// the chain continues after it) with `sqlite3`, after
  /// dropping the append-only trigger in the same invocation.
  static let tamperings: [(name: String, sql: String)] = [
    (
      "payload",
      "UPDATE entries SET payload = replace(payload, '\"value\":95', '\"value\":90') WHERE seq = 10;"
    ),
    (
      "hash",
      "UPDATE entries SET hash = replace(hash, substr(hash, 1, 1), CASE substr(hash, 1, 1) WHEN 'a' THEN 'b' ELSE 'a' END) WHERE seq = 10;"
    ),
  ]

  @Test(
    .enabled(
      if: Shell.which("sqlite3") != nil,
      "needs the sqlite3 command-line tool to tamper with the ledger (CI installs it)"),
    arguments: tamperings.map(\.name))
  func tamperedEntryIsNamed(what: String) throws {
    let sqlite3 = try #require(Shell.which("sqlite3"))
    let sandbox = try LedgerSandbox.fictional()
    defer { sandbox.remove() }
    // Entries 1–9 are the fictional catalog; 10 and 11 the two observations (fictional).
    for (value, day) in [("95", "2024-12-20"), ("120", "2024-12-31")] {
      _ = try sandbox.succeed([
        "evidence", "add", "demo-revenue", "--value", value, "--observed", day,
        "--source", "https://example.org/fictional/revenue", "--summary", "Fictional: revenue.",
      ])
    }
    let before = try sandbox.verify()
    #expect(before.exitCode == 0)
    #expect(before.stdout.hasPrefix("ok 11 entries, head "))

    let sql = try #require(Self.tamperings.first { $0.name == what }).sql
    let attack = try Shell.run(
      sqlite3, [sandbox.ledger.path, "DROP TRIGGER entries_no_update; " + sql])
    #expect(attack.exitCode == 0, "\(attack.stderr)")

    let verify = try sandbox.verify()
    #expect(verify.exitCode == 1)
    #expect(verify.stdout == "")
    #expect(verify.stderr.hasPrefix("entry 10: "), "\(verify.stderr)")
    let python = try sandbox.pythonVerify()
    #expect(python.exitCode == 1)
    // Computed by hand from scripts/verify_ledger.py: a changed payload or a changed stored
    // hash both make the recomputed hash differ from the stored one at entry 10.
    #expect(python.stdout == "entry 10: stored hash does not match its contents\n")
  }
}
