import Foundation
import HindsightReports
import Testing

/// The tables of `ls`, `resolve` and `evidence list` on the shipped MEET 2024 ledger at 80
/// columns and through a pipe, run end to end: SPEC §5, "at 80 columns the id, the window or
/// date and the status are never cut; when standard output is not a terminal, no cell is cut
/// at all".
@Suite struct TableWidthTests {
  /// A fixed as-of day, so statuses do not depend on today's date.
  static let cut = ["--as-of", "2026-11-29", "--color", "never"]

  /// The forecasts as `ls --format json` gives them.
  static func forecasts(_ sandbox: LedgerSandbox) throws -> [[String: Any]] {
    let json = try sandbox.succeed(["ls", "--format", "json"] + cut)
    return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
  }

  /// The window or date as docs/cli.md describes it: the year for a calendar year, `by END`
  /// for a window opening when the forecast was made, `FROM..TO` otherwise, `at DAY`.
  static func whenLabel(_ forecast: [String: Any]) -> String {
    if let at = forecast["at"] as? String { return "at \(at)" }
    let from = forecast["window_from"] as? String ?? ""
    let to = forecast["window_to"] as? String ?? ""
    if from.hasSuffix("-01-01"), to.hasSuffix("-12-31"), from.prefix(4) == to.prefix(4) {
      return String(from.prefix(4))
    }
    return from <= (forecast["said_on"] as? String ?? "") ? "by \(to)" : "\(from)..\(to)"
  }

  static func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func eightyColumnsKeepIdsWindowsAndStatusesWhole() throws {
    let sandbox = try ShippedLedgerTests.clone()
    defer { sandbox.remove() }
    let forecasts = try Self.forecasts(sandbox)
    #expect(forecasts.count >= 21)
    let lines = Self.lines(try sandbox.succeed(["ls"] + Self.cut, environment: ["COLUMNS": "80"]))
    for line in lines { #expect(DisplayWidth.of(line) <= 80, "\(line)") }
    for forecast in forecasts {
      let id = try #require(forecast["id"] as? String)
      let status = try #require(forecast["status"] as? String)
      let index = try #require(lines.firstIndex { $0.hasPrefix(id + " ") }, "\(id)")
      #expect(lines[index].contains("  \(Self.whenLabel(forecast))  "), "\(lines[index])")
      // A forecast judged already true when said has `*` after its status (docs/cli.md).
      let mark = forecast["already_true_when_said"] is String ? " *" : ""
      #expect(lines[index].hasSuffix("  \(status)\(mark)"), "\(lines[index])")
      // The speaker in its original script starts the claim's line under the row.
      let name = try #require(forecast["speaker_name"] as? String)
      #expect(lines[index + 1].hasPrefix("  \(name) "), "\(lines[index + 1])")
    }
  }

  @Test func throughAPipeNoCellIsCut() throws {
    let sandbox = try ShippedLedgerTests.clone()
    defer { sandbox.remove() }
    let forecasts = try Self.forecasts(sandbox)
    let output = try sandbox.succeed(["ls"] + Self.cut)
    let lines = Self.lines(output)
    #expect(!output.contains("…"))
    for forecast in forecasts {
      let id = try #require(forecast["id"] as? String)
      let claim = try #require(forecast["claim"] as? String)
      let line = try #require(lines.first { $0.hasPrefix(id + " ") }, "\(id)")
      #expect(line.contains(claim), "\(id)")
    }
    // One line per forecast, plus the header and the final empty string after the last newline;
    // when a forecast is marked already true when said, a blank line and the mark's legend.
    let marked = forecasts.contains { $0["already_true_when_said"] is String }
    #expect(lines.count == forecasts.count + 2 + (marked ? 2 : 0))
    if marked { #expect(lines.dropLast().last == ForecastListing.alreadyTrueLegend) }
  }

  @Test func resolveAndEvidenceFitEightyColumns() throws {
    let sandbox = try ShippedLedgerTests.clone()
    defer { sandbox.remove() }
    let forecasts = try Self.forecasts(sandbox)
    let resolve = Self.lines(
      try sandbox.succeed(["resolve"] + Self.cut, environment: ["COLUMNS": "80"]))
    for line in resolve { #expect(DisplayWidth.of(line) <= 80, "\(line)") }
    for forecast in forecasts {
      let id = try #require(forecast["id"] as? String)
      let status = try #require(forecast["status"] as? String)
      #expect(resolve.contains { $0.hasPrefix("\(id) ") && $0.contains("  \(status)") }, "\(id)")
    }
    let evidence = Self.lines(
      try sandbox.succeed(["evidence", "list"] + Self.cut, environment: ["COLUMNS": "80"]))
    for line in evidence { #expect(DisplayWidth.of(line) <= 80, "\(line)") }
    let piped = try sandbox.succeed(["evidence", "list"] + Self.cut)
    #expect(!piped.contains("…"))
  }

  /// On a real terminal (a pseudo-terminal made by util-linux `script`) of 80 columns the
  /// table fits without COLUMNS, and colour is on.
  @Test(.enabled(if: Shell.which("script") != nil && Shell.which("stty") != nil))
  func aTerminalOfEightyColumnsIsFitted() throws {
    #if os(Linux)
      let sandbox = try ShippedLedgerTests.clone()
      defer { sandbox.remove() }
      _ = try sandbox.succeed(["ls"])  // builds the ledger from the journal
      let command = [
        HindsightBinary.executable.path, "ls", "--as-of", "2026-11-29", "--catalog",
        sandbox.catalog.path, "--ledger", sandbox.ledger.path,
      ].map { "'\($0)'" }.joined(separator: " ")
      let output = try Shell.run(
        "/usr/bin/env",
        [
          "-u", "COLUMNS", "-u", "NO_COLOR", "script", "-qec", "stty cols 80 rows 40; " + command,
          "/dev/null",
        ])
      #expect(output.exitCode == 0, "\(output.stderr)")
      let lines = output.stdout.replacingOccurrences(of: "\r\n", with: "\n")
        .split(separator: "\n").map(String.init)
      let plain = lines.map {
        $0.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
      }
      #expect(plain.first?.hasPrefix("id ") == true)
      for line in plain { #expect(DisplayWidth.of(line) <= 80, "\(line)") }
      #expect(plain.contains { $0.hasPrefix("kai-fu-lee-not-one-closed-source-winner  ") })
      #expect(output.stdout.contains("\u{1B}[1m"))  // a bold header: colour is on
    #endif
  }
}
