import Foundation
import Testing

/// End-to-end tests of importing an updated export again (FICTIONAL data): only what is new is
/// added, as one entry; what contradicts the ledger is refused and nothing is written.
@Suite struct ReimportCommandTests {
  static let header =
    "speaker,speaker_name,question,question_title,forecast,claim,said_on,p,window_from,window_to,outcome,resolved_on,tags"
  /// The first export: Ada's forecast on question one is settled true; question two is open.
  static let first = [
    "ada,Ada Example,q-one,Fictional question one,f-one,Fictional claim one,2023-01-10,0.8,2023-01-10,2024-06-30,true,2024-05-01,fictional",
    "ada,Ada Example,q-two,Fictional question two,f-two,Fictional claim two,2023-01-10,0.3,2023-01-10,2024-06-30,,,fictional",
    "bo,Bo Example,q-two,Fictional question two,f-three,Fictional claim two,2023-02-01,0.4,2023-02-01,2024-06-30,,,fictional",
  ]
  /// The same export a month later: question two settled false, Bo's update on it, and a new
  /// speaker with a new question.
  static let second = [
    first[0],
    "ada,Ada Example,q-two,Fictional question two,f-two,Fictional claim two,2023-01-10,0.3,2023-01-10,2024-06-30,false,2024-06-30,fictional",
    "bo,Bo Example,q-two,Fictional question two,f-three,Fictional claim two,2023-02-01,0.4,2023-02-01,2024-06-30,false,2024-06-30,fictional",
    "bo,Bo Example,q-two,Fictional question two,f-four,Fictional claim two,2023-03-01,0.2,2023-03-01,2024-06-30,false,2024-06-30,fictional",
    "cy,Cy Example,q-three,Fictional question three,f-five,Fictional claim three,2023-04-01,0.6,,,,,fictional",
  ]

  private func run(_ arguments: [String], in directory: URL) throws -> HindsightBinary.Output {
    try HindsightBinary.run(arguments, directory: directory)
  }

  private func write(_ name: String, _ text: String, in directory: URL) throws {
    try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
  }

  private func write(_ name: String, rows: [String], in directory: URL) throws {
    try write(name, ([Self.header] + rows).joined(separator: "\n") + "\n", in: directory)
  }

  /// A ledger holding the first export, entry 1.
  private func firstImported() throws -> URL {
    let directory = try HindsightBinary.temporaryDirectory()
    try write("predictions.yaml", ImportCommandTests.emptyCatalog, in: directory)
    try write("v1.csv", rows: Self.first, in: directory)
    #expect(try run(["import", "v1.csv"], in: directory).exitCode == 0)
    return directory
  }

