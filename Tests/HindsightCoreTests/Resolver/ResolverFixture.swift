import Foundation
import HindsightCore

/// A fictional catalog shaped like the autonomous-driving question: one event question and
/// three speakers with windows "2025", "within two years" and "in three to five years".
/// Every name and date here is invented for tests.
enum ResolverFixture {
  static func day(_ text: String) -> Day { Day(text)! }

  static let scale = ConfidenceScale(levels: [])

  static func forecast(
    _ id: String, question: String = "ev", window: Window? = nil, target: NumericTarget? = nil
  )
    -> Forecast
  {
    Forecast(
      id: id, question: question, speaker: "sp-\(id)", source: "src", saidOn: day("2023-12-14"),
      quote: "(fictional)", quoteEn: "(fictional)", claim: "(fictional claim)", window: window,
      target: target,
      confidence: Confidence(phrase: nil, p: 0.6, interval: 0.5...0.7, basis: .editor))
  }

  static let yearWindow = forecast(
    "a", window: Window(from: day("2025-01-01"), to: day("2025-12-31"), basis: .stated))
  static let twoYears = forecast(
    "b", window: Window(from: day("2023-12-14"), to: day("2025-12-14"), basis: .stated))
  static let threeToFive = forecast(
    "c", window: Window(from: day("2026-12-14"), to: day("2028-12-14"), basis: .stated))
  static let numeric = forecast(
    "n", question: "num",
    target: NumericTarget(at: day("2023-12-31"), min: 100, max: nil, basis: .stated))
  static let binary = forecast(
    "y", question: "bin",
    window: Window(from: day("2023-12-14"), to: day("2024-12-31"), basis: .editor))

  static let catalog = Catalog(
    version: 1, confidenceScale: scale, sources: [], speakers: [],
    questions: [
      Question(
        id: "ev", title: "A fictional event", kind: .event, criteria: "(fictional)", tags: []),
      Question(
        id: "num", title: "A fictional metric", kind: .numeric, criteria: "(fictional)", tags: [],
        metric: Metric(name: "widgets", unit: "units", toleranceDays: 10)),
      Question(
        id: "bin", title: "A fictional proposition", kind: .binary, criteria: "(fictional)",
        tags: []),
    ],
    forecasts: [yearWindow, twoYears, threeToFive, numeric, binary])

  /// Builds entries with consecutive seqs recorded one hour apart from 2026-01-01T00:00Z.
  static func entries(
    _ payloads: [EntryPayload], start: Date = Timestamp.parse("2026-01-01T00:00:00Z")!
  )
    -> [LedgerEntry]
  {
    payloads.enumerated().map { index, payload in
      LedgerEntry(
        seq: Int64(index + 1), recordedAt: start.addingTimeInterval(TimeInterval(index) * 3600),
        author: "tester", payload: payload, prevHash: "", hash: "")
    }
  }

  static func occurred(_ date: String, question: String = "ev") -> EntryPayload {
    .evidence(
      Evidence(
        question: question, observed: day(date), source: "fictional", summary: "",
        observation: .occurred))
  }

  static func notOccurred(_ date: String) -> EntryPayload {
    .evidence(
      Evidence(
        question: "ev", observed: day(date), source: "fictional", summary: "",
        observation: .notOccurred))
  }

  static func value(_ number: Double, on date: String) -> EntryPayload {
    .evidence(
      Evidence(
        question: "num", observed: day(date), source: "fictional", summary: "",
        observation: .value(number)))
  }

  static func verdict(
    _ outcome: VerdictOutcome, question: String = "ev", forecast: String? = nil, on date: String
  )
    -> EntryPayload
  {
    .verdict(
      Verdict(
        question: question, forecast: forecast, outcome: outcome, reason: "fictional reason",
        source: "fictional",
        observed: day(date)))
  }

  static func resolve(
    _ payloads: [EntryPayload], asOf: String = "2026-11-29", knownBy: Date = .distantFuture
  ) -> [String: Resolution] {
    let resolver = Resolver(
      catalog: catalog, entries: entries(payloads), asOf: day(asOf), knownBy: knownBy)
    return Dictionary(uniqueKeysWithValues: resolver.resolveAll().map { ($0.forecast, $0) })
  }
}
