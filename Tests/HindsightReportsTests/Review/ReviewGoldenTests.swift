import Foundation
import Testing

@testable import HindsightReports

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

  /// More resolved forecasts than one window of entries (`LineSink.window`),
  /// each window written in slices: the section is every entry in order, each as a review of
  /// that forecast alone writes it (FICTIONAL copies of the fictional review's resolutions,
  /// told apart by id).
  @Test func aLongResolvedSectionIsEveryEntryInOrder() throws {
    func section(_ markdown: String) -> Substring {
      let start = markdown.range(of: "## Resolved during")!.upperBound
      let end = markdown.range(of: "## Scoreboard")!.lowerBound
      return markdown[start..<end]
    }
    var review = FictionalLedger.review()
    let originals = review.resolved
    try #require(!originals.isEmpty)
    var expected = ""
    review.resolved = []
    for copy in 0..<(LineSink.window / originals.count + 2) {
      for original in originals {
        var item = original
        item.id = "\(original.id)-\(copy)"
        review.resolved.append(item)
      }
    }
    let blocks = originals.map { original -> Substring in
      var alone = FictionalLedger.review()
      alone.resolved = [original]
      let block = section(ReviewMarkdown.render(alone))
      return block[block.range(of: "### ")!.lowerBound...]
    }
    for item in review.resolved {
      let index = originals.firstIndex { item.id.hasPrefix($0.id + "-") }!
      expected += blocks[index].replacingOccurrences(
        of: "### \(originals[index].id):", with: "### \(item.id):")
    }
    let written = section(ReviewMarkdown.render(review))
    #expect(written.drop { $0 != "#" } == Substring(expected))
  }
}
