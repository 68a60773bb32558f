import Foundation
import HindsightCore

/// A FICTIONAL scorecard for report tests: the speakers, questions and outcomes are invented.
///
/// - 王小明 Wang Xiaoming: 5 resolved (p 0.9 true, 0.8 true, 0.75 "probably" [0.65, 0.80]
///   false, 0.6 true, 0.2 false).
/// - Ada Example: 5 resolved (0.9 false, 0.9 true, 0.5 true, 0.3 true, 0.8 false) and 1 open.
/// - 薄样 Bo Sample: 2 resolved (0.6 true, 0.4 true), 1 due, 1 annulled.
/// - Cy Invent: 1 open.
enum FictionalScorecard {
  static let speakers = [
    Speaker(id: "wang-xiaoming", name: "王小明", nameEn: "Wang Xiaoming", affiliations: []),
    Speaker(id: "ada-example", name: "Ada Example", nameEn: "Ada Example", affiliations: []),
    Speaker(id: "bo-sample", name: "薄样", nameEn: "Bo Sample", affiliations: []),
    Speaker(id: "cy-invent", name: "Cy Invent", nameEn: "Cy Invent", affiliations: []),
  ]

  /// (speaker, p, scale interval or nil, status).
  static let rows: [(String, Double, ClosedRange<Double>?, ForecastStatus)] = [
    ("wang-xiaoming", 0.9, nil, .true), ("wang-xiaoming", 0.8, nil, .true),
    ("wang-xiaoming", 0.75, 0.65...0.80, .false), ("wang-xiaoming", 0.6, nil, .true),
    ("wang-xiaoming", 0.2, nil, .false),
    ("ada-example", 0.9, nil, .false), ("ada-example", 0.9, nil, .true),
    ("ada-example", 0.5, nil, .true), ("ada-example", 0.3, nil, .true),
    ("ada-example", 0.8, nil, .false), ("ada-example", 0.7, nil, .open),
    ("bo-sample", 0.6, nil, .true), ("bo-sample", 0.4, nil, .true),
    ("bo-sample", 0.7, nil, .due), ("bo-sample", 0.7, nil, .annulled),
    ("cy-invent", 0.6, nil, .open),
  ]

  static let asOf = Day("2032-12-31")!
  static let knownBy = Timestamp.parse("2033-01-15T00:00:00Z")!

  static func day(_ text: String) -> Day { Day(text)! }

  static func forecast(_ index: Int) -> Forecast {
    let (speaker, p, interval, _) = rows[index]
    let confidence =
      interval.map { Confidence(phrase: "probably", p: p, interval: $0, basis: .scale) }
      ?? Confidence(phrase: nil, p: p, interval: p...p, basis: .stated)
    return Forecast(
      id: "f\(index)", question: "q\(index)", speaker: speaker, source: "fable-forum",
      saidOn: day("2030-06-01"), quote: "虚构 \(index)", quoteEn: "Fictional \(index)",
      claim: "Fictional claim \(index).",
      window: Window(from: day("2030-06-01"), to: day("2031-12-31"), basis: .stated),
      confidence: confidence)
  }

  static let catalog = Catalog(
    version: 1, confidenceScale: ConfidenceScale(levels: []), sources: [], speakers: speakers,
    questions: [], forecasts: rows.indices.map(forecast))

  static let resolutions = rows.enumerated().map { index, row in
    Resolution(
      forecast: "f\(index)", status: row.3, rule: .forecastVerdict,
      resolvedOn: row.3 == .true || row.3 == .false ? day("2031-12-31") : nil,
      rationale: "fictional")
  }

  /// The scorecard of `rows`, each forecast a proposition of its own.
  static let card: Scorecard = {
    var scorer = PropositionScorer()
    for (forecast, resolution) in zip(catalog.forecasts, resolutions) {
      scorer.add(
        ForecastUpdate(
          speaker: forecast.speaker, proposition: forecast.question,
          thread: Proposition.thread(of: forecast),
          saidOn: forecast.saidOn, confidence: forecast.confidence, status: resolution.status,
          resolvedOn: resolution.resolvedOn))
    }
    return scorer.scorecard(asOf: asOf, knownBy: knownBy)
  }()
}
