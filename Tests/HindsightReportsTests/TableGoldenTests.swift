import Foundation
import HindsightCore
import Testing

@testable import HindsightReports

/// The terminal tables of `ls`, `resolve`, `evidence list` and `scorecard` on FICTIONAL data
/// (``FictionalTables``, ``FictionalScorecard``) at 80 and 120 columns and with no limit,
/// compared byte for byte with the files under Tests/HindsightReportsTests/Golden/tables/.
///
/// Besides the goldens, each test checks the layout rules of docs/terminal.md on its own, so a
/// carelessly re-recorded golden still fails: no line wider than the width, ids, dates and
/// statuses whole, nothing cut with no limit.
///
/// After a deliberate change to a layout, re-record them with
///
///     HINDSIGHT_RECORD_GOLDEN=1 swift test --filter TableGoldenTests
///
/// and read the diff (`git diff Tests/HindsightReportsTests/Golden`) before committing.
@Suite struct TableGoldenTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden/tables")

  static func check(
    _ lines: [String], against name: String, width: Int?,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    if let width {
      for line in lines {
        #expect(DisplayWidth.of(line) <= width, "\(name): \(line)", sourceLocation: sourceLocation)
      }
    }
    for line in lines {
      #expect(line.last != " ", "\(name): trailing space: \(line)", sourceLocation: sourceLocation)
    }
    let text = lines.joined(separator: "\n") + "\n"
    let url = directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["HINDSIGHT_RECORD_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
      text == expected, "differs from \(name); see TableGoldenTests to re-record",
      sourceLocation: sourceLocation)
  }

  static func name(_ base: String, _ width: Int?) -> String {
    "\(base)-\(width.map(String.init) ?? "unlimited").txt"
  }

  static let widths: [Int?] = [80, 120, nil]

  @Test(arguments: widths) func forecastListing(width: Int?) throws {
    let rows = FictionalTables.rows
    let lines = ForecastListing.table(rows, fitting: width).render(maxWidth: width)
    try Self.check(lines, against: Self.name("forecasts", width), width: width)
    // Each row's line starts with its whole id and holds its whole window or date and status.
    for row in rows {
      let line = try #require(lines.first { $0.hasPrefix(row.id + " ") }, "\(row.id)")
      #expect(line.contains("  \(row.whenLabel)  "), "\(line)")
      #expect(line.hasSuffix("  \(row.state.status.rawValue)"), "\(line)")
    }
    if width == nil {
      // Nothing is cut: every claim and both names of every speaker are there in full.
      #expect(!lines.joined().contains(DisplayWidth.ellipsis))
      for row in rows {
        #expect(lines.contains { $0.contains(row.claim) && $0.contains(row.speakerLabel) })
      }
    }
  }

  /// At 80 columns the claim has a line of its own, under its row, starting with the speaker's
  /// name in its original script (worked out by hand: the 39-cell id, the 22-cell window
  /// 2033-01-01..2035-12-31, p, the 8-cell status "annulled" and three separators take 79
  /// cells, leaving no room for the 11-cell speaker column).
  @Test func forecastListingAtEightyPutsSpeakerAndClaimUnderTheRow() {
    let lines = ForecastListing.table(FictionalTables.rows, fitting: 80).render(maxWidth: 80)
    #expect(lines[1] == "  speaker      claim")
    #expect(lines.contains { $0.hasPrefix("  欧阳明月     At the end of 2038, exactly five or six") })
    #expect(
      lines.contains {
        $0 == "  Ada Example  Widget revenue for 2031 is at least 2,000,000,000 CNY."
      })
  }

  @Test(arguments: widths) func resolutionListing(width: Int?) throws {
    let resolutions = FictionalTables.resolutions
    // As `resolve` prints it: the table, a blank line, the to-do list.
    let lines =
      ResolutionListing.table(resolutions).render(maxWidth: width) + [""]
      + ResolutionListing.todo(resolutions, asOf: FictionalTables.asOf, width: width)
    try Self.check(lines, against: Self.name("resolve", width), width: width)
    for due in resolutions where due.status == .due {
      #expect(lines.contains { $0.hasPrefix("  \(due.forecast): needs ") }, "\(due.forecast)")
    }
    for resolution in resolutions {
      let line = try #require(
        lines.first { $0.hasPrefix(resolution.forecast + " ") }, "\(resolution.forecast)")
      #expect(line.contains("  \(resolution.status.rawValue)"), "\(line)")
      if let day = resolution.resolvedOn { #expect(line.contains("  \(day)"), "\(line)") }
    }
    if width == nil { #expect(!lines.joined().contains(DisplayWidth.ellipsis)) }
  }

  @Test(arguments: widths) func evidenceTimeline(width: Int?) throws {
    let items = FictionalTables.timeline
    let lines = EvidenceTimeline.table(items).render(maxWidth: width)
    try Self.check(lines, against: Self.name("evidence", width), width: width)
    // Each entry's line holds its whole seq, day and observation; a retraction says so there.
    for item in items {
      let what = item.observation + (item.retractedBy.map { " (retracted by \($0))" } ?? "")
      #expect(
        lines.contains {
          $0.drop { $0 == " " }.hasPrefix("\(item.seq)  \(item.observed)  ") && $0.contains(what)
        },
        "\(item.seq)")
    }
    if width == nil { #expect(!lines.joined().contains(DisplayWidth.ellipsis)) }
  }

  @Test(arguments: widths) func scorecard(width: Int?) throws {
    let lines = ScorecardReport.table(
      FictionalScorecard.card, speakers: FictionalScorecard.speakers, maxWidth: width)
    try Self.check(lines, against: Self.name("scorecard", width), width: width)
    // No figure or name is ever cut: the columns that do not fit are left out instead.
    #expect(!lines.joined().contains(DisplayWidth.ellipsis))
    #expect(lines.contains { $0.hasPrefix("1  王小明") })
  }

  @Test func scorecardWideShowsEveryColumnAndWrapsOnlyTheProse() {
    let lines = ScorecardReport.table(
      FictionalScorecard.card, speakers: FictionalScorecard.speakers, maxWidth: 80, wide: true)
    let header = ScorecardReportTests.expectedTable[3]
    #expect(lines.contains(header))
    #expect(lines.contains(ScorecardReportTests.expectedTable[4]))
    #expect(!lines.contains { $0.hasPrefix("Left out") })
    // The caption and legend still wrap at 80.
    #expect(lines[1].count <= 80 && lines.last!.count <= 80)
  }
}
