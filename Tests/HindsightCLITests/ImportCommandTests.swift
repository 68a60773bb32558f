import Foundation
import HindsightWorkspace
import Testing

/// End-to-end tests of `hindsight import`, `export --format csv` and `generate` (FICTIONAL data).
@Suite struct ImportCommandTests {
  /// A catalog with nothing in it, so a ledger holds only what is imported.
  static let emptyCatalog = """
    # FICTIONAL empty catalog for import tests.
    version: 1
    confidence_scale: []
    sources: []
    speakers: []
    questions: []

    """

  private func workspace() throws -> URL {
    let directory = try HindsightBinary.temporaryDirectory()
    try Self.emptyCatalog.write(
      to: directory.appendingPathComponent("predictions.yaml"), atomically: true, encoding: .utf8)
    return directory
  }

  private func run(_ arguments: [String], in directory: URL) throws -> HindsightBinary.Output {
    try HindsightBinary.run(arguments, directory: directory)
  }

  /// The flat CSV header.
  private static let header =
    "speaker,speaker_name,question,question_title,forecast,claim,said_on,p,window_from,window_to,outcome,resolved_on,tags"

  /// A workspace whose ledger holds the imported FICTIONAL `rows` (by default `f-one`, true,
  /// and `f-two`, false, about `q-one` and `q-two`).
  private func importedWorkspace(
    _ rows: [String] = [
      "ada,Ada Example,q-one,Fictional question one,f-one,Fictional claim one,2023-01-10,0.8,2023-01-10,2024-06-30,true,2024-05-01,fictional",
      "ada,Ada Example,q-two,Fictional question two,f-two,Fictional claim two,2023-01-10,0.3,2023-01-10,2024-06-30,false,2024-06-30,fictional",
    ]
  ) throws -> URL {
    let directory = try workspace()
    let csv = ([Self.header] + rows).joined(separator: "\n") + "\n"
    try csv.write(
      to: directory.appendingPathComponent("rows.csv"), atomically: true, encoding: .utf8)
    #expect(try run(["import", "rows.csv"], in: directory).exitCode == 0)
    return directory
  }

  /// Imported outcomes are verdicts to the yearly review too: a forecast imported as resolved
  /// in 2024 is listed among the year's resolutions and scored (FICTIONAL rows). An imported
  /// row has no quote, so its entry has no quote lines.
  @Test func reviewCountsImportedOutcomes() throws {
    let directory = try importedWorkspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let review = try run(["review", "2024"], in: directory)
    #expect(review.exitCode == 0)
    #expect(review.stdout.contains("| Resolved during 2024 | 2 |"))
    #expect(review.stdout.contains("f-one"))
    #expect(review.stdout.contains("f-two"))
    #expect(review.stdout.contains("- **Claim:** "))
    #expect(!review.stdout.contains("**Quote:**"))
    #expect(!review.stdout.contains("**Translation:**"))
  }

