import Foundation
import HindsightCore
import HindsightReports
import Testing

// Expected texts written by hand from the fictional catalog; labels are padded to 13 cells.

@Test func forecastDetailWithNothingRecordedYet() throws {
  let detail = try #require(
    ForecastDetail(
      forecastID: "wang-robot-taxis-2031", catalog: FictionalCatalog.catalog,
      state: FictionalCatalog.state(FictionalCatalog.wangRobotTaxis)))
  #expect(
    detail.render() == """
      Forecast wang-robot-taxis-2031
      speaker      王小明 Wang Xiaoming (wang-xiaoming), 示例科技 CEO (Example Tech)
      source       示例峰会 2030 / Example Summit 2030, Example Press, held 2030-03-01, published 2030-03-05
                   https://example.org/summit-2030
      said on      2030-03-01
      quote        我预计明年机器人出租车会遍布十座城市。
      translation  I expect robot taxis in ten cities next year.
      claim        Robot taxis carry paying passengers in at least ten cities during 2031.
      question     robot-taxis-everywhere: Robot taxis run in ten cities (event)
      criteria     Robot taxis without a safety driver carry paying passengers
                   in at least ten cities.
      window       2031-01-01 to 2031-12-31 (stated by the speaker)
      confidence   预计 → p = 0.75, interval 0.65–0.80, from the confidence scale
      status       open

      Amendments
        none recorded yet

      Evidence
        none recorded yet

      Resolution
        none recorded yet

      """)
}

@Test func forecastDetailWithTargetNoteAndLedgerSections() throws {
  let evidence = try #require(
    TimelineItem(
      entry: LedgerEntry(
        seq: 7, recordedAt: Date(timeIntervalSince1970: 1_940_000_000), author: "editor",
        payload: .evidence(
          Evidence(
            question: "widget-revenue-2031", observed: Day("2031-06-30")!,
            source: "https://example.org/report", summary: "Half-year report",
            observation: .value(2_100_000_000))), prevHash: "", hash: "")))
  let detail = try #require(
    ForecastDetail(
      forecastID: "ada-widget-revenue", catalog: FictionalCatalog.catalog,
      state: FictionalCatalog.state(FictionalCatalog.adaWidgets),
      amendments: [
        .init(
          recordedOn: Day("2031-02-01")!,
          changes: [FieldChange(field: "confidence.p", old: "0.5", new: "0.6")])
      ],
      evidence: [evidence],
      resolution: Resolution(
        forecast: "ada-widget-revenue", status: .open, rule: .windowOpen, entries: [7],
        rationale: "fictional rationale")))
  #expect(
    detail.render() == """
      Forecast ada-widget-revenue
      speaker      Ada Example (ada-example)
      source       示例峰会 2030 / Example Summit 2030, Example Press, held 2030-03-01, published 2030-03-05
                   https://example.org/summit-2030
      said on      2030-03-01
      quote        Widget revenue will "pass" 2 billion.
      translation  Widget revenue will "pass" 2 billion.
      claim        Widget revenue for 2031 is at least 2,000,000,000 CNY.
      question     widget-revenue-2031: Widget revenue in 2031 (numeric)
      criteria     Reported annual widget revenue.
      target       at least 2000000000 CNY on 2031-12-31 (set by the editor)
      confidence   p = 0.60, interval 0.60–0.60, stated by the speaker
      note         The speaker named no date; the editor judges at the year's end.
      status       open

      Amendments
        2031-02-01  confidence.p: 0.5 → 0.6

      Evidence
        2031-06-30  #7 value 2100000000: Half-year report (https://example.org/report)

      Resolution
        window-open: fictional rationale
        entries used: #7

      """)
}

@Test func unknownForecastGivesNoDetail() {
  #expect(
    ForecastDetail(
      forecastID: "no-such-forecast", catalog: FictionalCatalog.catalog,
      state: ForecastState(status: .open)) == nil)
}

@Test func questionDetailListsItsForecasts() throws {
  let detail = try #require(
    QuestionDetail(
      questionID: "robot-taxis-everywhere", catalog: FictionalCatalog.catalog,
      state: FictionalCatalog.state))
  // The table's layout is that of the listing test at 100 columns (tableFitsItsWidth): the
  // claim has a line of its own under its row.
  #expect(
    detail.render(width: 100) == """
      Question robot-taxis-everywhere
      title        Robot taxis run in ten cities
      kind         event
      criteria     Robot taxis without a safety driver carry paying passengers
                   in at least ten cities.
      tags         transport, robots

      Forecasts
      id                     speaker               window/date                p  status
        claim
      wang-robot-taxis-2031  王小明 Wang Xiaoming  2031                    0.75  open
        Robot taxis carry paying passengers in at least ten cities during 2031.
      ada-robot-taxis-2030   Ada Example           2030-06-01..2030-09-30  0.20  due
        Robot taxis run in ten cities by 2030-09-30.

      """)
}

@Test func questionDetailWithoutForecasts() throws {
  let detail = try #require(
    QuestionDetail(
      questionID: "empty-question", catalog: FictionalCatalog.catalog, state: FictionalCatalog.state
    ))
  #expect(
    detail.render(width: 80) == """
      Question empty-question
      title        A question nobody forecast
      kind         binary
      criteria     An editor's verdict.
      tags         (none)

      Forecasts
        none

      """)
}

@Test func stylesAreAppliedByRole() throws {
  let detail = try #require(
    QuestionDetail(
      questionID: "empty-question", catalog: FictionalCatalog.catalog, state: FictionalCatalog.state
    ))
  let marked = TextStyle { role, text in role == .heading ? "[\(text)]" : text }
  #expect(detail.render(width: 80, style: marked).hasPrefix("[Question empty-question]\n"))
}
