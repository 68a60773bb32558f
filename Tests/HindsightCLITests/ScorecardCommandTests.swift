import Foundation
import HindsightReports
import Testing

/// End-to-end tests of `hindsight scorecard`, running the built executable on a FICTIONAL
/// catalog (invented speakers and claims) with verdicts recorded through `hindsight verdict`.
///
/// Ana Fiction: p 0.9 T, 0.8 T, 0.7 T (settled 2023), 0.3 F, 0.6 F (settled 2024).
/// Ben Madeup: 0.9 F, 0.8 T (2023), 0.6 F, 0.4 T, 0.7 T (2024).
/// Cy Invent: 0.8 T (2024) and 0.5 with no verdict (due).
/// Tags: each speaker's forecasts 1–3 are about questions tagged `trade`, 4–5 `robots`.
@Suite struct ScorecardCommandTests {
  /// (id, speaker, p, verdict flag or nil, observed day).
  static let forecasts: [(String, String, Double, String?, String)] = [
    ("ana-1", "ana-fiction", 0.9, "--true", "2023-03-01"),
    ("ana-2", "ana-fiction", 0.8, "--true", "2023-04-01"),
    ("ana-3", "ana-fiction", 0.7, "--true", "2023-05-01"),
    ("ana-4", "ana-fiction", 0.3, "--false", "2024-03-01"),
    ("ana-5", "ana-fiction", 0.6, "--false", "2024-04-01"),
    ("ben-1", "ben-madeup", 0.9, "--false", "2023-03-01"),
    ("ben-2", "ben-madeup", 0.8, "--true", "2023-06-01"),
    ("ben-3", "ben-madeup", 0.6, "--false", "2024-03-01"),
    ("ben-4", "ben-madeup", 0.4, "--true", "2024-05-01"),
    ("ben-5", "ben-madeup", 0.7, "--true", "2024-06-01"),
    ("cy-1", "cy-invent", 0.8, "--true", "2024-02-01"),
    ("cy-2", "cy-invent", 0.5, nil, ""),
  ]

  static var catalogYAML: String {
    var text = """
      # FICTIONAL catalog for tests: every speaker, source and claim is invented.
      version: 1
      confidence_scale: []
      sources:
        - id: fable-forum-2022
          title: 寓言论坛 2022
          title_en: Fable Forum 2022
          publisher: Example Press
          held_on: 2022-06-01
          citation: "https://example.org/fable-forum"
      speakers:
        - {id: ana-fiction, name: 安娜, name_en: Ana Fiction, affiliations: []}
        - {id: ben-madeup, name: Ben Madeup, name_en: Ben Madeup, affiliations: []}
        - {id: cy-invent, name: 赛, name_en: Cy Invent, affiliations: []}
      questions:

      """
    for (id, speaker, p, _, _) in forecasts {
      text += """
          - id: q-\(id)
            title: Fictional question \(id)
            kind: binary
            criteria: An editor's verdict on a fictional claim.
            tags: [\(Int(id.suffix(1))! <= 3 ? "trade" : "robots")]
            forecasts:
              - id: \(id)
                speaker: \(speaker)
                source: fable-forum-2022
                said_on: 2022-06-01
                quote: 虚构。
                quote_en: Fictional.
                claim: Fictional claim \(id) comes true.
                window: {from: 2022-06-01, to: 2024-06-30, basis: stated}
                confidence: {p: \(p), interval: [\(p), \(p)], basis: stated}

        """
    }
    return text
  }

  /// A temporary directory holding the catalog and a ledger with every verdict recorded.
  static func workspace() throws -> URL {
    let directory = try HindsightBinary.temporaryDirectory()
    try catalogYAML.write(
      to: directory.appendingPathComponent("predictions.yaml"), atomically: true, encoding: .utf8)
    for (id, _, _, flag, observed) in forecasts {
      guard let flag else { continue }
      let output = try HindsightBinary.run(
        [
          "verdict", id, flag, "--reason", "Fictional.", "--source", "https://example.org/f",
          "--observed", observed,
        ], directory: directory)
      #expect(output.exitCode == 0, "verdict \(id): \(output.stderr)")
    }
    return directory
  }

  /// Runs `scorecard` through a pipe; with COLUMNS unset every column is printed whole.
  static func run(
    _ arguments: [String], in directory: URL, columns: String? = nil
  ) throws -> HindsightBinary.Output {
    try HindsightBinary.run(
      ["scorecard", "--as-of", "2024-12-31"] + arguments, environment: ["COLUMNS": columns],
      directory: directory)
  }

