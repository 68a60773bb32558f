import Foundation
import HindsightCore
import HindsightReports

/// A FICTIONAL catalog and ledger for the table goldens, shaped like the shipped MEET 2024
/// catalog: ids of up to 39 characters, Chinese names with English ones (one with a long
/// English form), claims of up to two hundred characters, every kind of window label and every
/// status. The people, forecasts, evidence and sources are invented.
enum FictionalTables {
  static func day(_ text: String) -> Day { Day(text)! }
  static func at(_ text: String) -> Date { Timestamp.parse(text)! }

  static let speakers = [
    Speaker(
      id: "ouyang-mingyue", name: "欧阳明月", nameEn: "Ouyang Mingyue", affiliations: []),
    Speaker(id: "wang-xiaoming", name: "王小明", nameEn: "Wang Xiaoming", affiliations: []),
    Speaker(id: "mira-zhu", name: "祝米拉", nameEn: "Mira (Zhu Mila)", affiliations: []),
    Speaker(id: "ada-example", name: "Ada Example", nameEn: "Ada Example", affiliations: []),
  ]

  static let source = Source(
    id: "fable-forum-2030", title: "寓言论坛 2030", titleEn: "Fable Forum 2030",
    publisher: "Example Press", heldOn: day("2030-03-01"), publishedOn: day("2030-03-02"),
    citation: "https://example.org/fictional/fable-forum-2030")

  static func question(_ id: String, _ kind: QuestionKind, metric: Metric? = nil) -> Question {
    Question(
      id: id, title: "Fictional question \(id)", kind: kind, criteria: "Fictional criteria.",
      tags: ["fictional"], metric: metric)
  }

  static let questions = [
    question("robot-makers-2038", .binary),
    question("floating-city-2031", .event),
    question("glasses-replace-phones", .event),
    question(
      "widget-revenue-2031", .numeric,
      metric: Metric(name: "Widget revenue, 2031", unit: "CNY", toleranceDays: 31)),
    question("robot-taxis-summer-2030", .event),
    question("moon-hotel-2031", .event),
  ]

  static func forecast(
    _ id: String, _ question: String, _ speaker: String, claim: String, p: Double,
    window: (String, String)? = nil, at: String? = nil
  ) -> Forecast {
    Forecast(
      id: id, question: question, speaker: speaker, source: source.id, saidOn: day("2030-03-01"),
      quote: "虚构的引语。", quoteEn: "A fictional quote.", claim: claim,
      window: window.map { Window(from: day($0.0), to: day($0.1), basis: .stated) },
      target: at.map { NumericTarget(at: day($0), min: 2e9, max: nil, basis: .editor) },
      confidence: Confidence(phrase: nil, p: p, interval: p...p, basis: .stated))
  }

  static let forecasts = [
    forecast(
      "ouyang-mingyue-five-or-six-robot-makers", "robot-makers-2038", "ouyang-mingyue",
      claim:
        "At the end of 2038, exactly five or six independent household-robot makers from China "
        + "and Europe combined (appliance giants excluded) remain, each selling at least a "
        + "million robots a year.",
      p: 0.75, window: ("2030-03-01", "2038-12-31")),
    forecast(
      "wang-xiaoming-floating-city-2031", "floating-city-2031", "wang-xiaoming",
      claim: "A floating city (浮动城市) of at least 1,000 residents opens during 2031.",
      p: 0.8, window: ("2031-01-01", "2031-12-31")),
    forecast(
      "mira-glasses-replace-phones-2033-2035", "glasses-replace-phones", "mira-zhu",
      claim:
        "Between 2033 and 2035, smart glasses outsell smartphones in at least one quarter "
        + "in China, by the shipments a market-research firm reports.",
      p: 0.4, window: ("2033-01-01", "2035-12-31")),
    forecast(
      "ada-widget-revenue-2031", "widget-revenue-2031", "ada-example",
      claim: "Widget revenue for 2031 is at least 2,000,000,000 CNY.", p: 0.6,
      at: "2031-12-31"),
    forecast(
      "ada-robot-taxis-summer-2030", "robot-taxis-summer-2030", "ada-example",
      claim: "Robot taxis carry paying passengers in ten cities between June and September 2030.",
      p: 0.2, window: ("2030-06-01", "2030-09-30")),
    forecast(
      "wang-xiaoming-moon-hotel-2031", "moon-hotel-2031", "wang-xiaoming",
      claim: "A hotel on the Moon takes its first paying guest by the end of 2031.", p: 0.05,
      window: ("2030-03-01", "2031-12-31")),
  ]

