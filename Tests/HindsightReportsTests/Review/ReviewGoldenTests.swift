import Foundation
import HindsightReports
import Testing

/// The Markdown and HTML reviews of the fictional ledger, compared byte for byte with the files
/// under Tests/HindsightReportsTests/Golden/.
///
/// After a deliberate change to the review's layout, re-record them with
///
///     HINDSIGHT_RECORD_GOLDEN=1 swift test --filter ReviewGoldenTests
///
/// and read the diff (`git diff Tests/HindsightReportsTests/Golden`) before committing. When
/// recording, the tests write the files and pass.
@Suite struct ReviewGoldenTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Golden")

  static func check(_ text: String, against name: String) throws {
    let url = directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["HINDSIGHT_RECORD_GOLDEN"] == "1" {
      try Data(text.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(text == expected, "differs from \(name); see ReviewGoldenTests to re-record")
  }

  @Test func markdownMatchesTheGoldenFile() throws {
    try Self.check(ReviewMarkdown.render(FictionalLedger.review()), against: "review-2031.md")
  }

  @Test func htmlMatchesTheGoldenFile() throws {
    try Self.check(ReviewHTML.render(FictionalLedger.review()), against: "review-2031.html")
  }
}
