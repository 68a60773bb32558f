import HindsightCore
import HindsightReports
import Testing

private func ids(_ filter: ForecastQuery) -> [String] {
  ForecastListing.rows(
    catalog: FictionalCatalog.catalog, filter: filter, state: FictionalCatalog.state
  )
  .map(\.id)
}

@Test func rowsFollowCatalogOrderAndFiltersCombine() {
  #expect(
    ids(ForecastQuery()) == [
      "wang-robot-taxis-2031", "ada-widget-revenue", "ada-robot-taxis-2030",
    ])
  #expect(
    ids(ForecastQuery(speakers: ["ada-example"])) == [
      "ada-widget-revenue", "ada-robot-taxis-2030",
    ])
  #expect(ids(ForecastQuery(statuses: [.due])) == ["ada-robot-taxis-2030"])
  #expect(
    ids(ForecastQuery(tags: ["transport"])) == ["wang-robot-taxis-2031", "ada-robot-taxis-2030"])
  #expect(
    ids(ForecastQuery(speakers: ["ada-example"], tags: ["transport"])) == ["ada-robot-taxis-2030"])
  #expect(ids(ForecastQuery(statuses: [.true, .false])) == [])
}

@Test func dueBeforeIsStrict() {
  // Two forecasts close on 2031-12-31, one on 2030-09-30.
  #expect(ids(ForecastQuery(dueBefore: Day("2031-12-31")!)) == ["ada-robot-taxis-2030"])
  #expect(ids(ForecastQuery(dueBefore: Day("2032-01-01")!)).count == 3)
  #expect(ids(ForecastQuery(dueBefore: Day("2030-09-30")!)) == [])
}

// Expected lines produced with Python's `wcwidth` (pad and cut by `wcswidth`) from column widths
// worked out by hand from the rules of docs/terminal.md. Natural widths: id 21, speaker 20 with
// both names (11 with original names only, "Ada Example"), claim 71, window/date 22, p 4,
// status 6; the five separators take 10.
@Test func tableFitsItsWidth() {
  let rows = ForecastListing.rows(catalog: FictionalCatalog.catalog, state: FictionalCatalog.state)
  func render(_ width: Int) -> [String] {
    ForecastListing.table(rows, fitting: width).render(maxWidth: width)
  }
  // 160: 154 cells, every cell whole, both names.
  #expect(
    render(160) == [
      "id                     speaker               claim                                                                    window/date                p  status",
      "wang-robot-taxis-2031  王小明 Wang Xiaoming  Robot taxis carry paying passengers in at least ten cities during 2031.  2031                    0.75  open",
      "ada-widget-revenue     Ada Example           Widget revenue for 2031 is at least 2,000,000,000 CNY.                   at 2031-12-31           0.60  open",
      "ada-robot-taxis-2030   Ada Example           Robot taxis run in ten cities by 2030-09-30.                             2030-06-01..2030-09-30  0.20  due",
    ])
  // 130: with both names the claim would get 130 − 83 = 47 < 60 cells, so original names only
  // and the claim gets 130 − 74 = 56.
  #expect(
    render(130) == [
      "id                     speaker      claim                                                     window/date                p  status",
      "wang-robot-taxis-2031  王小明       Robot taxis carry paying passengers in at least ten cit…  2031                    0.75  open",
      "ada-widget-revenue     Ada Example  Widget revenue for 2031 is at least 2,000,000,000 CNY.    at 2031-12-31           0.60  open",
      "ada-robot-taxis-2030   Ada Example  Robot taxis run in ten cities by 2030-09-30.              2030-06-01..2030-09-30  0.20  due",
    ])
  // 100: the claim would get 100 − 74 = 26 < 40 cells, so it has a line of its own; both names
  // then fit whole on the row's line (81 cells), so they stay.
  #expect(
    render(100) == [
      "id                     speaker               window/date                p  status",
      "  claim",
      "wang-robot-taxis-2031  王小明 Wang Xiaoming  2031                    0.75  open",
      "  Robot taxis carry paying passengers in at least ten cities during 2031.",
      "ada-widget-revenue     Ada Example           at 2031-12-31           0.60  open",
      "  Widget revenue for 2031 is at least 2,000,000,000 CNY.",
      "ada-robot-taxis-2030   Ada Example           2030-06-01..2030-09-30  0.20  due",
      "  Robot taxis run in ten cities by 2030-09-30.",
    ])
  // 80: both names would need 81 cells, so original names only (74 cells), the claim under.
  #expect(
    render(80) == [
      "id                     speaker      window/date                p  status",
      "  claim",
      "wang-robot-taxis-2031  王小明       2031                    0.75  open",
      "  Robot taxis carry paying passengers in at least ten cities during 2031.",
      "ada-widget-revenue     Ada Example  at 2031-12-31           0.60  open",
      "  Widget revenue for 2031 is at least 2,000,000,000 CNY.",
      "ada-robot-taxis-2030   Ada Example  2030-06-01..2030-09-30  0.20  due",
      "  Robot taxis run in ten cities by 2030-09-30.",
    ])
}

/// Both names stay while the claim keeps 60 cells: 143 − 83 = 60, 142 − 83 = 59.
@Test func englishNamesGoWhenTheClaimWouldGetFewerThanSixtyCells() {
  let rows = ForecastListing.rows(catalog: FictionalCatalog.catalog, state: FictionalCatalog.state)
  #expect(ForecastListing.table(rows, fitting: 143).rows[0][1] == "王小明 Wang Xiaoming")
  #expect(ForecastListing.table(rows, fitting: 142).rows[0][1] == "王小明")
  #expect(ForecastListing.table(rows, fitting: nil).rows[0][1] == "王小明 Wang Xiaoming")
}

