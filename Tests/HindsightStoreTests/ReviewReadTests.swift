import Foundation
import HindsightCore
import Testing

@testable import HindsightStore

/// The review's read (`ForecastRead.reviewing(_:)`) takes the texts of the forecasts the review
/// lists alone: it must bring every forecast the full read brings, in the same order and state,
/// with what scoring reads of each, and the whole of each forecast the review lists (FICTIONAL
/// data).
struct ReviewReadTests {
  /// Random imported rows over 2022–2026: open, resolved and annulled in various years, with
  /// and without windows, a verdict on one question and a note on another.
  static func ledger(seed: UInt64) throws -> Ledger {
    let ledger = try Ledger.inMemory()
    var generator = SplitMix64(seed: seed)
    func draw(_ count: Int) -> Int { Int(generator.next() % UInt64(count)) }
    var rows: [FlatRow] = []
    for index in 0..<400 {
      let question = "q\(draw(60))"
      let speaker = "fictional-\(draw(9))"
      let saidOn = Day(year: 2022 + draw(4), month: 1 + draw(12), day: 1 + draw(28))!
      let closes = draw(3) == 0 ? nil : saidOn.adding(days: 30 + draw(900))
      let outcome: VerdictOutcome? = [nil, .true, .false, .annulled][draw(4)]
      rows.append(
        FlatRow(
          speaker: speaker, speakerName: "Speaker \(speaker)", question: question,
          questionTitle: "Question \(question)", forecast: "f\(index)", claim: "It happens",
          saidOn: saidOn, p: Double(1 + draw(98)) / 100, windowFrom: closes.map { _ in saidOn },
          windowTo: closes, outcome: outcome,
          resolvedOn: outcome == nil ? nil : saidOn.adding(days: 10 + draw(1_000)),
          tags: ["fictional", "t\(draw(3))"]))
    }
    // A question's title and tags are the same on every row of it.
    let firsts = Dictionary(rows.map { ($0.question, $0) }, uniquingKeysWith: { first, _ in first })
    for index in rows.indices { rows[index].tags = firsts[rows[index].question]!.tags }
    try BulkImportTests.importRows(ledger, rows)
    try ledger.append(
      .verdict(
        Verdict(
          question: rows[0].question, outcome: .false, reason: "Fictional.",
          source: "https://example.org/fictional", observed: Day("2024-03-01")!)),
      author: "fictional-editor", at: Date(timeIntervalSince1970: 1_700_000_100))
    try ledger.append(
      .note(
        EditorNote(
          question: rows[1].question, forecast: nil, observed: Day("2024-02-01")!,
          text: "Fictional.")),
      author: "fictional-editor", at: Date(timeIntervalSince1970: 1_700_000_200))
    return ledger
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func theReviewReadBringsWhatTheFullReadDoes(seed: UInt64) throws {
    let ledger = try Self.ledger(seed: seed)
    let cuts = (2022...2024).map(Day.yearEnd)
    let listing = ReviewListing(year: 2024)
    func read(_ read: ForecastRead) throws -> [ForecastAtCuts] {
      var forecasts: [ForecastAtCuts] = []
      try ledger.forEachForecast(cuts: cuts, knownBy: .distantFuture, read: read) { forecast, _ in
        forecasts.append(forecast)
      }
      return forecasts
    }
    // Every text of every forecast, in the same order.
    var whole = ForecastRead.reviewing(listing)
    whole.reviewListing = nil
    let full = try read(whole)
    let reviewed = try read(.reviewing(listing))
    try #require(full.count == 400)
    try #require(reviewed.count == full.count)
    var listed = 0
    for (one, part) in zip(full, reviewed) {
      #expect(part.indexed.position == one.indexed.position)
      #expect(part.states.map { $0.status } == one.states.map { $0.status })
      #expect(part.states.map { $0.resolvedOn } == one.states.map { $0.resolvedOn })
      #expect(part.indexed.row.speaker == one.indexed.row.speaker)
      #expect(part.indexed.row.question == one.indexed.row.question)
      #expect(part.indexed.row.saidOn == one.indexed.row.saidOn)
      #expect(part.indexed.row.p == one.indexed.row.p)
      #expect(part.indexed.closesOn == one.indexed.closesOn)
      #expect(part.indexed.row.tags == one.indexed.row.tags)
      #expect(part.indexed.proposition == one.indexed.proposition)
      let last = one.states[one.states.count - 1]
      guard
        listing.lists(
          saidOn: one.indexed.row.saidOn, status: last.status, resolvedOn: last.resolvedOn,
          closesOn: one.indexed.closesOn)
      else { continue }
      listed += 1
      #expect(part.indexed == one.indexed)
      #expect(part.verdict == one.verdict)
    }
    // Both kinds were read: some listed, some not.
    #expect(listed > 0 && listed < full.count)
  }
}
