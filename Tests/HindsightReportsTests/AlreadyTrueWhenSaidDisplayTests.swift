import Foundation
import HindsightCore
import HindsightReports
import Testing

/// How a forecast the editor judged already true when said is shown, on the FICTIONAL
/// catalog and ledger: `show`, the `ls` table, its JSON and CSV, and the review's item.
@Suite struct AlreadyTrueWhenSaidDisplayTests {
  static let reason = "Fictional: robot taxis already ran in ten cities in 2030."

  /// The fictional catalog with `wang-robot-taxis-2031` judged already true when said.
  static func judged(_ catalog: Catalog) -> Catalog {
    var catalog = catalog
    let index = catalog.forecasts.firstIndex { $0.id == "wang-robot-taxis-2031" }!
    catalog.forecasts[index].alreadyTrueWhenSaid = reason
    return catalog
  }

  static func rows() -> [ForecastRow] {
    ForecastListing.rows(
      catalog: judged(FictionalCatalog.catalog), state: FictionalCatalog.state)
  }

  @Test func showPrintsTheJudgementBeforeTheStatus() throws {
    let detail = try #require(
      ForecastDetail(
        forecastID: "wang-robot-taxis-2031", catalog: Self.judged(FictionalCatalog.catalog),
        state: FictionalCatalog.state(FictionalCatalog.wangRobotTaxis)))
    #expect(
      detail.render().contains(
        """
        confidence   预计 → p = 0.75, interval 0.65–0.80, from the confidence scale
        judgement    already true when said: \(Self.reason)
        status       open

        """))
    let plain = try #require(
      ForecastDetail(
        forecastID: "wang-robot-taxis-2031", catalog: FictionalCatalog.catalog,
        state: FictionalCatalog.state(FictionalCatalog.wangRobotTaxis)))
    #expect(!plain.render().contains("already true"))
  }

  @Test func theTableMarksTheStatus() {
    let table = ForecastListing.table(Self.rows())
    #expect(table.rows.map { $0[ForecastListing.statusColumn] } == ["open *", "open", "due"])
  }

  @Test func jsonAndCSVCarryTheReason() throws {
    let rows = Self.rows()
    let json = try ForecastListing.json(rows)
    #expect(json.contains("\"already_true_when_said\" : \"\(Self.reason)\",\n    \"at\" : null,"))
    #expect(json.components(separatedBy: "\"already_true_when_said\" : null,").count == 3)
    let csv = ForecastListing.csv(rows).components(separatedBy: "\r\n")
    #expect(csv[0].hasSuffix(",resolved_on,already_true_when_said"))
    #expect(csv[1].hasSuffix(",open,,,\(Self.reason)"))
    #expect(csv[2].hasSuffix(",open,,,"))
  }

  @Test func theReviewItemShowsTheJudgement() {
    let review = ReviewBuilder.build(
      catalog: Self.judged(FictionalLedger.catalog), entries: FictionalLedger.entries(),
      year: 2031, knownBy: FictionalLedger.knownBy, head: FictionalLedger.head)
    let item = review.resolved.first { $0.id == "wang-robot-taxis-2031" }
    #expect(item?.alreadyTrueWhenSaid == Self.reason)
    #expect(review.resolved.first { $0.id == "ada-widget-revenue" }?.alreadyTrueWhenSaid == nil)
    let markdown = ReviewMarkdown.render(review)
    #expect(markdown.contains("Already true when said"))
    #expect(
      markdown.contains("robot taxis already ran in ten cities in 2030. (the editor's judgement)"))
    #expect(ReviewHTML.render(review).contains("Already true when said"))
    #expect(!ReviewMarkdown.render(FictionalLedger.review()).contains("Already true when said"))
  }
}
