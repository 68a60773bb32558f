import Foundation
import HindsightCore
import HindsightReports
import Testing

/// The review model of the fictional ledger; every expected value worked by hand from
/// FictionalLedger (the Brier scores as mean squared differences of p and outcome).
@Suite struct ReviewBuilderTests {
  @Test func summaryCountsTheYear() {
    let summary = FictionalLedger.review().summary
    #expect(summary.made == 1)  // wang-bridge-2033, said 2031-05-01
    #expect(summary.inCatalog == 7)
    #expect(summary.resolved == 3)
    #expect(summary.open == 2)  // ada-bridge-2032, wang-bridge-2033
    #expect(summary.due == 1)  // wang-bridge-2031, closed 2031-06-30
    #expect(summary.overdue == 1)  // 2031-06-30 is before 2031-10-02 (year end − 90 days)
    #expect(summary.annulled == 0)
  }

  @Test func resolvedForecastsCarryTheirEvidenceChain() {
    let resolved = FictionalLedger.review().resolved
    #expect(
      resolved.map(\.id) == ["wang-chip-deal", "wang-robot-taxis-2031", "ada-widget-revenue"])
    #expect(resolved.map(\.outcome) == [.false, .true, .true])
    #expect(resolved.map(\.resolvedOn.description) == ["2031-05-02", "2031-06-15", "2031-12-20"])
    #expect(resolved.map { $0.evidence.map(\.seq) } == [[3], [4], [6]])
    #expect(resolved[0].flags == [.amendedAfterClose])
    #expect(resolved[1].speaker == "王小明 (Wang Xiaoming)")
    #expect(resolved[1].evidence.first?.observation == "occurred")
  }

  @Test func scoreboardComparesWithThePreviousYearEnd() throws {
    let rows = FictionalLedger.review().scoreboard
    #expect(rows.map(\.label) == ["Ada Example", "王小明 (Wang Xiaoming)", "All speakers"])
    // ada: (0.6 − 1)² = 0.16 and (0.2 − 0)² = 0.04 → 0.10; a year earlier only the 0.04.
    let ada = try #require(rows.first)
    #expect(abs((ada.scores.brier ?? -1) - 0.10) < 1e-12)
    #expect(abs((ada.figures[0].change ?? -1) - 0.06) < 1e-12)
    // wang: (0.75 − 1)² = 0.0625 and (0.9 − 0)² = 0.81 → 0.43625; nothing resolved in 2030.
    #expect(abs((rows[1].scores.brier ?? -1) - 0.43625) < 1e-12)
    #expect(rows[1].figures[0].previous == nil)
    // pooled: 1.0725 / 4 = 0.268125, against 0.04 a year earlier.
    #expect(abs((rows[2].scores.brier ?? -1) - 0.268125) < 1e-12)
    #expect(abs((rows[2].figures[0].change ?? -1) - 0.228125) < 1e-12)
    #expect(rows.allSatisfy { $0.scores.tooFewToJudge })
  }

  @Test func brierHistoryHasEveryYearEndSinceTheFirstForecast() {
    let history = FictionalLedger.review().brierHistory
    #expect(history.map(\.label) == ["Ada Example", "王小明 (Wang Xiaoming)", "All speakers"])
    #expect(history[0].points.map(\.year) == [2030, 2031])
    #expect(history[0].points.map(\.n) == [1, 2])
    #expect(history[1].points.map(\.brier) == [nil, 0.43625])
  }

  @Test func toDoListsOverdueAndNextYear() {
    let review = FictionalLedger.review()
    #expect(review.due.map(\.id) == ["wang-bridge-2031"])
    #expect(review.overdueWithoutEvidence.map(\.id) == ["wang-bridge-2031"])
    #expect(review.dueNextYear.map(\.id) == ["ada-bridge-2032"])
  }

  @Test func amendmentsAfterCloseAreWarned() {
    let amendments = FictionalLedger.review().amendments
    #expect(amendments.map(\.seq) == [2, 5])
    // seq 2 changed wang-bridge-2031's p on 2031-02-01, before its window closed (2031-06-30).
    #expect(amendments[0].afterCloseFor == [])
    // seq 5 changed the chip question's criteria on 2031-08-01, after 2031-03-31.
    #expect(amendments[1].afterCloseFor == ["wang-chip-deal"])
  }

  @Test func aYearBeforeAnyForecastIsEmpty() {
    let review = FictionalLedger.review(year: 2029)
    #expect(review.summary.inCatalog == 0)
    #expect(review.resolved.isEmpty)
    #expect(review.brierHistory.isEmpty)
    #expect(review.scoreboard.map(\.label) == ["All speakers"])
    let markdown = ReviewMarkdown.render(review)
    #expect(markdown.contains("No forecast was resolved during 2029."))
    #expect(markdown.contains("Nothing is due."))
    let html = ReviewHTML.render(review)
    #expect(html.contains("No resolved forecasts"))
    #expect(html.hasSuffix("</html>\n"))
  }

  @Test func aYearWithNothingResolvedStillListsTheToDo() {
    // 2032 with no evidence recorded after 2031. ada-bridge-2032 closes on 2032-12-31, so it
    // is still open on the year's last day and falls due with wang-bridge-2033 by 2033-12-31.
    let review = FictionalLedger.review(year: 2032)
    #expect(review.summary.resolved == 0)
    #expect(review.summary.open == 2)
    #expect(review.resolved.isEmpty)
    #expect(review.due.map(\.id) == ["wang-bridge-2031"])
    #expect(review.dueNextYear.map(\.id) == ["ada-bridge-2032", "wang-bridge-2033"])
    #expect(review.scoreboard.last?.previous.n == 4)
  }
}