  @Test func anUpdatedExportAddsOnlyWhatIsNew() throws {
    let directory = try firstImported()
    defer { try? FileManager.default.removeItem(at: directory) }
    try write("v2.csv", rows: Self.second, in: directory)
    let added = try run(["import", "v2.csv"], in: directory)
    #expect(added.exitCode == 0)
    let lines = added.stdout.split(separator: "\n")
    // By hand: f-four and f-five are new, q-three and cy are new, f-two and f-three were
    // imported without an outcome and now have one, f-one is as imported.
    #expect(lines.first?.hasPrefix("Added from v2.csv as entry 2 (hash ") == true)
    #expect(
      lines.first?.hasSuffix(
        "): 2 new forecasts, 1 new question, 1 new speaker, 2 new resolutions; 1 row was already in the ledger."
      ) == true)
    let exported = try run(["export", "--format", "csv"], in: directory).stdout
    #expect(
      exported.split(separator: "\n").map(String.init) == [Self.header] + Self.second)
    #expect(try run(["verify"], in: directory).stdout.hasPrefix("ok 2 entries, head "))
    let status = try run(["ls", "--format", "csv", "--status", "false"], in: directory).stdout
    #expect(status.split(separator: "\r\n").count == 1 + 3)

    // The same file again holds nothing new: nothing is written, and it is not an error.
    let again = try run(["import", "v2.csv"], in: directory)
    #expect(again.exitCode == 0)
    #expect(
      again.stdout
        == "Nothing new in v2.csv: 5 rows were already in the ledger, so nothing was written.\n")
    #expect(try run(["verify"], in: directory).stdout.hasPrefix("ok 2 entries, head "))
  }

  @Test func anotherOutcomeIsRefusedAndNothingIsWritten() throws {
    let directory = try firstImported()
    defer { try? FileManager.default.removeItem(at: directory) }
    let before = try run(["export"], in: directory).stdout
    var rows = Self.first
    // f-one is settled true by entry 1; a new forecast of the same claim may not be false;
    // two rows of question two's claim give different outcomes.
    rows[0] = rows[0].replacingOccurrences(of: ",true,", with: ",false,")
    rows[1] = Self.second[1].replacingOccurrences(of: ",false,", with: ",true,")
    rows[2] = Self.second[2]
    rows.append(
      "bo,Bo Example,q-one,Fictional question one,f-six,Fictional claim one,2023-02-01,0.5,2023-02-01,2024-06-30,false,2024-05-01,fictional"
    )
    try write("v3.csv", rows: rows, in: directory)
    let output = try run(["import", "v3.csv"], in: directory)
    #expect(output.exitCode == 1)
    #expect(
      output.stderr
        == """
        Error: v3.csv:2: forecast 'f-one' is settled as true on 2024-05-01 by entry 1; this row gives false on 2024-05-01
        v3.csv:4: question 'q-two' is settled as true on 2024-06-30 by row 3 (the same claim); this row gives false on 2024-06-30
        v3.csv:5: question 'q-one' is settled as true on 2024-05-01 by entry 1 (forecast 'f-one', the same claim); this row gives false on 2024-05-01
        v3.csv has 3 bad rows, so nothing was imported; fix them and import the file again.

        """)
    #expect(try run(["export"], in: directory).stdout == before)
    #expect(try run(["verify"], in: directory).stdout.hasPrefix("ok 1 entries, head "))
  }

  @Test func aReusedIdWithOtherValuesIsRefused() throws {
    let directory = try firstImported()
    defer { try? FileManager.default.removeItem(at: directory) }
    let rows = [
      Self.first[0].replacingOccurrences(of: "Ada Example", with: "Ada E."),
      Self.first[1].replacingOccurrences(of: "Ada Example", with: "Ada E."),
      Self.first[2].replacingOccurrences(of: "0.4", with: "0.45"),
      "cy,Cy Example,q-two,Fictional question 2,f-seven,Fictional claim two,2023-02-01,0.5,,,,,fictional",
    ]
    try write("v4.csv", rows: rows, in: directory)
    let output = try run(["import", "v4.csv"], in: directory)
    #expect(output.exitCode == 1)
    #expect(
      output.stderr
        == """
        Error: v4.csv:2: speaker 'ada' is named 'Ada Example' by entry 1; this row names it 'Ada E.'
        v4.csv:4: forecast 'f-three' was imported by entry 1 with p '0.4'; this row gives '0.45'
        v4.csv:5: question 'q-two' has a different question_title or tags than on row 3; every row of a question must repeat them
        v4.csv has 3 bad rows, so nothing was imported; fix them and import the file again.

        """)
    #expect(try run(["verify"], in: directory).stdout.hasPrefix("ok 1 entries, head "))
  }

  @Test func aLaterFatebookExportAddsItsNewForecastAndResolution() throws {
    let directory = try HindsightBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try write("predictions.yaml", ImportCommandTests.emptyCatalog, in: directory)
    let fixture = try String(
      contentsOf: HindsightBinary.fixture("HindsightCoreTests/Fixtures/fatebook-fictional.csv"),
      encoding: .utf8)
    let lines = fixture.split(separator: "\n").map(String.init)
    // The earlier export: before Ada's second forecast on the bridge (line 3), with the Gizmo
    // question (line 5) still unresolved.
    var earlier = lines
    earlier.remove(at: 3)
    try write("fatebook-1.csv", earlier.joined(separator: "\n"), in: directory)
    var later = lines
    later[5] = later[5].replacingOccurrences(
      of: "2031-03-01 00:00:00,,,", with: "2031-03-01 00:00:00,\"YES\",2031-02-01 10:00:00,")
    #expect(later[5] != lines[5])
    try write("fatebook-2.csv", later.joined(separator: "\n"), in: directory)
    let first = try run(["import", "fatebook-1.csv", "--format", "fatebook"], in: directory)
    #expect(
      first.stdout.split(separator: "\n")[1]
        == "  2 speakers, 4 questions, 5 forecasts, 4 verdicts.")
    let second = try run(["import", "fatebook-2.csv", "--format", "fatebook"], in: directory)
    #expect(second.exitCode == 0)
    // By hand: Ada's bridge update is new (her second forecast there, id -2), the Gizmo
    // forecast gets the question's resolution, the other four rows are as imported.
    #expect(
      second.stdout.split(separator: "\n").first?.hasSuffix(
        "): 1 new forecast, 0 new questions, 0 new speakers, 1 new resolution; 4 rows were already in the ledger."
      ) == true)
    let exported = try run(["export", "--format", "csv", "--as-of", "2031-06-30"], in: directory)
      .stdout
    let rows = exported.split(separator: "\n").dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    #expect(
      rows.map { $0[4].hasSuffix("-fb-ada-example-2") } == [
        false, false, false, false, false, true,
      ])
    #expect(rows.map { $0[$0.count - 3] } == ["true", "true", "annulled", "true", "false", "true"])
    #expect(rows[3][rows[3].count - 2] == "2031-02-01")
    #expect(try run(["verify"], in: directory).stdout.hasPrefix("ok 2 entries, head "))
    let again = try run(["import", "fatebook-2.csv", "--format", "fatebook"], in: directory)
    #expect(again.exitCode == 0)
    #expect(again.stdout.hasPrefix("Nothing new in fatebook-2.csv: 6 rows"))
  }

  /// docs/import.md: a file that repeats what an import recorded after a verdict overruled it
  /// adds nothing and is not refused, even where the verdict overruled another forecast of the
  /// same claim; an outcome new to the imports is still checked against it.
  @Test func aRepeatedRowStandsBesideAnOverruledForecastOfItsClaim() throws {
    let directory = try firstImported()
    defer { try? FileManager.default.removeItem(at: directory) }
    let bo =
      "bo,Bo Example,q-one,Fictional question one,f-six,Fictional claim one,2023-02-01,0.6,2023-02-01,2024-06-30,true,2024-05-01,fictional"
    try write("v2.csv", rows: Self.first + [bo], in: directory)
    #expect(try run(["import", "v2.csv"], in: directory).exitCode == 0)
    let verdict = try run(
      [
        "verdict", "f-one", "--false", "--reason", "Fictional: overruled.", "--source",
        "https://example.org/fictional", "--observed", "2024-05-02",
      ], in: directory)
    #expect(verdict.exitCode == 0)
    let before = try run(["export"], in: directory).stdout
    let again = try run(["import", "v2.csv"], in: directory)
    #expect(again.exitCode == 0)
    #expect(
      again.stdout
        == "Nothing new in v2.csv: 4 rows were already in the ledger, so nothing was written.\n")
    #expect(try run(["export"], in: directory).stdout == before)
    let cy =
      "cy,Cy Example,q-one,Fictional question one,f-seven,Fictional claim one,2023-03-01,0.5,2023-03-01,2024-06-30,true,2024-05-01,fictional"
    try write("v3.csv", rows: Self.first + [bo, cy], in: directory)
    let new = try run(["import", "v3.csv"], in: directory)
    #expect(new.exitCode == 1)
    #expect(
      new.stderr.hasPrefix(
        "Error: v3.csv:6: question 'q-one' is settled as false on 2024-05-02 by entry 3 (forecast 'f-one', the same claim); this row gives true on 2024-05-01\n"
      ))
  }
}