@Test func jsonHasTheSpecFieldsSortedWithNulls() throws {
  let rows = ForecastListing.rows(
    catalog: FictionalCatalog.catalog, filter: ForecastQuery(speakers: ["wang-xiaoming"]),
    state: FictionalCatalog.state)
  // Expected text from Python: json.dumps([row], indent=2, sort_keys=True,
  // ensure_ascii=False, separators=(",", " : ")).
  let expected = """
    [
      {
        "already_true_when_said" : null,
        "at" : null,
        "claim" : "Robot taxis carry paying passengers in at least ten cities during 2031.",
        "id" : "wang-robot-taxis-2031",
        "kind" : "event",
        "outcome" : null,
        "p" : 0.75,
        "p_basis" : "scale",
        "question" : "robot-taxis-everywhere",
        "quote" : "我预计明年机器人出租车会遍布十座城市。",
        "quote_en" : "I expect robot taxis in ten cities next year.",
        "resolved_on" : null,
        "said_on" : "2030-03-01",
        "source" : "example-summit-2030",
        "speaker" : "wang-xiaoming",
        "speaker_name" : "王小明",
        "status" : "open",
        "tags" : [
          "transport",
          "robots"
        ],
        "window_from" : "2031-01-01",
        "window_to" : "2031-12-31"
      }
    ]

    """
  #expect(try ForecastListing.json(rows) == expected)
}

@Test func csvQuotesPerRFC4180() {
  let rows = ForecastListing.rows(
    catalog: FictionalCatalog.catalog, filter: ForecastQuery(tags: ["finance"]),
    state: FictionalCatalog.state)
  // Expected text from Python's csv.writer(lineterminator="\r\n").
  let expected =
    "id,question,kind,speaker,speaker_name,source,said_on,quote,quote_en,claim,window_from,"
    + "window_to,at,p,p_basis,tags,status,outcome,resolved_on,already_true_when_said\r\n"
    + "ada-widget-revenue,widget-revenue-2031,numeric,ada-example,Ada Example,example-summit-2030,"
    + "2030-03-01,\"Widget revenue will \"\"pass\"\" 2 billion.\",\"Widget revenue will \"\"pass\"\" 2 billion.\","
    + "\"Widget revenue for 2031 is at least 2,000,000,000 CNY.\",,,2031-12-31,0.6,stated,finance,"
    + "open,,,\r\n"
  #expect(ForecastListing.csv(rows) == expected)
}

@Test func csvTagsAreSemicolonSeparated() {
  let rows = ForecastListing.rows(
    catalog: FictionalCatalog.catalog, filter: ForecastQuery(speakers: ["wang-xiaoming"]),
    state: FictionalCatalog.state)
  #expect(ForecastListing.csv(rows).contains(",transport;robots,open,,,\r\n"))
}

@Test func csvWriterFields() {
  #expect(CSVWriter.field("plain") == "plain")
  #expect(CSVWriter.field("") == "")
  #expect(CSVWriter.field("a,b") == "\"a,b\"")
  #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
  #expect(CSVWriter.field("two\nlines") == "\"two\nlines\"")
  #expect(CSVWriter.field(" padded") == "\" padded\"")
  #expect(CSVWriter.record(["a", "b,c"]) == "a,\"b,c\"\r\n")
}

@Test func closestMatchSuggestsANearId() {
  #expect(EditDistance.distance("kitten", "sitting") == 3)  // the textbook example
  #expect(
    EditDistance.closest(to: "ada-exampel", in: ["wang-xiaoming", "ada-example"]) == "ada-example")
  #expect(EditDistance.closest(to: "zzz", in: ["wang-xiaoming", "ada-example"]) == nil)
}

@Test func probabilityFormatHasTwoDecimals() {
  #expect(ProbabilityFormat.twoDecimals(0.75) == "0.75")
  #expect(ProbabilityFormat.twoDecimals(0.6) == "0.60")
  #expect(ProbabilityFormat.twoDecimals(0.05) == "0.05")
  #expect(ProbabilityFormat.twoDecimals(1) == "1.00")
}

/// A window that opens when the forecast was made reads "by <end>"; a calendar year reads as
/// the year; any other window shows both ends (worked by hand).
@Test func windowLabels() {
  func label(from: String, to: String) -> String {
    let forecast = Forecast(
      id: "f", question: "q", speaker: "s", source: "src", saidOn: Day("2030-03-01")!,
      quote: "(fictional)", quoteEn: "(fictional)", claim: "(fictional)",
      window: Window(from: Day(from)!, to: Day(to)!, basis: .stated),
      confidence: Confidence(phrase: nil, p: 0.5, interval: 0.5...0.5, basis: .stated))
    let catalog = Catalog(
      version: 1, confidenceScale: ConfidenceScale(levels: []), sources: [], speakers: [],
      questions: [Question(id: "q", title: "t", kind: .event, criteria: "c", tags: [])],
      forecasts: [forecast])
    return ForecastListing.rows(catalog: catalog) { _ in ForecastState(status: .open) }[0]
      .whenLabel
  }
  #expect(label(from: "2030-03-01", to: "2032-03-01") == "by 2032-03-01")
  #expect(label(from: "2031-01-01", to: "2031-12-31") == "2031")
  #expect(label(from: "2030-06-01", to: "2030-09-30") == "2030-06-01..2030-09-30")
}