  /// By hand, as of 2024-12-31: trade holds ana-1–3 (0.01 + 0.04 + 0.09), ben-1–3 (0.81 +
  /// 0.04 + 0.36) and cy-1 (0.04) resolved, cy-2 due: Brier 1.39 / 7 = 0.19857; robots holds
  /// ana-4, ana-5, ben-4, ben-5: (0.09 + 0.36 + 0.36 + 0.09) / 4 = 0.225.
  @Test func byTagScoresEachTagInEveryFormat() throws {
    let directory = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let json = try Self.run(["--by", "tag", "--format", "json"], in: directory)
    #expect(json.exitCode == 0, "\(json.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let tags = try #require(object["tags"] as? [[String: Any]])
    #expect(tags.map { $0["tag"] as? String } == ["robots", "trade"])
    let robots = try #require(tags[0]["overall"] as? [String: Any])
    let trade = try #require(tags[1]["overall"] as? [String: Any])
    #expect(abs((robots["brier"] as? Double ?? .nan) - 0.225) < 1e-12)
    #expect(abs((trade["brier"] as? Double ?? .nan) - 1.39 / 7) < 1e-12)
    #expect(trade["forecasts"] as? Int == 8 && trade["due"] as? Int == 1)
    let robotSpeakers = try #require(tags[0]["speakers"] as? [[String: Any]])
    #expect(robotSpeakers.map { $0["id"] as? String } == ["ana-fiction", "ben-madeup"])

    let csv = try Self.run(["--by", "tag", "--format", "csv"], in: directory)
    let records = csv.stdout.components(separatedBy: "\r\n").dropLast()
    #expect(records.first?.hasPrefix("tag,id,name,name_en,rank,forecasts,") == true)
    #expect(
      records.dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: " ") } == [
        "robots ana-fiction", "robots ben-madeup", "robots overall", "trade ana-fiction",
        "trade ben-madeup", "trade cy-invent", "trade overall",
      ])

    let table = try Self.run(["--by", "tag"], in: directory).stdout
    let lines = table.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("Scorecard by tag as of 2024-12-31, known by ") == true)
    #expect(lines.contains { $0.hasPrefix("robots ") && $0.contains("4/4  0.225") })
    #expect(lines.contains { $0.hasPrefix("trade ") && $0.contains("7/8  0.199") })
    // Tags are not ranked, so the legend says nothing of a ranking.
    #expect(!table.contains("Ranked by"))

    let one = try Self.run(["--tag", "robots", "--format", "json"], in: directory)
    let card = try #require(
      try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
    let overall = try #require(card["overall"] as? [String: Any])
    #expect(overall["n"] as? Int == 4)
    #expect(abs((overall["brier"] as? Double ?? .nan) - 0.225) < 1e-12)

    let both = try Self.run(["--by", "tag", "--history"], in: directory)
    #expect(both.exitCode == 64)
    #expect(both.stderr.contains("--by tag and --history cannot be used together"))
    let other = try Self.run(["--by", "speaker"], in: directory)
    #expect(other.exitCode == 64)
    #expect(
      other.stderr.contains(
        "The value 'speaker' is invalid for '--by <tag>'. Please provide one of 'tag'."))
  }

  /// At 80 columns figures are left out, never cut, and the report says which; --wide and a
  /// pipe print them all.
  @Test func eightyColumnsLeaveOutFiguresAndWideShowsThemAll() throws {
    let directory = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let narrow = try Self.run([], in: directory, columns: "80")
    #expect(narrow.exitCode == 0, "\(narrow.stderr)")
    let lines = narrow.stdout.split(separator: "\n").map(String.init)
    for line in lines { #expect(DisplayWidth.of(line) <= 80, "\(line)") }
    #expect(!narrow.stdout.contains("…"))
    let header = try #require(lines.first { $0.hasPrefix("#  speaker") })
    #expect(header.contains("Brier") && !header.contains("log loss"))
    #expect(narrow.stdout.contains("Left out to fit 80 columns: peer, log loss"))
    #expect(lines.contains { $0.hasPrefix("1  安娜  ") })
    for output in [
      try Self.run(["--wide"], in: directory, columns: "80"), try Self.run([], in: directory),
    ] {
      let header = try #require(output.stdout.split(separator: "\n").first { $0.hasPrefix("#") })
      #expect(header.contains("log loss") && header.contains("range"))
      #expect(output.stdout.contains("1  安娜 Ana Fiction"))
      #expect(!output.stdout.contains("Left out"))
    }
  }

  @Test func ranksByBrierAndListsTooFewApart() throws {
    let directory = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try Self.run([], in: directory)
    #expect(output.exitCode == 0, "\(output.stderr)")
    let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    // Ana: (0.01 + 0.04 + 0.09 + 0.09 + 0.36) / 5 = 0.118; Ben: (0.81 + 0.04 + 0.36 + 0.36 +
    // 0.09) / 5 = 0.332 (worked by hand).
    let ana = try #require(lines.firstIndex { $0.contains("安娜 Ana Fiction") })
    let ben = try #require(lines.firstIndex { $0.contains("Ben Madeup") })
    let tooFew = try #require(lines.firstIndex { $0.hasPrefix("Too few to judge calibration") })
    let cy = try #require(lines.firstIndex { $0.contains("赛 Cy Invent") })
    #expect(ana < ben && ben < tooFew && tooFew < cy)
    #expect(lines[ana].hasPrefix("1  安娜 Ana Fiction"))
    #expect(lines[ana].contains("5/5  0.118"))
    #expect(lines[ben].hasPrefix("2  Ben Madeup"))
    #expect(lines[ben].contains("5/5  0.332"))
    // Cy: 2 forecasts, 1 resolved, 0 open, 1 due, 0 annulled, Brier (1 − 0.8)² = 0.040.
    #expect(
      lines[cy].split(separator: " ", omittingEmptySubsequences: true).suffix(6)
        == ["2", "1", "0", "1", "0", "0.040"])
    #expect(output.stdout.contains("Brier score (0–1 scale, lower is better)"))
  }

  @Test func jsonFiguresMatchHandWorkedValues() throws {
    let directory = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try Self.run(["--format", "json"], in: directory)
    #expect(output.exitCode == 0, "\(output.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    #expect(object["as_of"] as? String == "2024-12-31")
    let speakers = try #require(object["speakers"] as? [[String: Any]])
    #expect(
      speakers.compactMap { $0["id"] as? String } == ["ana-fiction", "ben-madeup", "cy-invent"])
    let ana = speakers[0]
    // Log loss −(ln 0.9 + ln 0.8 + ln 0.7 + ln 0.7 + ln 0.4) / 5 = 0.3916289373447312 (python3 math.log);
    // hit rate: all five on their more likely side except 0.6 F, so 4/5.
    let logLoss = try #require(ana["log_loss"] as? Double)
    #expect(abs(logLoss - 0.3916289373447312) < 1e-12)
    #expect(ana["hit_rate"] as? Double == 0.8)
    // Base rate 3/5, so BSS = 1 − 0.118 / (0.6 · 0.4).
    let bss = try #require(ana["bss_base_rate"] as? Double)
    #expect(abs(bss - (1 - 0.118 / 0.24)) < 1e-12)
    let overall = try #require(object["overall"] as? [String: Any])
    #expect(overall["forecasts"] as? Int == 12)
    #expect(overall["resolved"] as? Int == 11)
    #expect(overall["due"] as? Int == 1)
  }

  @Test func historyShowsEachYearEnd() throws {
    let directory = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try Self.run(["--history"], in: directory)
    #expect(output.exitCode == 0, "\(output.stderr)")
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.contains {
        $0.hasPrefix("speaker") && $0.hasSuffix("2022-12-31  2023-12-31  2024-12-31")
      })
    // 2023: Ana (0.01 + 0.04 + 0.09) / 3 = 0.047, Ben (0.81 + 0.04) / 2 = 0.425, Cy none yet.
    let ana = try #require(lines.first { $0.hasPrefix("安娜 Ana Fiction") })
    #expect(ana.hasSuffix("—  0.047 (3)*   0.118 (5)"))
    let ben = try #require(lines.first { $0.hasPrefix("Ben Madeup") })
    #expect(ben.hasSuffix("—  0.425 (2)*   0.332 (5)"))
    let cy = try #require(lines.first { $0.hasPrefix("赛 Cy Invent") })
    #expect(cy.hasSuffix("—           —  0.040 (1)*"))
  }

  @Test func historyJSONHasOneObjectPerCut() throws {
    let directory = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try Self.run(["--history", "--format", "json"], in: directory)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let history = try #require(object["history"] as? [[String: Any]])
    #expect(
      history.compactMap { $0["as_of"] as? String } == ["2022-12-31", "2023-12-31", "2024-12-31"])
    let overall2023 = try #require(history[1]["overall"] as? [String: Any])
    #expect(overall2023["resolved"] as? Int == 5)
  }

  @Test func unknownSpeakerNamesTheClosestId() throws {
    let directory = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try Self.run(["ana-fictoin"], in: directory)
    #expect(output.exitCode == 1)
    #expect(
      output.stderr.contains("No speaker has the id 'ana-fictoin'. Did you mean 'ana-fiction'?"))
  }
}
