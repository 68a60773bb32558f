import HindsightCore
import HindsightReports

/// A small, entirely fictional catalog for report tests: the people, the summit and the
/// forecasts are invented.
enum FictionalCatalog {
  static func day(_ text: String) -> Day { Day(text)! }

  static let wang = Speaker(
    id: "wang-xiaoming", name: "王小明", nameEn: "Wang Xiaoming",
    affiliations: ["示例科技 CEO (Example Tech)"])
  static let ada = Speaker(
    id: "ada-example", name: "Ada Example", nameEn: "Ada Example", affiliations: [])

  static let summit = Source(
    id: "example-summit-2030", title: "示例峰会 2030", titleEn: "Example Summit 2030",
    publisher: "Example Press", heldOn: day("2030-03-01"), publishedOn: day("2030-03-05"),
    citation: "https://example.org/summit-2030")

  static let robotTaxis = Question(
    id: "robot-taxis-everywhere", title: "Robot taxis run in ten cities", kind: .event,
    criteria:
      "Robot taxis without a safety driver carry paying passengers\nin at least ten cities.\n",
    tags: ["transport", "robots"])
  static let widgetRevenue = Question(
    id: "widget-revenue-2031", title: "Widget revenue in 2031", kind: .numeric,
    criteria: "Reported annual widget revenue.", tags: ["finance"],
    metric: Metric(name: "Widget revenue, calendar year 2031", unit: "CNY", toleranceDays: 31))
  static let empty = Question(
    id: "empty-question", title: "A question nobody forecast", kind: .binary,
    criteria: "An editor's verdict.", tags: [])

  static let wangRobotTaxis = Forecast(
    id: "wang-robot-taxis-2031", question: "robot-taxis-everywhere", speaker: "wang-xiaoming",
    source: "example-summit-2030", saidOn: day("2030-03-01"), quote: "我预计明年机器人出租车会遍布十座城市。",
    quoteEn: "I expect robot taxis in ten cities next year.",
    claim: "Robot taxis carry paying passengers in at least ten cities during 2031.",
    window: Window(from: day("2031-01-01"), to: day("2031-12-31"), basis: .stated),
    confidence: Confidence(phrase: "预计", p: 0.75, interval: 0.65...0.80, basis: .scale))
  static let adaWidgets = Forecast(
    id: "ada-widget-revenue", question: "widget-revenue-2031", speaker: "ada-example",
    source: "example-summit-2030", saidOn: day("2030-03-01"),
    quote: "Widget revenue will \"pass\" 2 billion.",
    quoteEn: "Widget revenue will \"pass\" 2 billion.",
    claim: "Widget revenue for 2031 is at least 2,000,000,000 CNY.",
    target: NumericTarget(at: day("2031-12-31"), min: 2e9, max: nil, basis: .editor),
    confidence: Confidence(phrase: nil, p: 0.6, interval: 0.6...0.6, basis: .stated),
    note: "The speaker named no date; the editor judges at the year's end.")
  static let adaRobotTaxis = Forecast(
    id: "ada-robot-taxis-2030", question: "robot-taxis-everywhere", speaker: "ada-example",
    source: "example-summit-2030", saidOn: day("2030-03-01"), quote: "Unlikely this summer.",
    quoteEn: "Unlikely this summer.", claim: "Robot taxis run in ten cities by 2030-09-30.",
    window: Window(from: day("2030-06-01"), to: day("2030-09-30"), basis: .editor),
    confidence: Confidence(phrase: "unlikely", p: 0.2, interval: 0.1...0.25, basis: .scale),
    note: "\"This summer\" read as June to September.")

  static let catalog = Catalog(
    version: 1, confidenceScale: ConfidenceScale(levels: []), sources: [summit],
    speakers: [wang, ada], questions: [robotTaxis, widgetRevenue, empty],
    forecasts: [wangRobotTaxis, adaWidgets, adaRobotTaxis])

  /// Statuses of an empty ledger as of 2031-01-15: the two 2031 forecasts are open, the 2030
  /// one is due.
  static func state(_ forecast: Forecast) -> ForecastState {
    let resolver = Resolver(
      catalog: catalog, entries: [], asOf: day("2031-01-15"), knownBy: .distantFuture)
    return ForecastState(status: resolver.resolve(forecast).status)
  }
}