  /// Two updates a speaker made the same day on one question count by file order, the later
  /// one standing, in the review's scoreboard as in the scorecard, though the ledger's question
  /// index holds them by p (FICTIONAL rows). By hand: the later update says 0.2 of an outcome
  /// that came true, Brier (1 − 0.2)² = 0.640; the earlier one's 0.9 would give 0.010.
  @Test func theReviewTakesSameDayUpdatesInFileOrder() throws {
    let directory = try importedWorkspace([
      "ada,Ada Example,q-one,Fictional question one,f-one,Fictional claim one,2024-01-02,0.9,,,true,2024-06-30,fictional",
      "ada,Ada Example,q-one,Fictional question one,f-two,Fictional claim one,2024-01-02,0.2,,,true,2024-06-30,fictional",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let card = try run(["scorecard", "--as-of", "2024-12-31", "--format", "csv"], in: directory)
    let lines = card.stdout.split(whereSeparator: \.isNewline).map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    let brier = try #require(lines.first?.firstIndex(of: "brier"))
    let ada = try #require(lines.first { $0.first == "ada" })
    #expect(abs((Double(String(ada[brier])) ?? 0) - 0.64) < 1e-12, "\(card.stdout)")
    let review = try run(["review", "2024"], in: directory)
    #expect(review.exitCode == 0)
    #expect(review.stdout.contains("| Ada Example | 1 | 1 | 0.640 (new) |"), "\(review.stdout)")
  }

  /// A speaker none of whose forecasts the review lists is still named in its scoreboard, by
  /// the name the import gave (FICTIONAL rows: Bo's forecast was resolved in 2023; by hand,
  /// its Brier score is 0.4² = 0.160 at both year ends).
  @Test func theReviewNamesASpeakerItListsNothingOf() throws {
    let directory = try importedWorkspace([
      "ada,Ada Example,q-one,Fictional question one,f-one,Fictional claim one,2024-01-02,0.9,,,true,2024-06-30,fictional",
      "bo,Bo Example,q-two,Fictional question two,f-two,Fictional claim two,2023-01-02,0.4,,,false,2023-03-01,fictional",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let review = try run(["review", "2024"], in: directory)
    #expect(review.exitCode == 0)
    #expect(!review.stdout.contains("f-two"))
    #expect(review.stdout.contains("| Bo Example | 1 | 1 | 0.160 (±0.000) |"), "\(review.stdout)")
  }

  /// A scorecard by tag at a past as-of day, and a history by tag, score the imported rows of
  /// the tag (both FICTIONAL rows carry it), as the scorecard by tag today does.
  @Test func pastScorecardsByTagScoreImportedRows() throws {
    let directory = try importedWorkspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    func overall(_ arguments: [String]) throws -> [String: Any] {
      let output = try run(["scorecard", "--format", "json"] + arguments, in: directory)
      #expect(output.exitCode == 0, "\(output.stderr)")
      let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
      let card = (json as? [String: Any])?["history"].flatMap { ($0 as? [Any])?.last } ?? json
      return (card as? [String: Any])?["overall"] as? [String: Any] ?? [:]
    }
    for arguments in [[], ["--as-of", "2024-12-31"], ["--history"]] {
      #expect(try overall(arguments + ["--tag", "fictional"])["forecasts"] as? Int == 2)
      #expect(try overall(arguments + ["--tag", "fictional"])["resolved"] as? Int == 2)
      #expect(try overall(arguments + ["--tag", "other"])["forecasts"] as? Int == 0)
    }
  }

  /// At past cuts a scorecard reads imported rows through the question index and their
  /// standing resolutions, one by tag reads the table and each import's outcomes: with every
  /// row of the tag, both give the same scorecard, before, between and after the outcomes, one
  /// of them recorded by a later import for a forecast imported without one (FICTIONAL rows).
  @Test func pastScorecardsReadTheIndexAsTheTableReads() throws {
    let directory = try importedWorkspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let header =
      "speaker,speaker_name,question,question_title,forecast,claim,said_on,p,window_from,window_to,outcome,resolved_on,tags"
    let row =
      "ada,Ada Example,q-three,Fictional question three,f-three,Fictional claim three,2023-01-10,0.4,2023-01-10,2024-06-30"
    try [header, row + ",,,fictional", ""].joined(separator: "\n").write(
      to: directory.appendingPathComponent("open.csv"), atomically: true, encoding: .utf8)
    try [header, row + ",false,2024-08-01,fictional", ""].joined(separator: "\n").write(
      to: directory.appendingPathComponent("later.csv"), atomically: true, encoding: .utf8)
    #expect(try run(["import", "open.csv"], in: directory).exitCode == 0)
    #expect(try run(["import", "later.csv"], in: directory).exitCode == 0)
    func card(_ arguments: [String]) throws -> String {
      let output = try run(["scorecard", "--format", "json"] + arguments, in: directory)
      #expect(output.exitCode == 0, "\(output.stderr)")
      return output.stdout.split(separator: "\n").filter { !$0.contains("known_by") }
        .joined(separator: "\n")
    }
    for day in ["2023-06-01", "2024-05-15", "2024-07-15", "2024-09-01"] {
      let viaIndex = try card(["--as-of", day])
      #expect(viaIndex == (try card(["--as-of", day, "--tag", "fictional"])), "\(day)")
    }
    // Hand-counted: by 2024-07-15 f-one (2024-05-01) and f-two (2024-06-30) are resolved and
    // f-three is due; by 2024-09-01 the later import has resolved it too.
    #expect(try card(["--as-of", "2024-07-15"]).contains(#""due" : 1"#))
    #expect(try card(["--as-of", "2024-09-01"]).contains(#""resolved" : 3"#))
  }

  /// An editor's verdict overrules an imported outcome, and evidence can be added about an
  /// imported question; both name the imported ids (FICTIONAL rows).
  @Test func verdictsAndEvidenceTakeImportedIds() throws {
    let directory = try importedWorkspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let source = ["--source", "https://example.org/fictional", "--observed", "2024-07-01"]
    let verdict = try run(
      ["verdict", "f-one", "--false", "--reason", "Fictional recount."] + source, in: directory)
    #expect(verdict.exitCode == 0, "\(verdict.stderr)")
    #expect(verdict.stdout.contains("f-one"))
    let evidence = try run(
      ["evidence", "add", "q-one", "--supports", "--summary", "Fictional note."] + source,
      in: directory)
    #expect(evidence.exitCode == 0, "\(evidence.stderr)")
    let resolved = try run(["resolve", "--format", "json"], in: directory).stdout
    #expect(!resolved.contains(#""status" : "true""#))
    let unknown = try run(
      ["verdict", "f-three", "--true", "--reason", "x"] + source, in: directory)
    #expect(unknown.exitCode == 1)
  }

  /// A table longer than a page prints in pages of 1,000 rows, each with its header; JSON and
  /// CSV stream every row.
  @Test func longListingsPrintInPages() throws {
    let directory = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try run(
      ["generate", "--speakers", "3", "--forecasts", "1001", "--seed", "3", "--output", "s.csv"],
      in: directory)
    #expect(try run(["import", "s.csv"], in: directory).exitCode == 0)
    let table = try run(["ls"], in: directory).stdout.split(
      separator: "\n", omittingEmptySubsequences: false)
    let headers = table.indices.filter { table[$0].hasPrefix("id ") }
    // By hand: 1,001 rows are a page of 1,000 and a page of 1, each under its header, the
    // pages apart by one blank line.
    #expect(headers == [0, 1002])
    #expect(table[1001] == "")
    #expect(table.count == 1 + 1000 + 1 + 1 + 1 + 1)
    let csv = try run(["ls", "--format", "csv"], in: directory).stdout
    #expect(csv.split(separator: "\r\n").count == 1 + 1001)
  }

  @Test func generateImportExportRoundTrip() throws {
    let directory = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let generated = try run(
      ["generate", "--speakers", "5", "--forecasts", "50", "--seed", "3", "--output", "s.csv"],
      in: directory)
    #expect(generated.exitCode == 0)
    let imported = try run(["import", "s.csv"], in: directory)
    #expect(imported.exitCode == 0)
    let lines = imported.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix("Imported 50 forecasts from s.csv as entry 1 (hash "))
    // 50 forecasts drawn among 10 questions (seed 3 happens to use all ten), all resolved.
    #expect(lines[1] == "  5 speakers, 10 questions, 50 forecasts, 50 verdicts.")
    let exported = try run(["export", "--format", "csv"], in: directory)
    #expect(exported.exitCode == 0)
    let original = try String(
      contentsOf: directory.appendingPathComponent("s.csv"), encoding: .utf8)
    #expect(exported.stdout == original)
    #expect(try run(["verify"], in: directory).stdout.hasPrefix("ok 1 entries, head "))
    let again = try run(["import", "s.csv"], in: directory)
    #expect(again.exitCode == 0)
    #expect(
      again.stdout
        == "Nothing new in s.csv: 50 rows were already in the ledger, so nothing was written.\n")
    #expect(try run(["verify"], in: directory).stdout.hasPrefix("ok 1 entries, head "))
    let listed = try run(["ls"], in: directory)
    #expect(listed.stdout.contains("f01"))
    let card = try run(["scorecard", "--format", "json"], in: directory)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(card.stdout.utf8)) as? [String: Any])
    let overall = try #require(json["overall"] as? [String: Any])
    // Rows of one speaker and question are that speaker's updates on it: the scorecard counts
    // each (speaker, question) once, and all 50 rows as updates.
    let pairs = Set(
      original.split(separator: "\n").dropFirst().map {
        let fields = $0.split(separator: ",", omittingEmptySubsequences: false)
        return "\(fields[0]) \(fields[2])"
      })
    #expect(pairs.count < 50)
    #expect(overall["forecasts"] as? Int == pairs.count)
    #expect(overall["updates"] as? Int == 50)
    #expect(overall["open"] as? Int == 0)
    #expect(overall["due"] as? Int == 0)
  }