  static let catalog = Catalog(
    version: 1, confidenceScale: ConfidenceScale(levels: []), sources: [source],
    speakers: speakers, questions: questions, forecasts: forecasts)

  static func entry(_ seq: Int64, _ recorded: String, _ payload: EntryPayload) -> LedgerEntry {
    let hash = String(seq, radix: 16)
    return LedgerEntry(
      seq: seq, recordedAt: at(recorded), author: "fictional-editor", payload: payload,
      prevHash: String(repeating: "0", count: 64),
      hash: String(repeating: "0", count: 64 - hash.count) + hash)
  }

  /// Evidence, verdicts, a note and a retraction, all fictional.
  static let entries = [
    entry(
      1, "2030-10-02T09:00:00Z",
      .verdict(
        Verdict(
          question: "robot-taxis-summer-2030", outcome: .false,
          reason: "Fictional: only three cities had paying robot-taxi rides by 30 September.",
          source: "https://example.org/fictional/transport-weekly", observed: day("2030-10-01"))
      )),
    entry(
      2, "2032-01-20T12:00:00Z",
      .evidence(
        Evidence(
          question: "widget-revenue-2031", forecast: "ada-widget-revenue-2031",
          observed: day("2031-12-31"), source: "https://example.org/fictional/widgets-2031",
          summary: "Fictional: the annual report gives widget revenue of 2.3 billion CNY for 2031.",
          observation: .value(2.3e9),
          citation: Citation(
            title: "Annual report 2031 (fictional)", publisher: "Example Widgets 示例小部件",
            published: day("2032-01-18"), excerpt: "全年收入23亿元。")))),
    entry(
      3, "2032-02-01T12:00:00Z",
      .evidence(
        Evidence(
          question: "floating-city-2031", observed: day("2031-11-30"),
          source: "https://example.org/fictional/harbour-news",
          summary: "Fictional: a harbour paper reports a floating district of 300 homes.",
          observation: .occurred))),
    entry(
      4, "2032-02-03T12:00:00Z",
      .retraction(Retraction(seq: 3, reason: "Fictional: the district is moored, not floating."))
    ),
    entry(
      5, "2032-02-10T12:00:00Z",
      .verdict(
        Verdict(
          question: "moon-hotel-2031", outcome: .annulled,
          reason: "Fictional: the question named no way to tell a hotel from a research base.",
          source: "https://example.org/fictional/editor", observed: day("2032-02-10")))),
    entry(
      6, "2032-03-01T12:00:00Z",
      .note(
        EditorNote(
          question: "floating-city-2031", observed: day("2032-03-01"),
          text:
            "Fictional: searched the example gazettes for a floating city opening in 2031; "
            + "nothing found yet, so the forecast stays due."))),
  ]

  static let asOf = day("2032-06-30")
  static let knownBy = at("2032-07-01T00:00:00Z")

  static let resolutions = Resolver(
    catalog: catalog, entries: entries, asOf: asOf, knownBy: knownBy
  ).resolveAll()

  static let rows: [ForecastRow] = {
    let byID = Dictionary(uniqueKeysWithValues: resolutions.map { ($0.forecast, $0) })
    return ForecastListing.rows(catalog: catalog) { forecast in
      byID[forecast.id].map {
        ForecastState(status: $0.status, outcome: $0.outcome, resolvedOn: $0.resolvedOn)
      } ?? ForecastState(status: .open)
    }
  }()

  static let timeline = EvidenceTimeline.items(entries: entries)
}
