import Foundation
import HindsightCore

/// FICTIONAL test data: every source, speaker, question and forecast here is invented.
enum FictionalCatalog {
  static let source = Source(
    id: "demo-conf", title: "演示大会", titleEn: "Demo Conference (fictional)",
    publisher: "Example Press", heldOn: Day("2023-12-14"), publishedOn: nil,
    citation: "https://example.org/demo")

  static let speaker = Speaker(
    id: "ada-example", name: "阿达", nameEn: "Ada Example", affiliations: ["Example Labs"])

  static let eventQuestion = Question(
    id: "demo-event", title: "Demo event happens", kind: .event,
    criteria: "A fictional event is announced.", tags: ["demo"])

  static let numericQuestion = Question(
    id: "demo-revenue", title: "Demo revenue", kind: .numeric,
    criteria: "Fictional revenue as reported.", tags: [],
    metric: Metric(name: "Demo revenue", unit: "CNY", toleranceDays: 31))

  static let eventForecast = Forecast(
    id: "ada-demo-2025", question: "demo-event", speaker: "ada-example", source: "demo-conf",
    saidOn: Day("2023-12-14")!, quote: "明年会发生。", quoteEn: "It will happen next year.",
    claim: "The demo event happens in 2025.",
    window: Window(from: Day("2025-01-01")!, to: Day("2025-12-31")!, basis: .stated),
    confidence: Confidence(phrase: "probably", p: 0.75, interval: 0.65...0.8, basis: .scale))

  static let numericForecast = Forecast(
    id: "ada-revenue-2024", question: "demo-revenue", speaker: "ada-example", source: "demo-conf",
    saidOn: Day("2023-12-14")!, quote: "收入会超过两百亿。", quoteEn: "Revenue will pass 20 billion.",
    claim: "Demo revenue for 2024 is at least 20 billion CNY.",
    target: NumericTarget(at: Day("2024-12-31")!, min: 20_000_000_000, max: nil, basis: .stated),
    confidence: Confidence(phrase: nil, p: 0.6, interval: 0.5...0.7, basis: .editor),
    note: "Fictional editor's note.")

  static let catalog = Catalog(
    version: 1, confidenceScale: ConfidenceScale(levels: []), sources: [source],
    speakers: [speaker], questions: [eventQuestion, numericQuestion],
    forecasts: [eventForecast, numericForecast])

  /// A fixed instant: 2025-01-02T03:04:05.678Z.
  static let t0 = Timestamp.parse("2025-01-02T03:04:05.678Z")!

  /// `t0` plus whole days.
  static func day(_ count: Int) -> Date { t0.addingTimeInterval(TimeInterval(count) * 86_400) }

  static let occurred = EntryPayload.evidence(
    Evidence(
      question: "demo-event", observed: Day("2025-03-01")!, source: "https://example.org/news/1",
      summary: "Fictional: the event was announced.", observation: .occurred))
}