  @Test func badRowsAreAllListedAndNothingIsImported() throws {
    let directory = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let header =
      "speaker,speaker_name,question,question_title,forecast,claim,said_on,p,window_from,window_to,outcome,resolved_on,tags\n"
    let rows = [
      "ada,Ada,q1,Q1,f1,c,2024-01-01,0.5,,,,,",
      "ada,Ada,q1,Q1,f1,c,2024-01-01,0.5,,,,,",
      "ada,Ada,q2,Q2,f2,c,2024-13-01,0.5,,,,,",
      "ada,Ada,q3,Q3,f3,c,2024-01-01,2,,,,,",
      "ada,Ada,q4,Q4,f4,c,2024-01-01,0.5,,,maybe,,",
      "ada,Ada,q5,Q5,f5,c,2024-01-01,0.5",
    ]
    try (header + rows.joined(separator: "\n") + "\n").write(
      to: directory.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
    let output = try run(["import", "bad.csv"], in: directory)
    #expect(output.exitCode == 1)
    #expect(
      output.stderr == """
        Error: bad.csv:3: forecast id 'f1' is already used on row 2
        bad.csv:4: said_on '2024-13-01' is not a date; write YYYY-MM-DD, e.g. 2025-12-31
        bad.csv:5: p '2' is not a probability; write a number from 0 to 1, e.g. 0.7
        bad.csv:6: outcome 'maybe' is not true, false, annulled or empty
        bad.csv:7: expected 13 fields (speaker,speaker_name,question,question_title,forecast,claim,said_on,p,window_from,window_to,outcome,resolved_on,tags), found 8
        bad.csv has 5 bad rows, so nothing was imported; fix them and import the file again.

        """)
    let exported = try run(["export", "--format", "csv"], in: directory)
    #expect(exported.stdout == header)
  }

