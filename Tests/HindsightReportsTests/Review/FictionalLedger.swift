import Foundation
import HindsightCore
import HindsightReports

/// A fictional ledger for review tests: the speakers, summit, forecasts, evidence and sources
/// are invented (it extends ``FictionalCatalog``). The hashes are placeholders: the review
/// builder never checks them.
enum FictionalLedger {
  static func day(_ text: String) -> Day { Day(text)! }
  static func at(_ text: String) -> Date { Timestamp.parse(text)! }

  static let chips = Question(
    id: "chip-export-deal", title: "A chip export deal is signed", kind: .binary,
    criteria: "The editor judges whether a deal was signed by the deadline.", tags: ["trade"])
  static let bridge = Question(
    id: "floating-bridge", title: "A floating bridge opens", kind: .event,
    criteria: "A floating road bridge opens to traffic.", tags: ["transport"])

  static func forecast(
    _ id: String, question: String, speaker: String, saidOn: String = "2030-03-01",
    from: String, to: String, p: Double, claim: String
  ) -> Forecast {
    Forecast(
      id: id, question: question, speaker: speaker, source: "example-summit-2030",
      saidOn: day(saidOn), quote: "示例引语：\(claim)", quoteEn: "Example quote: \(claim)",
      claim: claim, window: Window(from: day(from), to: day(to), basis: .stated),
      confidence: Confidence(phrase: nil, p: p, interval: p...p, basis: .stated))
  }

  static let chipsDeal = forecast(
    "wang-chip-deal", question: "chip-export-deal", speaker: "wang-xiaoming", from: "2030-03-01",
    to: "2031-03-31", p: 0.9, claim: "A chip export deal is signed by 2031-03-31.")
  static let overdueBridge = forecast(
    "wang-bridge-2031", question: "floating-bridge", speaker: "wang-xiaoming",
    from: "2031-01-01", to: "2031-06-30", p: 0.6, claim: "A floating bridge opens by mid-2031.")
  static let nextYearBridge = forecast(
    "ada-bridge-2032", question: "floating-bridge", speaker: "ada-example", from: "2032-01-01",
    to: "2032-12-31", p: 0.3, claim: "A floating bridge opens during 2032.")
  static let laterBridge = forecast(
    "wang-bridge-2033", question: "floating-bridge", speaker: "wang-xiaoming",
    saidOn: "2031-05-01", from: "2031-05-01", to: "2033-12-31", p: 0.8,
    claim: "A floating bridge opens by the end of 2033.")

  /// Seven forecasts: four resolved (one in 2030, three in 2031), one overdue with no
  /// evidence, one closing in 2032, one said in 2031 and open.
  static let catalog: Catalog = {
    var catalog = FictionalCatalog.catalog
    catalog.questions += [chips, bridge]
    catalog.forecasts += [chipsDeal, overdueBridge, nextYearBridge, laterBridge]
    return catalog
  }()

  static func entry(_ seq: Int64, _ recorded: String, _ payload: EntryPayload) -> LedgerEntry {
    LedgerEntry(
      seq: seq, recordedAt: at(recorded), author: "editor", payload: payload,
      prevHash: String(repeating: "0", count: 64), hash: hash(seq))
  }

  /// Evidence and verdicts; `summary` and `source` of the robot-taxi occurrence can be replaced
  /// to test escaping.
  static func entries(
    taxiSummary: String = "Ten cities *confirmed* | fleet_size = 500",
    taxiSource: String = "https://example.org/news?a=1&b=2"
  ) -> [LedgerEntry] {
    [
      entry(
        1, "2030-10-02T09:00:00Z",
        .verdict(
          Verdict(
            question: "robot-taxis-everywhere", forecast: "ada-robot-taxis-2030", outcome: .false,
            reason: "Only three cities by the end of September.",
            source: "Example Transport Weekly, 2030-10-02", observed: day("2030-10-01")))),
      entry(
        2, "2031-02-01T10:00:00Z",
        .amendment(
          .forecast(overdueBridge),
          changes: [FieldChange(field: "confidence.p", old: "0.7", new: "0.6")])),
      entry(
        3, "2031-05-03T08:00:00Z",
        .verdict(
          Verdict(
            question: "chip-export-deal", outcome: .false,
            reason: "No deal was signed by the deadline.",
            source: "Example Trade Gazette", observed: day("2031-05-02")))),
      entry(
        4, "2031-06-16T12:00:00Z",
        .evidence(
          Evidence(
            question: "robot-taxis-everywhere", observed: day("2031-06-15"), source: taxiSource,
            summary: taxiSummary, observation: .occurred))),
      entry(
        5, "2031-08-01T12:00:00Z",
        .amendment(
          .question(chips),
          changes: [FieldChange(field: "criteria", old: "A deal is signed.", new: chips.criteria)])),
      entry(
        6, "2031-12-21T12:00:00Z",
        .evidence(
          Evidence(
            question: "widget-revenue-2031", observed: day("2031-12-20"),
            source: "Example Widgets annual report", summary: "Revenue of 2.3 billion CNY.",
            observation: .value(2.3e9),
            citation: Citation(
              title: "Annual report 2031 (fictional)", publisher: "Example Widgets",
              published: day("2031-12-21"), excerpt: "全年收入23亿元。")))),
      entry(
        7, "2032-01-10T12:00:00Z",
        .note(
          EditorNote(
            question: "floating-bridge", forecast: "wang-bridge-2031", observed: day("2032-01-10"),
            text: "Searched the fictional city gazette for bridge openings; nothing found."))),
    ]
  }

  /// A placeholder hash: the seq in hexadecimal, padded to 64 digits.
  static func hash(_ seq: Int64) -> String {
    let hex = String(seq, radix: 16)
    return String(repeating: "0", count: 64 - hex.count) + hex
  }

  static let knownBy = at("2032-01-15T00:00:00Z")
  static let head = ReviewReport.LedgerHead(hash: hash(7), entries: 7)

  static func review(year: Int = 2031, entries: [LedgerEntry] = entries()) -> ReviewReport {
    ReviewBuilder.build(
      catalog: catalog, entries: entries, year: year, knownBy: knownBy, head: head)
  }
}