  /// Rows are read on one thread and inserted, batch by batch, on another: problems found on
  /// either side, far apart in a large file, are still listed in file order (FICTIONAL rows).
  @Test func problemsAcrossBatchesAreListedInFileOrder() throws {
    let directory = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try run(
      ["generate", "--speakers", "50", "--forecasts", "10000", "--seed", "5", "--output", "s.csv"],
      in: directory)
    let url = directory.appendingPathComponent("s.csv")
    var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
    func fields(_ line: Int) -> [String] { lines[line].components(separatedBy: ",") }
    // Record 9001 repeats the forecast id of record 2; record 5001 has a bad date.
    var repeated = fields(9000)
    repeated[4] = fields(1)[4]
    lines[9000] = repeated.joined(separator: ",")
    var misdated = fields(5000)
    misdated[6] = "2024-02-30"
    lines[5000] = misdated.joined(separator: ",")
    try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    let output = try run(["import", "s.csv"], in: directory)
    #expect(output.exitCode == 1)
    #expect(
      output.stderr == """
        Error: s.csv:5001: said_on '2024-02-30' is not a date; write YYYY-MM-DD, e.g. 2025-12-31
        s.csv:9001: forecast id '\(fields(1)[4])' is already used on row 2
        s.csv has 2 bad rows, so nothing was imported; fix them and import the file again.

        """)
    #expect(
      try run(["export", "--format", "csv"], in: directory).stdout.split(separator: "\n").count == 1
    )
  }

  @Test func idsOfTheCatalogAreRefused() throws {
    let directory = try HindsightBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.copyItem(
      at: HindsightBinary.fixture("HindsightCoreTests/Fixtures/catalog-valid.yaml"),
      to: directory.appendingPathComponent("predictions.yaml"))
    let csv = """
      speaker,speaker_name,question,question_title,forecast,claim,said_on,p,window_from,window_to,outcome,resolved_on,tags
      zed,Zed,q1,Q1,ada-butler-2031,c,2024-01-01,0.5,,,,,
      ada-example,Ada,q2,Q2,f2,c,2024-01-01,0.5,,,,,
      zed,Zed,robot-butler-launch,Q3,f3,c,2024-01-01,0.5,,,,,

      """
    try csv.write(
      to: directory.appendingPathComponent("in.csv"), atomically: true, encoding: .utf8)
    let output = try run(["import", "in.csv"], in: directory)
    #expect(output.exitCode == 1)
    #expect(
      output.stderr.hasPrefix(
        """
        Error: in.csv:2: forecast id 'ada-butler-2031' is already a forecast of the catalog
        in.csv:3: speaker id 'ada-example' is already a speaker of the catalog
        in.csv:4: question id 'robot-butler-launch' is already a question of the catalog
        """))
  }

  @Test func fatebookExportImportsAndResolves() throws {
    let directory = try workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let fixture = HindsightBinary.fixture("HindsightCoreTests/Fixtures/fatebook-fictional.csv")
    let imported = try run(["import", fixture.path, "--format", "fatebook"], in: directory)
    #expect(imported.exitCode == 0)
    #expect(
      imported.stdout.split(separator: "\n")[1]
        == "  2 speakers, 4 questions, 6 forecasts, 5 verdicts.")
    let exported = try run(["export", "--format", "csv", "--as-of", "2031-06-30"], in: directory)
    let rows = exported.stdout.split(separator: "\n").dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    // Worked by hand from the fixture (see FatebookRowsTests): the unresolved Gizmo question
    // is due after its resolve-by day 2031-03-01.
    #expect(
      rows.map { $0[0] } == [
        "fb-ada-example", "fb-ada-example", "fb-bo-fictional", "fb-bo-fictional", "fb-ada-example",
        "fb-bo-fictional",
      ])
    #expect(rows.map { $0[$0.count - 3] } == ["true", "true", "true", "annulled", "", "false"])
    let resolved = try run(["resolve", "--as-of", "2031-06-30"], in: directory)
    #expect(resolved.exitCode == 0)
  }
}
